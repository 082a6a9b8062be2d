import { EVALUATION_STATUSES, TIER_CODES, type EvaluationStatus, type SearchBody, type TierCode } from './customer-types.ts';

export type SearchSort = NonNullable<SearchBody['sort']>;
export type SearchOrder = NonNullable<SearchBody['order']>;
export type TierChange = NonNullable<SearchBody['tierChange']>;
export const SEARCH_SORTS: readonly SearchSort[] = ['customerNo', 'name', 'serviceTier', 'aum'];
export const TIER_CHANGES: readonly TierChange[] = ['UP', 'DOWN'];

/**
 * Everything that decides the page shown, as it travels in the URL (/customers?serviceTier=GOLD,
 * PLATINUM&orgId=12&…): workbench links open it, and browser back returns to it. Phone and ID
 * number are never part of it (docs/security.md: they must not travel in a URL); the page keeps
 * them in component state (`Secrets`).
 */
export interface SearchView {
  q?: string;
  customerNo?: string;
  maintainerStaffNo?: string;
  serviceTiers: TierCode[];
  orgId?: number;
  statuses: EvaluationStatus[];
  tierChange?: TierChange;
  page: number;
  pageSize: number;
  sort: SearchSort;
  order: SearchOrder;
}

/** Where the 360's "back" link returns: the last search's URL query (never a phone or ID number). */
export const LAST_SEARCH_KEY = 'customers.lastSearch';

/** The sensitive filters, typed into the form and sent in the body only. */
export interface Secrets {
  phone?: string;
  idNumber?: string;
}

export const DEFAULT_SEARCH_VIEW: SearchView = { serviceTiers: [], statuses: [], page: 1, pageSize: 20, sort: 'customerNo', order: 'asc' };
/** The server pages no further than this (page × pageSize): deep offsets cost a scan. */
export const MAX_SEARCH_WINDOW = 10_000;
export const PAGE_SIZES = [10, 20, 50, 100] as const;

function text(value: string | null | undefined, max = 64): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const wanted = new Set(value.split(','));
  // In the API's order, each once; unknown values (an old or mistyped link) are dropped.
  return allowed.filter((item) => wanted.has(item));
}

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^[1-9]\d{0,9}$/.test(value)) return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) && number <= 2_147_483_647 ? number : undefined;
}

/**
 * The view a URL asks for. A link from elsewhere may be hand-made: what cannot be understood is
 * left out rather than sent for the server to refuse, and the page says what it searched.
 */
export function viewFromParams(params: URLSearchParams): SearchView {
  const view: SearchView = { ...DEFAULT_SEARCH_VIEW };
  const q = text(params.get('q'));
  const customerNo = text(params.get('customerNo'), 32);
  const maintainerStaffNo = text(params.get('maintainerStaffNo'), 32);
  if (q) view.q = q;
  if (customerNo) view.customerNo = customerNo;
  if (maintainerStaffNo) view.maintainerStaffNo = maintainerStaffNo;
  view.serviceTiers = listOf(params.get('serviceTier'), TIER_CODES);
  view.statuses = listOf(params.get('status'), EVALUATION_STATUSES);
  const orgId = positiveInt(params.get('orgId'));
  if (orgId !== undefined) view.orgId = orgId;
  const tierChange = params.get('tierChange');
  if (tierChange && (TIER_CHANGES as readonly string[]).includes(tierChange)) view.tierChange = tierChange as TierChange;
  const sort = params.get('sort');
  if (sort && (SEARCH_SORTS as readonly string[]).includes(sort)) view.sort = sort as SearchSort;
  if (params.get('order') === 'desc') view.order = 'desc';
  const pageSize = positiveInt(params.get('pageSize'));
  if (pageSize !== undefined && (PAGE_SIZES as readonly number[]).includes(pageSize)) view.pageSize = pageSize;
  const page = positiveInt(params.get('page'));
  if (page !== undefined) view.page = Math.min(page, lastReachablePage(view.pageSize));
  return view;
}

