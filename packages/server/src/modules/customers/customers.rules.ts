/**
 * Pure rules of the customer APIs: which field set a role gets, how a search is counted, the LIKE
 * pattern of a name prefix, and the monthly averages of the AUM history. No IO.
 */
import { can } from '../../platform/access/permissions.ts';
import { scopeOf } from '../../platform/access/scope.rules.ts';
import { divideRoundHalfUp } from '../../platform/money.ts';
import { addMonths, daysInMonth } from '../aum/aum.rules.ts';
import type { EvaluationStatus, TierCode } from '../tiers/tiers.rules.ts';

export type CustomerView = 'FULL' | 'LIMITED';

/** customer.read sees the file (masked); customer.read.limited alone the hall's field set. */
export function viewOf(role: string): CustomerView {
  return can(role, 'customer.read') ? 'FULL' : 'LIMITED';
}

/** A search's filters once the phone and ID number are hashed: no plain value goes further. */
export interface SearchFilters {
  /** q: a name prefix or an exact customer number. */
  nameOrCustomerNo?: string;
  customerNo?: string;
  phoneHash?: Buffer;
  idNumberHash?: Buffer;
  serviceTiers?: TierCode[];
  outletId?: number;
  /** An org whose subtree the home outlet is in (still within the scope). */
  orgId?: number;
  maintainerStaffNo?: string;
  /** Statuses of the evaluation in force. */
  statuses?: EvaluationStatus[];
  /** Service tier of the evaluation in force above or below the month before. */
  tierChange?: 'UP' | 'DOWN';
}

/** More matches than this are not counted exactly: the answer is "1,000 or more". */
export const COUNT_CAP = 1000;

/**
 * How a search's total and tier counts are found (docs/customer-api.md "Counting"):
 * - SUMMARY: the filters are only tiers, outlet and org and the scope is a set of outlets, so the
 *   per-outlet tier counts answer it in a few thousand rows, whatever the bank's size;
 * - CAPPED: anything else is counted on the rows themselves, up to COUNT_CAP + 1 of them. A
 *   maintainer's own customers, a name, a phone number match few rows; a common surname across a
 *   whole bank stops at the cap instead of counting a hundred thousand rows.
 */
export function countStrategy(role: string, filters: SearchFilters): 'SUMMARY' | 'CAPPED' {
  const scope = scopeOf(role);
  const outletsOnly = scope === 'OUTLET' || scope === 'SUB_BRANCH_SUBTREE' || scope === 'BRANCH_SUBTREE' || scope === 'ALL';
  const rowFilters =
    filters.nameOrCustomerNo !== undefined ||
    filters.customerNo !== undefined ||
    filters.phoneHash !== undefined ||
    filters.idNumberHash !== undefined ||
    filters.maintainerStaffNo !== undefined ||
    // Evaluation filters: the per-outlet counts do not hold statuses or tier changes.
    filters.statuses !== undefined ||
    filters.tierChange !== undefined;
  return outletsOnly && !rowFilters ? 'SUMMARY' : 'CAPPED';
}

/** Sorting by tier or AUM sorts every match (no index gives that order): at most this many. */
export const SORT_LIMIT = 5000;

/**
 * Whether a search may sort by `sort`: customer number and name are index orders, any size; tier
 * and AUM only when the matches were counted exactly and are few enough to sort on each request.
 * A wider search asks for a filter first (tier tabs come from countsByTier, not from a sort).
 */
export function isSortable(sort: string, counts: Pick<SearchCounts, 'total' | 'totalExact'>): boolean {
  if (sort !== 'serviceTier' && sort !== 'aum') return true;
  return counts.totalExact && counts.total <= SORT_LIMIT;
}

/** Below this many customers of the chosen tiers, a wide search starts from the tiers. */
export const FROM_TIERS_LIMIT = 2000;

