/** Builders for the policy pages' tests, typed by the generated API types. */
import type { PolicyList, PolicyVersion, PolicyVersions, Simulation } from './policy-types.ts';

export function aPolicyVersion(overrides: Partial<PolicyVersion> = {}): PolicyVersion {
  return {
    code: 'rolling-quarter-2020',
    version: 1,
    name: '银行个人贵宾客户管理办法',
    description: '',
    metric: 'ROLLING_QUARTER_AVG',
    tiers: [
      { tier: 'GOLD', threshold: '100000.00', specialAdmissionApprover: 'OUTLET_HEAD' },
      { tier: 'PLATINUM', threshold: '500000.00', specialAdmissionApprover: 'SUB_BRANCH_HEAD' },
      { tier: 'DIAMOND', threshold: '1000000.00', specialAdmissionApprover: 'BRANCH_ADMIN' },
      { tier: 'PRIVATE', threshold: '6000000.00', specialAdmissionApprover: 'BRANCH_ADMIN' },
    ],
    graceMonths: 3,
    autoUpgrade: false,
    gapHandling: 'REFUSE',
    active: true,
    status: 'ACTIVE',
    createdAt: '2026-09-01T02:00:00.000Z',
    createdBy: 'system:presets',
    activatedAt: '2026-09-01T02:00:00.000Z',
    activatedBy: 'system:presets',
    ...overrides,
  };
}

export function aPolicyList(): PolicyList {
  return {
    policies: [
      { code: 'rolling-quarter-2020', versions: 2, activeVersion: 1, policy: aPolicyVersion() },
      {
        code: 'three-months-hongmian',
        versions: 1,
        activeVersion: 1,
        policy: aPolicyVersion({
          code: 'three-months-hongmian',
          name: '红棉理财卡',
          metric: 'MIN_OF_3_MONTH_AVGS',
          tiers: [
            { tier: 'GOLD', threshold: '300000.00', specialAdmissionApprover: 'OUTLET_HEAD' },
            { tier: 'PLATINUM', threshold: '1000000.00', specialAdmissionApprover: 'SUB_BRANCH_HEAD' },
            { tier: 'DIAMOND', threshold: '5000000.00', specialAdmissionApprover: 'BRANCH_ADMIN' },
          ],
        }),
      },
    ],
  };
}

export function someVersions(): PolicyVersions {
  return {
    code: 'rolling-quarter-2020',
    versions: [
      aPolicyVersion(),
      aPolicyVersion({
        version: 2,
        name: '降低金卡门槛',
        active: false,
        status: 'DRAFT',
        createdBy: 'H00001',
        createdAt: '2026-10-05T03:00:00.000Z',
        activatedAt: null,
        activatedBy: null,
        tiers: [
          { tier: 'GOLD', threshold: '50000.00', specialAdmissionApprover: 'OUTLET_HEAD' },
          { tier: 'PLATINUM', threshold: '500000.00', specialAdmissionApprover: 'SUB_BRANCH_HEAD' },
          { tier: 'DIAMOND', threshold: '1000000.00', specialAdmissionApprover: 'BRANCH_ADMIN' },
          { tier: 'PRIVATE', threshold: '6000000.00', specialAdmissionApprover: 'BRANCH_ADMIN' },
        ],
      }),
    ],
  };
}

const counts = (values: Partial<Record<'STANDARD' | 'GOLD' | 'PLATINUM' | 'DIAMOND' | 'PRIVATE', number>> = {}) => ({
  STANDARD: 0,
  GOLD: 0,
  PLATINUM: 0,
  DIAMOND: 0,
  PRIVATE: 0,
  ...values,
});
const rms = (gold: number, platinum: number, diamond: number) => ({
  byTier: { GOLD: gold, PLATINUM: platinum, DIAMOND: diamond, PRIVATE: 0 },
  total: gold + platinum + diamond,
});

