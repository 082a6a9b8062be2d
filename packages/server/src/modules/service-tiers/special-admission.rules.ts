/**
 * Special admission (特殊准入, DOMAIN.md §4), pure: who approves a request for which tier, in
 * which order, and what state an admission is in on a given day.
 *
 * The approval chain climbs the org tree from the outlet up to the level the tier requires
 * (the tier policy's specialAdmissionApprover; gold → outlet head, platinum → sub-branch head,
 * diamond and above → branch admin by default): platinum is reviewed by the outlet head, then the
 * sub-branch head; diamond by all three. Each level vouches for the one below, and the chain is
 * data (a list of levels stored with the request), not code per tier.
 * The requester never approves: a head who requests for their own customer skips their own level
 * and every level below it, and when nothing would be left the next level up decides.
 */
import { APPROVER_LEVELS, DEFAULT_APPROVER, tierRank, type ApproverLevel, type TierCode, type TierThreshold, type VipTier } from '../tiers/tiers.rules.ts';

export { APPROVER_LEVELS, type ApproverLevel };
export const DEFAULT_ADMISSION_MONTHS = 12;
export const MAX_ADMISSION_MONTHS = 36;
/** "A reminder before it" (issue 6): admissions ending within this many days are listed. */
export const EXPIRY_REMINDER_DAYS = 30;

export const ADMISSION_STATUSES = ['REQUESTED', 'IN_REVIEW', 'APPROVED', 'REJECTED'] as const;
export type AdmissionStatus = (typeof ADMISSION_STATUSES)[number];
/** What the API shows: the stored status, with APPROVED read against the day. */
export const ADMISSION_STATES = ['REQUESTED', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'ACTIVE', 'EXPIRED'] as const;
export type AdmissionState = (typeof ADMISSION_STATES)[number];

/** The approver level of a role, if the role is one (the level names are the role names). */
export function approverLevelOf(role: string): ApproverLevel | undefined {
  return (APPROVER_LEVELS as readonly string[]).includes(role) ? (role as ApproverLevel) : undefined;
}

/** The level a tier requires: the policy's own setting for the tier, else the default of §4. */
export function requiredLevel(tier: VipTier, policyTiers: readonly Pick<TierThreshold, 'tier' | 'specialAdmissionApprover'>[] | undefined): ApproverLevel {
  return policyTiers?.find((t) => t.tier === tier)?.specialAdmissionApprover ?? DEFAULT_APPROVER[tier];
}

/** The levels that decide, in order, for a tier requiring `required` requested by a staff member of `requesterRole`. */
export function approvalChain(required: ApproverLevel, requesterRole: string): ApproverLevel[] {
  const top = APPROVER_LEVELS.indexOf(required);
  const own = approverLevelOf(requesterRole);
  const first = own === undefined ? 0 : APPROVER_LEVELS.indexOf(own) + 1;
  if (first <= top) return APPROVER_LEVELS.slice(first, top + 1);
  // The requester sits at (or above) the required level: the level above them decides alone.
  const above = APPROVER_LEVELS[first];
  return above === undefined ? [] : [above];
}

export type RequestProblem =
  | { code: 'SPECIAL_ADMISSION_NOT_ABOVE_QUALIFICATION'; qualifiedTier: TierCode }
  | { code: 'SPECIAL_ADMISSION_TIER_NOT_IN_POLICY' }
  | { code: 'SPECIAL_ADMISSION_NO_APPROVER' };

/** Whether a request may be made: the tier must be above the customer's qualification and in the policy, and someone must be able to approve it. */
export function checkRequest(input: {
  tier: VipTier;
  qualifiedTier: TierCode;
  policyTiers: readonly Pick<TierThreshold, 'tier'>[] | undefined;
  chain: readonly ApproverLevel[];
}): RequestProblem | undefined {
  if (input.policyTiers && !input.policyTiers.some((t) => t.tier === input.tier)) return { code: 'SPECIAL_ADMISSION_TIER_NOT_IN_POLICY' };
  if (tierRank(input.tier) <= tierRank(input.qualifiedTier)) return { code: 'SPECIAL_ADMISSION_NOT_ABOVE_QUALIFICATION', qualifiedTier: input.qualifiedTier };
  if (input.chain.length === 0) return { code: 'SPECIAL_ADMISSION_NO_APPROVER' };
  return undefined;
}

export type DecisionProblem = 'SPECIAL_ADMISSION_CLOSED' | 'SPECIAL_ADMISSION_OWN_REQUEST' | 'SPECIAL_ADMISSION_WRONG_LEVEL' | 'SPECIAL_ADMISSION_ALREADY_DECIDED';

export interface OpenAdmission {
  status: AdmissionStatus;
  approvalChain: readonly ApproverLevel[];
  nextStep: number;
  requestedByStaffId: number;
  /** Staff who decided earlier steps of this request. */
  deciderStaffIds: readonly number[];
}

/** Whether this staff member may decide the request's next step now (scope is checked in SQL, before). */
export function checkDecision(admission: OpenAdmission, decider: { staffId: number; role: string }): DecisionProblem | undefined {
  if (admission.status !== 'REQUESTED' && admission.status !== 'IN_REVIEW') return 'SPECIAL_ADMISSION_CLOSED';
  if (admission.requestedByStaffId === decider.staffId) return 'SPECIAL_ADMISSION_OWN_REQUEST';
  if (admission.approvalChain[admission.nextStep] !== approverLevelOf(decider.role)) return 'SPECIAL_ADMISSION_WRONG_LEVEL';
  // One person, one step: a decider who also holds the next role cannot vouch twice.
  if (admission.deciderStaffIds.includes(decider.staffId)) return 'SPECIAL_ADMISSION_ALREADY_DECIDED';
  return undefined;
}