/** The URL query of a view; defaults are left out so that a plain /customers is the default view. */
export function paramsFromView(view: SearchView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  if (view.customerNo) params.set('customerNo', view.customerNo);
  if (view.serviceTiers.length > 0) params.set('serviceTier', view.serviceTiers.join(','));
  if (view.orgId !== undefined) params.set('orgId', String(view.orgId));
  if (view.statuses.length > 0) params.set('status', view.statuses.join(','));
  if (view.tierChange) params.set('tierChange', view.tierChange);
  if (view.maintainerStaffNo) params.set('maintainerStaffNo', view.maintainerStaffNo);
  if (view.sort !== DEFAULT_SEARCH_VIEW.sort) params.set('sort', view.sort);
  if (view.order !== DEFAULT_SEARCH_VIEW.order) params.set('order', view.order);
  if (view.pageSize !== DEFAULT_SEARCH_VIEW.pageSize) params.set('pageSize', String(view.pageSize));
  if (view.page !== 1) params.set('page', String(view.page));
  return params;
}

/** What is searched for, without paging or order: a saved filter's criteria, less its order. */
export type SearchCriteria = Omit<SearchBody, 'page' | 'pageSize' | 'sort' | 'order' | 'phone' | 'idNumber'>;

export function criteriaOf(view: SearchView): SearchCriteria {
  const criteria: SearchCriteria = {};
  if (view.q) criteria.q = view.q;
  if (view.customerNo) criteria.customerNo = view.customerNo;
  if (view.serviceTiers.length > 0) criteria.serviceTier = view.serviceTiers;
  if (view.orgId !== undefined) criteria.orgId = view.orgId;
  if (view.statuses.length > 0) criteria.status = view.statuses;
  if (view.tierChange) criteria.tierChange = view.tierChange;
  if (view.maintainerStaffNo) criteria.maintainerStaffNo = view.maintainerStaffNo;
  return criteria;
}

/** The view of saved criteria, from page 1. An outlet (from the API) is an org whose subtree is itself. */
export function viewOfCriteria(criteria: SearchCriteria & { outletId?: number; sort?: SearchSort; order?: SearchOrder }, pageSize: number): SearchView {
  return {
    ...DEFAULT_SEARCH_VIEW,
    pageSize,
    ...(criteria.q ? { q: criteria.q } : {}),
    ...(criteria.customerNo ? { customerNo: criteria.customerNo } : {}),
    ...(criteria.maintainerStaffNo ? { maintainerStaffNo: criteria.maintainerStaffNo } : {}),
    // In the API's order, as a URL is read: one search, one URL.
    serviceTiers: criteria.serviceTier === undefined ? [] : listOf([criteria.serviceTier].flat().join(','), TIER_CODES),
    statuses: criteria.status === undefined ? [] : listOf([criteria.status].flat().join(','), EVALUATION_STATUSES),
    ...(criteria.orgId !== undefined ? { orgId: criteria.orgId } : criteria.outletId !== undefined ? { orgId: criteria.outletId } : {}),
    ...(criteria.tierChange ? { tierChange: criteria.tierChange } : {}),
    ...(criteria.sort ? { sort: criteria.sort } : {}),
    ...(criteria.order ? { order: criteria.order } : {}),
  };
}

/** Whether two sets of saved criteria search the same (order of keys and lists aside). */
export function sameSearch(a: Parameters<typeof viewOfCriteria>[0], b: Parameters<typeof viewOfCriteria>[0]): boolean {
  const key = (criteria: Parameters<typeof viewOfCriteria>[0]) => paramsFromView(viewOfCriteria(criteria, DEFAULT_SEARCH_VIEW.pageSize)).toString();
  return key(a) === key(b);
}

/**
 * The body of POST /api/customers/search. Blank fields are left out (the server refuses empty
 * strings and unknown keys), text is trimmed; phone and ID number come from the form's state.
 */
export function toSearchBody(view: SearchView, secrets: Secrets = {}): SearchBody {
  const body: SearchBody = { ...criteriaOf(view), page: view.page, pageSize: view.pageSize, sort: view.sort, order: view.order };
  const phone = text(secrets.phone, 32);
  const idNumber = text(secrets.idNumber, 32);
  if (phone) body.phone = phone;
  if (idNumber) body.idNumber = idNumber;
  return body;
}

/** New filters, tiers, order or page size start again at page 1; the rest is kept. */
export function withChange(view: SearchView, change: Partial<SearchView>): SearchView {
  const onlyPage = Object.keys(change).every((key) => key === 'page');
  return { ...view, ...change, page: change.page ?? (onlyPage ? view.page : 1) };
}

/** The last page that may be asked for under the server's paging window. */
export function lastReachablePage(pageSize: number): number {
  return Math.floor(MAX_SEARCH_WINDOW / pageSize);
}