/** Two outlets of one branch: 240 standard customers of 文三路 become gold under the draft. */
export function aSimulation(): Simulation {
  const ref = (version: number, status: 'ACTIVE' | 'DRAFT') => {
    const { code, name, metric, tiers, graceMonths, autoUpgrade, gapHandling } = someVersions().versions[version - 1]!;
    return { code, version, name, status, metric, tiers: tiers.map(({ tier, threshold }) => ({ tier, threshold })), graceMonths, autoUpgrade, gapHandling };
  };
  const west = {
    org: { id: 11, code: 'BR1S1O1', name: '文三路网点' },
    branch: { id: 2, code: 'BR1', name: '杭州分行' },
    customers: 1000,
    up: 240,
    down: 0,
    unchanged: 760,
    notEvaluated: 0,
    before: counts({ STANDARD: 700, GOLD: 150, PLATINUM: 120, DIAMOND: 30 }),
    after: counts({ STANDARD: 460, GOLD: 390, PLATINUM: 120, DIAMOND: 30 }),
    rms: { before: rms(1, 2, 1), after: rms(2, 2, 1), difference: 1 },
  };
  const east = {
    org: { id: 12, code: 'BR1S1O2', name: '庆春路网点' },
    branch: { id: 2, code: 'BR1', name: '杭州分行' },
    customers: 500,
    up: 10,
    down: 0,
    unchanged: 490,
    notEvaluated: 0,
    before: counts({ STANDARD: 400, GOLD: 100 }),
    after: counts({ STANDARD: 390, GOLD: 110 }),
    rms: { before: rms(1, 0, 0), after: rms(1, 0, 0), difference: 0 },
  };
  return {
    month: '2026-09',
    candidate: ref(2, 'DRAFT'),
    baseline: ref(1, 'ACTIVE'),
    previousEvaluation: { month: '2026-08', version: 1 },
    metricSource: 'EVALUATION',
    capacityRatios: { GOLD: 200, PLATINUM: 100, DIAMOND: 30, PRIVATE: 30 },
    total: {
      customers: 1500,
      up: 250,
      down: 0,
      unchanged: 1250,
      notEvaluated: 0,
      before: counts({ STANDARD: 1100, GOLD: 250, PLATINUM: 120, DIAMOND: 30 }),
      after: counts({ STANDARD: 850, GOLD: 500, PLATINUM: 120, DIAMOND: 30 }),
      rms: { before: rms(2, 2, 1), after: rms(3, 2, 1), difference: 1 },
      statuses: { INITIAL: 0, QUALIFIED: 1250, QUALIFIED_NOT_UPGRADED: 0, UPGRADED: 250, SUBSTANDARD: 0, DOWNGRADED: 0, SPECIAL_ADMISSION: 0 },
      qualifiedMoves: { customers: 1500, up: 260, down: 0, unchanged: 1240, notEvaluated: 0 },
    },
    serviceMatrix: [
      { from: null, to: counts() },
      { from: 'STANDARD', to: counts({ STANDARD: 850, GOLD: 250 }) },
      { from: 'GOLD', to: counts({ GOLD: 250 }) },
      { from: 'PLATINUM', to: counts({ PLATINUM: 120 }) },
      { from: 'DIAMOND', to: counts({ DIAMOND: 30 }) },
      { from: 'PRIVATE', to: counts() },
    ],
    qualifiedMatrix: [
      { from: null, to: counts() },
      { from: 'STANDARD', to: counts({ STANDARD: 840, GOLD: 260 }) },
      { from: 'GOLD', to: counts({ GOLD: 250 }) },
      { from: 'PLATINUM', to: counts({ PLATINUM: 120 }) },
      { from: 'DIAMOND', to: counts({ DIAMOND: 30 }) },
      { from: 'PRIVATE', to: counts() },
    ],
    branches: [
      {
        org: { id: 2, code: 'BR1', name: '杭州分行' },
        outlets: 2,
        customers: 1500,
        up: 250,
        down: 0,
        unchanged: 1250,
        notEvaluated: 0,
        before: counts({ STANDARD: 1100, GOLD: 250, PLATINUM: 120, DIAMOND: 30 }),
        after: counts({ STANDARD: 850, GOLD: 500, PLATINUM: 120, DIAMOND: 30 }),
        rms: { before: rms(2, 2, 1), after: rms(3, 2, 1), difference: 1 },
      },
    ],
    outlets: [west, east],
    durationMs: 42,
  };
}
