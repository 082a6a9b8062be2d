import { describe, expect, it } from 'vitest';
import { changedPaths, fieldOfProblem, placeProblems, policyFileOf, problemsOf, type PolicyFormValues } from './policy-form.ts';

describe('fieldOfProblem', () => {
  it.each([
    ['tiers[1].threshold', ['tiers', 1, 'threshold']],
    ['tiers[0].tier', ['tiers', 0, 'tier']],
    ['tiers[3].specialAdmissionApprover', ['tiers', 3, 'specialAdmissionApprover']],
    ['tiers[2]', ['tiers', 2, 'threshold']],
    ['graceMonths', ['graceMonths']],
    ['name', ['name']],
    ['metric', ['metric']],
    ['tiers', null],
    ['code', null],
    ['(file)', null],
    ['tiers[1].grace', null],
  ])('%s → %j', (path, field) => expect(fieldOfProblem(path)).toEqual(field));
});

describe('placeProblems', () => {
  it('groups messages by field and keeps the rest for above the form', () => {
    const placed = placeProblems([
      { path: 'tiers[1].threshold', message: 'a' },
      { path: 'tiers[1].threshold', message: 'b' },
      { path: 'tiers', message: 'c' },
      { path: 'name', message: 'd' },
    ]);
    expect(placed.fields).toEqual([
      { name: ['tiers', 1, 'threshold'], errors: ['a', 'b'] },
      { name: ['name'], errors: ['d'] },
    ]);
    expect(placed.general).toEqual([{ path: 'tiers', message: 'c' }]);
  });

  it('reads only well-formed problems from error details', () => {
    expect(problemsOf({ problems: [{ path: 'name', message: 'x' }, { path: 1 }, 'y'] })).toEqual([{ path: 'name', message: 'x' }]);
    expect(problemsOf({})).toEqual([]);
  });
});

describe('policyFileOf', () => {
  it('sends thresholds as trimmed strings, leaves out an empty grace, keeps the code', () => {
    const values: PolicyFormValues = {
      name: 'n',
      description: '',
      metric: 'MONTH_AVG',
      tiers: [{ tier: 'GOLD', threshold: ' 100000.00 ' }],
      graceMonths: null,
      autoUpgrade: true,
      gapHandling: 'REFUSE',
    };
    expect(policyFileOf('test-month', values)).toEqual({
      code: 'test-month',
      name: 'n',
      description: '',
      metric: 'MONTH_AVG',
      tiers: [{ tier: 'GOLD', threshold: '100000.00' }],
      autoUpgrade: true,
      gapHandling: 'REFUSE',
    });
  });
});

describe('changedPaths', () => {
  it('names the edited fields, inside the tier list too', () => {
    // A sparse array, as the form reports a change of row 1 only.
    const tiers = [] as { threshold: string }[];
    tiers[1] = { threshold: '3' };
    expect(changedPaths({ tiers } as never)).toEqual([['tiers', 1, 'threshold']]);
    expect(changedPaths({ name: 'x', graceMonths: 2 })).toEqual([['name'], ['graceMonths']]);
  });
});
