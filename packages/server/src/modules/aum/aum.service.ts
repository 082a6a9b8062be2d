import type pg from 'pg';
import { closeDays, type ClosedDay } from './aum-close.store.ts';
import { materializeWindowMetric, missingDays, type WindowInfo } from './aum-window.store.ts';

/**
 * The AUM module's face to other modules: the daily close (called by ingest inside its
 * transaction), window metrics (called by tiers), and the state of closed days and gaps.
 */
export type { GapHandling, WindowMetric } from './aum.rules.ts';
export { holdingDayCents, isMonth } from './aum.rules.ts';
export type { ClosedDay, WindowInfo };
export { closeDays, materializeWindowMetric };
export {
  createNextBalances,
  dropNextBalances,
  indexNextBalances,
  latestBalancesDay,
  NEXT_BALANCES_TABLE,
  replacesLatestBalances,
} from './account-balance.store.ts';

export interface ClosedDaysState {
  firstDay: string | null;
  lastDay: string | null;
  closedDays: number;
  gaps: string[];
}

/** Closed days and the data gaps between the first and the last of them. */
export async function closedDaysState(db: Pick<pg.Pool, 'query'>): Promise<ClosedDaysState> {
  const range = await db.query('SELECT min(day)::text AS first, max(day)::text AS last, count(*)::int AS n FROM business_day');
  const { first, last, n } = range.rows[0];
  const gaps = first ? await missingDays(db, first, last) : [];
  return { firstDay: first, lastDay: last, closedDays: n, gaps };
}
