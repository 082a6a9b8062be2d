import { describe, expect, it } from 'vitest';
import {
  addMonthsToDay,
  admissionEffect,
  admissionState,
  applyDecision,
  approvalChain,
  checkDecision,
  checkRequest,
  firstEvaluationMonth,
  inForceAtEndOf,
  requiredLevel,
  type OpenAdmission,
} from './special-admission.rules.ts';

describe('requiredLevel', () => {
  it.each([
    ['GOLD', 'OUTLET_HEAD'],
    ['PLATINUM', 'SUB_BRANCH_HEAD'],
    ['DIAMOND', 'BRANCH_ADMIN'],
    ['PRIVATE', 'BRANCH_ADMIN'],
  ] as const)('%s defaults to %s (DOMAIN.md §4)', (tier, level) => {
    expect(requiredLevel(tier, undefined)).toBe(level);
  });

  it("follows the policy's specialAdmissionApprover for the tier", () => {
    expect(requiredLevel('GOLD', [{ tier: 'GOLD', specialAdmissionApprover: 'SUB_BRANCH_HEAD' }])).toBe('SUB_BRANCH_HEAD');
    expect(requiredLevel('PLATINUM', [{ tier: 'GOLD', specialAdmissionApprover: 'BRANCH_ADMIN' }])).toBe('SUB_BRANCH_HEAD');
  });
});

describe('approvalChain', () => {
  it.each([
    ['OUTLET_HEAD', 'RELATIONSHIP_MANAGER', ['OUTLET_HEAD']],
    ['SUB_BRANCH_HEAD', 'RELATIONSHIP_MANAGER', ['OUTLET_HEAD', 'SUB_BRANCH_HEAD']],
    ['BRANCH_ADMIN', 'RELATIONSHIP_MANAGER', ['OUTLET_HEAD', 'SUB_BRANCH_HEAD', 'BRANCH_ADMIN']],
    // A head never approves their own request: their level and those below are skipped…
    ['BRANCH_ADMIN', 'OUTLET_HEAD', ['SUB_BRANCH_HEAD', 'BRANCH_ADMIN']],
    ['BRANCH_ADMIN', 'SUB_BRANCH_HEAD', ['BRANCH_ADMIN']],
    // …and when nothing is left, the level above decides.
    ['OUTLET_HEAD', 'OUTLET_HEAD', ['SUB_BRANCH_HEAD']],
    ['OUTLET_HEAD', 'SUB_BRANCH_HEAD', ['BRANCH_ADMIN']],
    ['SUB_BRANCH_HEAD', 'SUB_BRANCH_HEAD', ['BRANCH_ADMIN']],
    ['BRANCH_ADMIN', 'BRANCH_ADMIN', []],
  ] as const)('required %s, requested by %s: %j', (required, role, chain) => {
    expect(approvalChain(required, role)).toEqual(chain);
  });
});

describe('checkRequest', () => {
  const policyTiers = [{ tier: 'GOLD' }, { tier: 'PLATINUM' }, { tier: 'DIAMOND' }] as const;
  it.each([
    ['above qualification', 'PLATINUM', 'GOLD', undefined],
    ['at qualification', 'GOLD', 'GOLD', 'SPECIAL_ADMISSION_NOT_ABOVE_QUALIFICATION'],
    ['below qualification', 'GOLD', 'DIAMOND', 'SPECIAL_ADMISSION_NOT_ABOVE_QUALIFICATION'],
    ['a tier the policy lacks', 'PRIVATE', 'STANDARD', 'SPECIAL_ADMISSION_TIER_NOT_IN_POLICY'],
  ] as const)('%s', (_name, tier, qualifiedTier, code) => {
    expect(checkRequest({ tier, qualifiedTier, policyTiers, chain: ['OUTLET_HEAD'] })?.code).toBe(code);
  });

  it('refuses a request nobody could approve', () => {
    expect(checkRequest({ tier: 'GOLD', qualifiedTier: 'STANDARD', policyTiers: undefined, chain: [] })?.code).toBe('SPECIAL_ADMISSION_NO_APPROVER');
  });
});

