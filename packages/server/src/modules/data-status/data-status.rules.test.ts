import { describe, expect, it } from 'vitest';
import { unevaluableReason, type MonthWindowFacts } from './data-status.rules.ts';

const facts = (overrides: Partial<MonthWindowFacts>): MonthWindowFacts => ({
  gapHandling: 'REFUSE',
  endMissing: false,
  missingDays: 0,
  startsBeforeFirstClosedDay: false,
  ...overrides,
});

describe('unevaluableReason', () => {
  it.each([
    ['a complete window', facts({}), null],
    ['an unclosed month end, whatever the gap handling', facts({ endMissing: true, missingDays: 1, gapHandling: 'CARRY_FORWARD' }), 'MONTH_NOT_CLOSED'],
    ['a missing day under REFUSE', facts({ missingDays: 2 }), 'DATA_GAP'],
    ['a missing day carried forward', facts({ missingDays: 2, gapHandling: 'CARRY_FORWARD' }), null],
    ['a window before the first closed day, carried forward', facts({ missingDays: 40, gapHandling: 'CARRY_FORWARD', startsBeforeFirstClosedDay: true }), 'DATA_GAP'],
    ['a window before the first closed day under REFUSE', facts({ missingDays: 40, startsBeforeFirstClosedDay: true }), 'DATA_GAP'],
  ] as const)('%s', (_name, input, expected) => {
    expect(unevaluableReason(input)).toBe(expected);
  });
});
