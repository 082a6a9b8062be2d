/**
 * Tier rules (DOMAIN.md §4), pure: the qualified tier of a metric under a policy, and the
 * service-tier transition from last month's evaluation. tiers.store.ts computes the same rules
 * set-wise in SQL for every customer at once; the service tests check each stored row against
 * these functions, so the two cannot drift apart.
 */
import { DomainError } from '../../platform/errors/domain-error.ts';
import type { GapHandling, WindowMetric } from '../aum/aum.service.ts';
import { isMonth } from '../aum/aum.service.ts';

/** Ordered lowest to highest: a tier's rank is its index. */
export const TIER_CODES = ['STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE'] as const;
export type TierCode = (typeof TIER_CODES)[number];
/**
 * STANDARD is implicit: it starts at 0.00 and a policy never lists it. A policy lists only the
 * tiers above it, so "the highest tier whose threshold is met, else STANDARD" needs no special case
 * for customers with no AUM at all.
 */
export type VipTier = Exclude<TierCode, 'STANDARD'>;
export const VIP_TIERS: readonly VipTier[] = ['GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE'];

export type { GapHandling, WindowMetric };
/** The window metrics of DOMAIN.md §3 a policy may name; `satisfies` keeps them in step with the AUM module. */
export const WINDOW_METRICS = [
  'MONTH_AVG',
  'ROLLING_QUARTER_AVG',
  'MIN_OF_3_MONTH_AVGS',
  'TWELVE_MONTH_AVG',
  'POINT',
] as const satisfies readonly WindowMetric[];
export const GAP_HANDLINGS = ['REFUSE', 'CARRY_FORWARD'] as const satisfies readonly GapHandling[];

/** Who approves a special admission to a tier (DOMAIN.md §4): gold → outlet, platinum → sub-branch, diamond+ → branch. */
export const APPROVER_LEVELS = ['OUTLET_HEAD', 'SUB_BRANCH_HEAD', 'BRANCH_ADMIN'] as const;
export type ApproverLevel = (typeof APPROVER_LEVELS)[number];
export const DEFAULT_APPROVER: Record<VipTier, ApproverLevel> = {
  GOLD: 'OUTLET_HEAD',
  PLATINUM: 'SUB_BRANCH_HEAD',
  DIAMOND: 'BRANCH_ADMIN',
  PRIVATE: 'BRANCH_ADMIN',
};

export const EVALUATION_STATUSES = [
  'INITIAL',
  'QUALIFIED',
  'QUALIFIED_NOT_UPGRADED',
  'UPGRADED',
  'SUBSTANDARD',
  'DOWNGRADED',
  // An approved special admission (特殊准入) in force on the month's last day lifts the service tier.
  'SPECIAL_ADMISSION',
] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export interface TierThreshold {
  tier: VipTier;
  /** Inclusive lower bound ("10万(含)"), in cents. */
  thresholdCents: bigint;
  specialAdmissionApprover: ApproverLevel;
}

/** A validated policy, without its stored identity (code + version). */
export interface TierPolicyDefinition {
  code: string;
  name: string;
  description: string;
  metric: WindowMetric;
  /** Ascending by tier rank and by threshold. */
  tiers: TierThreshold[];
  graceMonths: number;
  autoUpgrade: boolean;
  gapHandling: GapHandling;
}

export function tierRank(tier: TierCode): number {
  return TIER_CODES.indexOf(tier);
}

export interface Qualification {
  tier: TierCode;
  /** The threshold that decided (the highest one met); absent for STANDARD. */
  met?: TierThreshold;
  /** The next threshold up, not met; absent at the policy's top tier. */
  notMet?: TierThreshold;
}

/** The highest tier whose inclusive lower threshold the metric meets (DOMAIN.md §4). */
export function qualify(metricCents: bigint, tiers: readonly TierThreshold[]): Qualification {
  let index = -1;
  while (index + 1 < tiers.length && metricCents >= tiers[index + 1]!.thresholdCents) index += 1;
  const met = tiers[index];
  const notMet = tiers[index + 1];
  return { tier: met?.tier ?? 'STANDARD', ...(met && { met }), ...(notMet && { notMet }) };
}