describe('checkDecision', () => {
  const open = (overrides: Partial<OpenAdmission> = {}): OpenAdmission => ({
    status: 'REQUESTED',
    approvalChain: ['OUTLET_HEAD', 'SUB_BRANCH_HEAD'],
    nextStep: 0,
    requestedByStaffId: 1,
    deciderStaffIds: [],
    ...overrides,
  });
  it.each([
    ['the outlet head decides step 1', open(), { staffId: 2, role: 'OUTLET_HEAD' }, undefined],
    ['the sub-branch head may not decide step 1', open(), { staffId: 3, role: 'SUB_BRANCH_HEAD' }, 'SPECIAL_ADMISSION_WRONG_LEVEL'],
    ['the branch admin may not skip the chain', open(), { staffId: 4, role: 'BRANCH_ADMIN' }, 'SPECIAL_ADMISSION_WRONG_LEVEL'],
    ['the sub-branch head decides step 2', open({ status: 'IN_REVIEW', nextStep: 1, deciderStaffIds: [2] }), { staffId: 3, role: 'SUB_BRANCH_HEAD' }, undefined],
    ['the outlet head may not decide step 2', open({ status: 'IN_REVIEW', nextStep: 1 }), { staffId: 2, role: 'OUTLET_HEAD' }, 'SPECIAL_ADMISSION_WRONG_LEVEL'],
    ['never the requester', open({ requestedByStaffId: 2 }), { staffId: 2, role: 'OUTLET_HEAD' }, 'SPECIAL_ADMISSION_OWN_REQUEST'],
    ['never twice by one person', open({ status: 'IN_REVIEW', nextStep: 1, deciderStaffIds: [3] }), { staffId: 3, role: 'SUB_BRANCH_HEAD' }, 'SPECIAL_ADMISSION_ALREADY_DECIDED'],
    ['not once approved', open({ status: 'APPROVED', nextStep: 2 }), { staffId: 3, role: 'SUB_BRANCH_HEAD' }, 'SPECIAL_ADMISSION_CLOSED'],
    ['not once rejected', open({ status: 'REJECTED' }), { staffId: 2, role: 'OUTLET_HEAD' }, 'SPECIAL_ADMISSION_CLOSED'],
    ['an RM never decides', open(), { staffId: 5, role: 'RELATIONSHIP_MANAGER' }, 'SPECIAL_ADMISSION_WRONG_LEVEL'],
  ] as const)('%s', (_name, admission, decider, problem) => {
    expect(checkDecision(admission, decider)).toBe(problem);
  });
});

describe('applyDecision', () => {
  const chain = ['OUTLET_HEAD', 'SUB_BRANCH_HEAD', 'BRANCH_ADMIN'] as const;
  it.each([
    ['step 1 approved: in review', 0, 'APPROVE', { status: 'IN_REVIEW', nextStep: 1 }],
    ['step 2 approved: in review', 1, 'APPROVE', { status: 'IN_REVIEW', nextStep: 2 }],
    ['last step approved: the period starts', 2, 'APPROVE', { status: 'APPROVED', nextStep: 3, period: { startsOn: '2026-11-26', endsOn: '2027-11-26' } }],
    ['rejected at step 2: closed', 1, 'REJECT', { status: 'REJECTED', nextStep: 1 }],
  ] as const)('%s', (_name, nextStep, decision, outcome) => {
    expect(applyDecision({ approvalChain: chain, nextStep, months: 12 }, decision, '2026-11-26')).toEqual(outcome);
  });
});

describe('admissionState and expiry', () => {
  const approved = { status: 'APPROVED' as const, startsOn: '2026-01-15', endsOn: '2027-01-15' };
  it.each([
    ['2026-01-14', 'APPROVED'],
    ['2026-01-15', 'ACTIVE'],
    ['2027-01-14', 'ACTIVE'],
    ['2027-01-15', 'EXPIRED'],
  ])('on %s: %s', (today, state) => {
    expect(admissionState(approved, today)).toBe(state);
  });

  it('keeps the workflow statuses as stored', () => {
    expect(admissionState({ status: 'IN_REVIEW', startsOn: null, endsOn: null }, '2026-01-01')).toBe('IN_REVIEW');
    expect(admissionState({ status: 'REJECTED', startsOn: null, endsOn: null }, '2026-01-01')).toBe('REJECTED');
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-11-26', 12, '2027-11-26'],
    ['2026-03-15', 36, '2029-03-15'],
  ])('%s + %i months = %s', (day, months, expected) => {
    expect(addMonthsToDay(day, months)).toBe(expected);
  });
});