/**
 * Whether a tier filter has a choice of how to find its customers (customer-search.store.ts
 * TierLookup): only across sub-branches, branches or the bank. An outlet bounds the walk by
 * itself, and so does a maintainer's own book.
 */
export function choosesTierLookup(role: string, filters: SearchFilters): boolean {
  const scope = scopeOf(role);
  const wide = scope === 'SUB_BRANCH_SUBTREE' || scope === 'BRANCH_SUBTREE' || scope === 'ALL';
  return wide && filters.serviceTiers !== undefined && filters.outletId === undefined;
}

/** A rare tier (private banking, diamond) is found from the evaluation's tier index, a common one by walking the page order. */
export function tierLookupOf(role: string, filters: SearchFilters, counts: Pick<SearchCounts, 'total' | 'totalExact'>): 'PER_CUSTOMER' | 'FROM_TIERS' {
  if (!choosesTierLookup(role, filters)) return 'PER_CUSTOMER';
  return counts.totalExact && counts.total <= FROM_TIERS_LIMIT ? 'FROM_TIERS' : 'PER_CUSTOMER';
}

/** "王_%" → "王\_\%%": the user's text matched literally, as a prefix (LIKE's escape is backslash). */
export function prefixPattern(text: string): string {
  return `${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export interface TierCountRow {
  serviceTier: TierCode | null;
  customers: number;
}

export interface SearchCounts {
  total: number;
  totalExact: boolean;
  countsByTier: Record<TierCode, number> | null;
  notEvaluated: number | null;
}

/**
 * Total and tier counts from counts per service tier taken *without* the tier filter (a facet:
 * the tabs show every tier's count whichever is selected); the total honours the tier filter.
 */
export function searchCounts(rows: readonly TierCountRow[], serviceTiers: readonly TierCode[] | undefined): SearchCounts {
  const countsByTier: Record<TierCode, number> = { STANDARD: 0, GOLD: 0, PLATINUM: 0, DIAMOND: 0, PRIVATE: 0 };
  let notEvaluated = 0;
  for (const row of rows) {
    if (row.serviceTier === null) notEvaluated += row.customers;
    else countsByTier[row.serviceTier] += row.customers;
  }
  const total = serviceTiers
    ? serviceTiers.reduce((sum, tier) => sum + countsByTier[tier], 0)
    : Object.values(countsByTier).reduce((sum, n) => sum + n, notEvaluated);
  return { total, totalExact: true, countsByTier, notEvaluated };
}

/** The 'YYYY-MM' months of the last `count` months ending with `month`, oldest first. */
export function monthsEndingWith(month: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addMonths(month, index - count + 1));
}

export interface MonthlyAverage {
  month: string;
  averageCents: bigint;
  days: number;
  complete: boolean;
}

/**
 * The average daily AUM of each month (DOMAIN.md §3 MONTH_AVG: the month's sum over its calendar
 * days, half-up to the cent). A month the bank's data covers only in part — the month in
 * progress, or the first month delivered — is averaged over the days it covers, and says so:
 * dividing a half month's sum by the whole month would halve the customer's assets.
 */
export function monthlyAverages(
  sums: ReadonlyMap<string, bigint>,
  months: readonly string[],
  covered: { firstDay: string; lastDay: string },
): MonthlyAverage[] {
  const averages: MonthlyAverage[] = [];
  for (const month of months) {
    const length = daysInMonth(month);
    const start = `${month}-01`;
    const end = `${month}-${String(length).padStart(2, '0')}`;
    const from = start > covered.firstDay ? start : covered.firstDay;
    const to = end < covered.lastDay ? end : covered.lastDay;
    if (from > to) continue; // before the first delivered day or after the last closed one
    const days = dayNumber(to) - dayNumber(from) + 1;
    averages.push({ month, averageCents: divideRoundHalfUp(sums.get(month) ?? 0n, BigInt(days)), days, complete: days === length });
  }
  return averages;
}

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}