export function qualifiedTier(metricCents: bigint, tiers: readonly TierThreshold[]): TierCode {
  return qualify(metricCents, tiers).tier;
}

export interface PreviousServiceTier {
  serviceTier: TierCode;
  status: EvaluationStatus;
  substandardMonths: number;
}

export interface ServiceTierDecision {
  serviceTier: TierCode;
  status: EvaluationStatus;
  /**
   * Consecutive months qualified below the previous service tier, this month included: the count
   * of a SUBSTANDARD month, or the count that caused a DOWNGRADED one; otherwise 0.
   */
  substandardMonths: number;
}

/**
 * The service tier a customer enjoys after this month (DOMAIN.md §4):
 * - no evaluation last month under this policy code: initial, service tier = qualified tier;
 * - qualified above service: qualified-not-upgraded (the customer must sign), unless the customer has signed or the policy upgrades automatically;
 * - qualified below service: substandard for up to graceMonths consecutive months, then downgraded to the qualified tier;
 * - equal: qualified, and the substandard count starts again.
 * A downgrade also starts the count again: the customer now meets the new service tier.
 * An approved special admission in force lifts the result to the admitted tier (SPECIAL_ADMISSION).
 */
export function decideServiceTier(input: {
  qualifiedTier: TierCode;
  previous: PreviousServiceTier | undefined;
  graceMonths: number;
  autoUpgrade: boolean;
  /** A signed service agreement on file by the month's end (客户自愿): upgrades as autoUpgrade does. */
  consented?: boolean;
  /** The tier of an approved special admission in force on the month's last day. */
  admittedTier?: VipTier | undefined;
}): ServiceTierDecision {
  const normal = decideByQualification(input);
  const admitted = input.admittedTier;
  // The admission decides when it is above the qualification and at least the tier the normal rules
  // give: on a tie the customer holds the tier by the admission, not by grace, so no substandard
  // month is counted while it lasts. Once it ends, the admitted tier is simply last month's service
  // tier and the normal rules (grace, then downgrade) apply from it (docs/tier-policies.md).
  if (admitted && tierRank(admitted) > tierRank(input.qualifiedTier) && tierRank(admitted) >= tierRank(normal.serviceTier)) {
    return { serviceTier: admitted, status: 'SPECIAL_ADMISSION', substandardMonths: 0 };
  }
  return normal;
}

function decideByQualification(input: { qualifiedTier: TierCode; previous: PreviousServiceTier | undefined; graceMonths: number; autoUpgrade: boolean; consented?: boolean }): ServiceTierDecision {
  const { qualifiedTier: qualified, previous } = input;
  if (!previous) return { serviceTier: qualified, status: 'INITIAL', substandardMonths: 0 };
  const difference = tierRank(qualified) - tierRank(previous.serviceTier);
  if (difference === 0) return { serviceTier: qualified, status: 'QUALIFIED', substandardMonths: 0 };
  if (difference > 0) {
    return input.autoUpgrade || input.consented
      ? { serviceTier: qualified, status: 'UPGRADED', substandardMonths: 0 }
      : { serviceTier: previous.serviceTier, status: 'QUALIFIED_NOT_UPGRADED', substandardMonths: 0 };
  }
  const monthsBelow = (previous.status === 'DOWNGRADED' ? 0 : previous.substandardMonths) + 1;
  return monthsBelow > input.graceMonths
    ? { serviceTier: qualified, status: 'DOWNGRADED', substandardMonths: monthsBelow }
    : { serviceTier: previous.serviceTier, status: 'SUBSTANDARD', substandardMonths: monthsBelow };
}

/** Months are 'YYYY-MM' at the edges (one definition, the AUM module's); the database stores the first day. */
export { isMonth };

export function assertMonth(month: string, option = 'month'): void {
  if (!isMonth(month)) throw new DomainError('INVALID_MONTH', `${option} must be YYYY-MM, such as 2026-09: got "${month}"`, { month });
}

export function previousMonth(month: string): string {
  const year = Number.parseInt(month.slice(0, 4), 10);
  const monthNumber = Number.parseInt(month.slice(5, 7), 10);
  return monthNumber === 1 ? `${year - 1}-12` : `${year}-${String(monthNumber - 1).padStart(2, '0')}`;
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}
