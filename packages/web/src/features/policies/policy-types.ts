import type { paths } from '../../shared/api/schema.ts';

type ListOperation = paths['/api/tier-policies']['get'];
type VersionsOperation = paths['/api/tier-policies/{code}']['get'];
type DraftOperation = paths['/api/tier-policies/drafts']['post'];
type ActivateOperation = paths['/api/tier-policies/{code}/versions/{version}/activate']['post'];
type SimulateOperation = paths['/api/tier-policies/{code}/versions/{version}/simulate']['post'];
type MonthsOperation = paths['/api/policy-simulator/months']['get'];

export type PolicyList = ListOperation['responses'][200]['content']['application/json'];
export type PolicySummary = PolicyList['policies'][number];
export type PolicyVersions = VersionsOperation['responses'][200]['content']['application/json'];
export type PolicyVersion = PolicyVersions['versions'][number];
export type PolicyFile = NonNullable<DraftOperation['requestBody']>['content']['application/json'];
export type DraftResult = DraftOperation['responses'][201]['content']['application/json'];
export type Activation = ActivateOperation['responses'][200]['content']['application/json'];
export type Simulation = SimulateOperation['responses'][200]['content']['application/json'];
export type SimulationMonths = MonthsOperation['responses'][200]['content']['application/json'];
export type SimulatedOutlet = Simulation['outlets'][number];
export type SimulatedBranch = Simulation['branches'][number];
export type MatrixRow = Simulation['serviceMatrix'][number];

export type VersionStatus = PolicyVersion['status'];
export type WindowMetric = PolicyVersion['metric'];
export type GapHandling = PolicyVersion['gapHandling'];
export type VipTier = PolicyVersion['tiers'][number]['tier'];

export const WINDOW_METRICS: readonly WindowMetric[] = ['MONTH_AVG', 'ROLLING_QUARTER_AVG', 'MIN_OF_3_MONTH_AVGS', 'TWELVE_MONTH_AVG', 'POINT'];
export const GAP_HANDLINGS: readonly GapHandling[] = ['REFUSE', 'CARRY_FORWARD'];
export const VIP_TIERS: readonly VipTier[] = ['GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE'];