export interface DecisionOutcome {
  status: AdmissionStatus;
  nextStep: number;
  /** When the last approval makes the admission take effect: its period. */
  period?: { startsOn: string; endsOn: string };
}

/** The request after a decision on `day` ('YYYY-MM-DD'): a rejection ends it, the last approval starts its period. */
export function applyDecision(admission: Pick<OpenAdmission, 'approvalChain' | 'nextStep'> & { months: number }, decision: 'APPROVE' | 'REJECT', day: string): DecisionOutcome {
  if (decision === 'REJECT') return { status: 'REJECTED', nextStep: admission.nextStep };
  const nextStep = admission.nextStep + 1;
  if (nextStep < admission.approvalChain.length) return { status: 'IN_REVIEW', nextStep };
  return { status: 'APPROVED', nextStep, period: { startsOn: day, endsOn: addMonthsToDay(day, admission.months) } };
}

/** ACTIVE from startsOn (inclusive) until endsOn (exclusive), EXPIRED from endsOn; other statuses as stored. */
export function admissionState(admission: { status: AdmissionStatus; startsOn: string | null; endsOn: string | null }, today: string): AdmissionState {
  if (admission.status !== 'APPROVED' || !admission.startsOn || !admission.endsOn) return admission.status;
  if (today < admission.startsOn) return 'APPROVED';
  return today < admission.endsOn ? 'ACTIVE' : 'EXPIRED';
}

/** Calendar months later, clamped to the month's last day (2026-01-31 + 1 month = 2026-02-28). */
export function addMonthsToDay(day: string, months: number): string {
  const year = Number.parseInt(day.slice(0, 4), 10);
  const month = Number.parseInt(day.slice(5, 7), 10) - 1 + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = (month % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const dayOfMonth = Math.min(Number.parseInt(day.slice(8, 10), 10), lastDay);
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** 'YYYY-MM' after 'YYYY-MM'. */
function monthAfter(month: string): string {
  const year = Number.parseInt(month.slice(0, 4), 10);
  const monthNumber = Number.parseInt(month.slice(5, 7), 10);
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
}

/** The last day of 'YYYY-MM', 'YYYY-MM-DD'. */
function lastDayOfMonth(month: string): string {
  const year = Number.parseInt(month.slice(0, 4), 10);
  const monthNumber = Number.parseInt(month.slice(5, 7), 10);
  return `${month}-${String(new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * The first month whose evaluation applies an admission starting on `startsOn`
 * (docs/decisions/0006-maintainer-relations-and-admission-effect.md): the month holding its start,
 * unless that month has already been evaluated, then the month after the latest evaluated one.
 * An approval does not re-run months already evaluated: it takes effect from the next evaluation.
 * `latestEvaluatedMonth` is the latest month evaluated under the policy in force ('YYYY-MM'), or
 * null before the first evaluation.
 */
export function firstEvaluationMonth(startsOn: string, latestEvaluatedMonth: string | null): string {
  const startMonth = startsOn.slice(0, 7);
  return latestEvaluatedMonth !== null && latestEvaluatedMonth >= startMonth ? monthAfter(latestEvaluatedMonth) : startMonth;
}

/** Whether the period (endsOn exclusive) holds the month's last day: the day the evaluation reads it on. */
export function inForceAtEndOf(period: { startsOn: string; endsOn: string }, month: string): boolean {
  const lastDay = lastDayOfMonth(month);
  return period.startsOn <= lastDay && lastDay < period.endsOn;
}

export interface AdmissionEffect {
  /** The first month whose evaluation applies the admission ('YYYY-MM'); null when none will. */
  effectiveFromMonth: string | null;
  /** True while that month has not been evaluated yet: the effect is still to come. */
  awaitingEvaluation: boolean;
}

/**
 * When an admission changes the service tier. Approved: from the month fixed at its approval
 * (`effectiveFrom`; an admission approved before that was recorded applies from the month holding
 * its start), or never when its period ends before that month's last day. Open: as if approved
 * `today`. Rejected: never.
 */
export function admissionEffect(
  admission: { status: AdmissionStatus; startsOn: string | null; endsOn: string | null; months: number; effectiveFrom: string | null },
  context: { today: string; latestEvaluatedMonth: string | null },
): AdmissionEffect {
  let month: string | null = null;
  if (admission.status === 'APPROVED' && admission.startsOn && admission.endsOn) {
    const from = admission.effectiveFrom ?? admission.startsOn.slice(0, 7);
    month = inForceAtEndOf({ startsOn: admission.startsOn, endsOn: admission.endsOn }, from) ? from : null;
  } else if (admission.status === 'REQUESTED' || admission.status === 'IN_REVIEW') {
    const period = { startsOn: context.today, endsOn: addMonthsToDay(context.today, admission.months) };
    const from = firstEvaluationMonth(context.today, context.latestEvaluatedMonth);
    month = inForceAtEndOf(period, from) ? from : null;
  }
  return {
    effectiveFromMonth: month,
    awaitingEvaluation: month !== null && (context.latestEvaluatedMonth === null || month > context.latestEvaluatedMonth),
  };
}
