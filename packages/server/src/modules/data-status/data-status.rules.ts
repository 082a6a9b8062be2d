/**
 * Whether a month can be evaluated given the days without balances, as the evaluation itself
 * decides (aum-window.store.ts materializeWindowMetric; DOMAIN.md §3 gap handling): the month's
 * last day must be closed; then REFUSE refuses any missing day of the window, and CARRY_FORWARD
 * refuses only a missing day with no closed day before it (a window reaching back before the
 * bank's first closed day).
 */
import type { GapHandling } from '../aum/aum.rules.ts';

export type UnevaluableReason = 'MONTH_NOT_CLOSED' | 'DATA_GAP';

export interface MonthWindowFacts {
  gapHandling: GapHandling;
  /** The month's last day has no balances. */
  endMissing: boolean;
  /** Days of the window without balances. */
  missingDays: number;
  /** The window starts before the first closed day. */
  startsBeforeFirstClosedDay: boolean;
}

/** Why the month cannot be evaluated, or null when it can. The codes are the errors the evaluation would raise. */
export function unevaluableReason(facts: MonthWindowFacts): UnevaluableReason | null {
  if (facts.endMissing) return 'MONTH_NOT_CLOSED';
  if (facts.missingDays === 0) return null;
  if (facts.gapHandling === 'REFUSE') return 'DATA_GAP';
  return facts.startsBeforeFirstClosedDay ? 'DATA_GAP' : null;
}
