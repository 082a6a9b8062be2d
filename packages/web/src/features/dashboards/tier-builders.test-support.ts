/** Tier answers for the workbench and dashboard tests, typed by the generated API types. */
import type { OrgNode, TierCode, TierSummary, TierTransitions, TierTrend } from './tier-api.ts';

type Figure = { customers: number; metricTotal: string };
type Figures = TierSummary['total'];

const TIERS: TierCode[] = ['STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE'];
const zero = (): Figure => ({ customers: 0, metricTotal: '0.00' });

/** Figures with the given service tiers; qualified tiers equal to them unless given. */
export function figures(serviceTiers: Partial<Record<TierCode, Figure>>, customers: number, metricTotal: string, qualifiedTiers = serviceTiers): Figures {
  const full = (tiers: Partial<Record<TierCode, Figure>>) => Object.fromEntries(TIERS.map((tier) => [tier, tiers[tier] ?? zero()])) as Figures['serviceTiers'];
  return { customers, metricTotal, serviceTiers: full(serviceTiers), qualifiedTiers: full(qualifiedTiers) };
}

export const HEAD_OFFICE = { id: 1, code: 'HO', name: '总行', level: 'HEAD_OFFICE' as const };
export const BRANCH = { id: 2, code: 'BR1', name: '杭州分行', level: 'BRANCH' as const };
export const SUB_BRANCH = { id: 3, code: 'BR1S1', name: '西湖支行', level: 'SUB_BRANCH' as const };
export const OUTLET = { id: 4, code: 'BR1S1O1', name: '文三路网点', level: 'OUTLET' as const };

export function aTierSummary(overrides: Partial<TierSummary> = {}): TierSummary {
  return {
    policy: { code: 'rolling-quarter-2020', version: 1, metric: 'ROLLING_QUARTER_AVG' },
    month: '2026-09',
    org: OUTLET,
    basis: 'ORG',
    total: figures(
      { STANDARD: { customers: 120, metricTotal: '3000000.00' }, GOLD: { customers: 30, metricTotal: '6000000.00' }, PLATINUM: { customers: 8, metricTotal: '5200000.50' }, DIAMOND: { customers: 2, metricTotal: '3500000.00' } },
      160,
      '17700000.50',
    ),
    children: [],
    ...overrides,
  };
}

/** A branch with two sub-branches below it. */
export function aBranchSummary(): TierSummary {
  return aTierSummary({
    org: BRANCH,
    children: [
      { org: SUB_BRANCH, ...figures({ STANDARD: { customers: 100, metricTotal: '2500000.00' }, GOLD: { customers: 20, metricTotal: '4000000.00' } }, 120, '6500000.00') },
      { org: { id: 5, code: 'BR1S2', name: '滨江支行', level: 'SUB_BRANCH' }, ...figures({ STANDARD: { customers: 20, metricTotal: '500000.00' }, GOLD: { customers: 10, metricTotal: '2000000.00' }, PLATINUM: { customers: 8, metricTotal: '5200000.50' }, DIAMOND: { customers: 2, metricTotal: '3500000.00' } }, 40, '11200000.50') },
    ],
  });
}

/** 2 up (STANDARD→GOLD, GOLD→PLATINUM), 1 down (DIAMOND→PLATINUM), 5 new; statuses as given. */
export function aTierTransitions(overrides: Partial<TierTransitions> = {}): TierTransitions {
  const row = (previousServiceTier: TierCode | null, cells: Partial<Record<TierCode, number>>) => ({
    previousServiceTier,
    serviceTiers: Object.fromEntries(TIERS.map((tier) => [tier, cells[tier] ?? 0])) as Record<TierCode, number>,
  });
  return {
    policy: { code: 'rolling-quarter-2020', version: 1, metric: 'ROLLING_QUARTER_AVG' },
    month: '2026-09',
    org: OUTLET,
    basis: 'ORG',
    customers: 160,
    matrix: [
      row(null, { STANDARD: 5 }),
      row('STANDARD', { STANDARD: 114, GOLD: 1 }),
      row('GOLD', { GOLD: 29, PLATINUM: 1 }),
      row('PLATINUM', { PLATINUM: 6 }),
      row('DIAMOND', { PLATINUM: 1, DIAMOND: 2 }),
      row('PRIVATE', {}),
    ],
    statuses: { INITIAL: 5, QUALIFIED: 140, QUALIFIED_NOT_UPGRADED: 7, UPGRADED: 2, SUBSTANDARD: 4, DOWNGRADED: 2, SPECIAL_ADMISSION: 0 },
    ...overrides,
  };
}

export function aTierTrend(months: string[] = ['2026-07', '2026-08', '2026-09'], overrides: Partial<TierTrend> = {}): TierTrend {
  return {
    policy: { code: 'rolling-quarter-2020' },
    org: OUTLET,
    basis: 'ORG',
    from: '2024-10',
    to: months.at(-1) ?? '2026-09',
    months: months.map((month, index) => ({
      month,
      policyVersion: 1,
      metric: 'ROLLING_QUARTER_AVG',
      ...figures({ STANDARD: { customers: 100 + index, metricTotal: '3000000.00' }, GOLD: { customers: 30, metricTotal: '6000000.00' } }, 130 + index, '9000000.00'),
    })),
    ...overrides,
  };
}

export function anOrgTree(): OrgNode[] {
  return [
    { ...BRANCH, parentId: 1 },
    { ...SUB_BRANCH, parentId: 2 },
    { ...OUTLET, parentId: 3 },
  ];
}
