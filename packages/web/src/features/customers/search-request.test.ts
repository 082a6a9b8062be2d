import { describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH_VIEW, lastReachablePage, toSearchBody, withChange } from './search-request.ts';

describe('search view → request body', () => {
  it('sends paging and order even with no filter', () => {
    expect(toSearchBody(DEFAULT_SEARCH_VIEW)).toEqual({ page: 1, pageSize: 20, sort: 'customerNo', order: 'asc' });
  });

  it('trims text, leaves blanks out, and maps the tier tab and the outlet', () => {
    const body = toSearchBody({
      ...DEFAULT_SEARCH_VIEW,
      filters: { q: '  王小 ', phone: ' 139 0000 1111 ', idNumber: '', maintainerStaffNo: '   ', outlet: { id: 7, code: 'OUT1', name: '科技园支行' } },
      tier: 'PRIVATE',
      page: 3,
      pageSize: 50,
      sort: 'aum',
      order: 'desc',
    });
    expect(body).toEqual({ q: '王小', phone: '139 0000 1111', outletId: 7, serviceTier: 'PRIVATE', page: 3, pageSize: 50, sort: 'aum', order: 'desc' });
  });

  it('goes back to page 1 when what is searched changes, not when only the page does', () => {
    const onPage4 = { ...DEFAULT_SEARCH_VIEW, page: 4 };
    expect(withChange(onPage4, { tier: 'GOLD' }).page).toBe(1);
    expect(withChange(onPage4, { filters: { q: '李' } }).page).toBe(1);
    expect(withChange(onPage4, { sort: 'name' }).page).toBe(1);
    expect(withChange(onPage4, { pageSize: 50 }).page).toBe(1);
    expect(withChange(onPage4, { page: 5 }).page).toBe(5);
  });

  it('knows the deepest page the server serves', () => {
    expect(lastReachablePage(20)).toBe(500);
    expect(lastReachablePage(100)).toBe(100);
    expect(lastReachablePage(30)).toBe(333);
  });
});
