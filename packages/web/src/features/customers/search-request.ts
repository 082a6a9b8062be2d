import type { SearchBody, TierCode } from './customer-types.ts';

export type SearchSort = NonNullable<SearchBody['sort']>;
export type SearchOrder = NonNullable<SearchBody['order']>;

/** What the filter form holds (text as typed). */
export interface SearchFilters {
  q?: string;
  phone?: string;
  idNumber?: string;
  maintainerStaffNo?: string;
  /** Chosen by clicking an outlet in the results: the id is the API's, the name is for the label. */
  outlet?: { id: number; code: string; name: string };
}

/** Everything that decides the page shown: filters, the tier tab, paging and order. */
export interface SearchView {
  filters: SearchFilters;
  tier: TierCode | 'ALL';
  page: number;
  pageSize: number;
  sort: SearchSort;
  order: SearchOrder;
}

export const DEFAULT_SEARCH_VIEW: SearchView = { filters: {}, tier: 'ALL', page: 1, pageSize: 20, sort: 'customerNo', order: 'asc' };
/** The server pages no further than this (page × pageSize): deep offsets cost a scan. */
export const MAX_SEARCH_WINDOW = 10_000;
export const PAGE_SIZES = [10, 20, 50, 100] as const;

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The body of POST /api/customers/search for a view. Blank fields are left out (the server
 * refuses empty strings and unknown keys), text is trimmed, the tier tab becomes the tier filter.
 */
export function toSearchBody(view: SearchView): SearchBody {
  const { filters } = view;
  const body: SearchBody = { page: view.page, pageSize: view.pageSize, sort: view.sort, order: view.order };
  const q = text(filters.q);
  const phone = text(filters.phone);
  const idNumber = text(filters.idNumber);
  const maintainerStaffNo = text(filters.maintainerStaffNo);
  if (q) body.q = q;
  if (phone) body.phone = phone;
  if (idNumber) body.idNumber = idNumber;
  if (maintainerStaffNo) body.maintainerStaffNo = maintainerStaffNo;
  if (filters.outlet) body.outletId = filters.outlet.id;
  if (view.tier !== 'ALL') body.serviceTier = view.tier;
  return body;
}

/** New filters, tier, order or page size start again at page 1; the rest is kept. */
export function withChange(view: SearchView, change: Partial<SearchView>): SearchView {
  const resetsPage = 'filters' in change || 'tier' in change || 'sort' in change || 'order' in change || 'pageSize' in change;
  return { ...view, ...change, page: change.page ?? (resetsPage ? 1 : view.page) };
}

/** The last page that may be asked for under the server's paging window. */
export function lastReachablePage(pageSize: number): number {
  return Math.floor(MAX_SEARCH_WINDOW / pageSize);
}