describe('when an admission takes effect (the next evaluation)', () => {
  it.each([
    // startsOn, latest month evaluated, first month whose evaluation applies it
    ['2026-11-26', null, '2026-11'],
    ['2026-11-26', '2026-09', '2026-11'],
    ['2026-11-26', '2026-10', '2026-11'],
    ['2026-11-26', '2026-11', '2026-12'],
    ['2026-12-01', '2026-12', '2027-01'],
    // A later month evaluated already (a bank evaluating ahead of the approval): the one after it.
    ['2026-11-03', '2027-01', '2027-02'],
  ])('starting %s with %s evaluated: %s', (startsOn, latest, expected) => {
    expect(firstEvaluationMonth(startsOn, latest)).toBe(expected);
  });

  it.each([
    [{ startsOn: '2026-11-26', endsOn: '2027-11-26' }, '2026-11', true],
    [{ startsOn: '2026-11-30', endsOn: '2026-12-30' }, '2026-11', true],
    [{ startsOn: '2026-11-05', endsOn: '2026-12-05' }, '2026-12', false],
    // ends_on is exclusive: ending on 12-31 means the last day in force is 12-30.
    [{ startsOn: '2026-11-05', endsOn: '2026-12-31' }, '2026-12', false],
    [{ startsOn: '2026-11-05', endsOn: '2027-01-01' }, '2026-12', true],
    [{ startsOn: '2027-01-01', endsOn: '2027-06-01' }, '2026-12', false],
  ])('in force at the end of the month: %o in %s → %s', (period, month, expected) => {
    expect(inForceAtEndOf(period, month)).toBe(expected);
  });

  const approved = { status: 'APPROVED' as const, startsOn: '2026-11-26', endsOn: '2027-11-26', months: 12 };
  it.each([
    ['approved, fixed at approval, not yet evaluated', { ...approved, effectiveFrom: '2026-12' }, '2026-11', { effectiveFromMonth: '2026-12', awaitingEvaluation: true }],
    ['approved, its month evaluated since', { ...approved, effectiveFrom: '2026-12' }, '2026-12', { effectiveFromMonth: '2026-12', awaitingEvaluation: false }],
    ['approved before the month was kept: from its start', { ...approved, effectiveFrom: null }, '2026-12', { effectiveFromMonth: '2026-11', awaitingEvaluation: false }],
    [
      'approved, ending before the month closes: never',
      { ...approved, startsOn: '2026-11-05', endsOn: '2026-12-05', months: 1, effectiveFrom: '2026-12' },
      '2026-11',
      { effectiveFromMonth: null, awaitingEvaluation: false },
    ],
    ['requested: as if approved today', { status: 'REQUESTED' as const, startsOn: null, endsOn: null, months: 12, effectiveFrom: null }, '2026-10', { effectiveFromMonth: '2026-11', awaitingEvaluation: true }],
    ["in review, today's month evaluated", { status: 'IN_REVIEW' as const, startsOn: null, endsOn: null, months: 12, effectiveFrom: null }, '2026-11', { effectiveFromMonth: '2026-12', awaitingEvaluation: true }],
    ['rejected: never', { status: 'REJECTED' as const, startsOn: null, endsOn: null, months: 12, effectiveFrom: null }, '2026-10', { effectiveFromMonth: null, awaitingEvaluation: false }],
  ])('%s', (_, admission, latest, expected) => {
    expect(admissionEffect(admission, { today: '2026-11-26', latestEvaluatedMonth: latest })).toEqual(expected);
  });

  it('has nothing evaluated before the first evaluation: the month of today, still to come', () => {
    expect(admissionEffect({ status: 'REQUESTED', startsOn: null, endsOn: null, months: 1, effectiveFrom: null }, { today: '2026-11-26', latestEvaluatedMonth: null })).toEqual({
      effectiveFromMonth: '2026-11',
      awaitingEvaluation: true,
    });
  });
});
