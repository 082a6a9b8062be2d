import { describe, expect, it } from 'vitest';
import {
  criteriaOf,
  DEFAULT_SEARCH_VIEW,
  lastReachablePage,
  paramsFromView,
  sameSearch,
  toSearchBody,
  viewFromParams,
  viewOfCriteria,
  withChange,
  type SearchView,
} from './search-request.ts';

const WORKBENCH_LINK = 'serviceTier=GOLD,PLATINUM&orgId=12&status=SUBSTANDARD,QUALIFIED_NOT_UPGRADED&tierChange=DOWN&maintainerStaffNo=S00012&q=王';

describe('URL ↔ search view', () => {
  it('reads a workbench link into the view, and the view into the body', () => {
    const view = viewFromParams(new URLSearchParams(WORKBENCH_LINK));
    expect(view).toEqual({
      ...DEFAULT_SEARCH_VIEW,
      serviceTiers: ['GOLD', 'PLATINUM'],
      orgId: 12,
      statuses: ['QUALIFIED_NOT_UPGRADED', 'SUBSTANDARD'],
      tierChange: 'DOWN',
      maintainerStaffNo: 'S00012',
      q: '王',
    });
    expect(toSearchBody(view)).toEqual({
      serviceTier: ['GOLD', 'PLATINUM'],
      orgId: 12,
      status: ['QUALIFIED_NOT_UPGRADED', 'SUBSTANDARD'],
      tierChange: 'DOWN',
      maintainerStaffNo: 'S00012',
      q: '王',
      page: 1,
      pageSize: 20,
      sort: 'customerNo',
      order: 'asc',
    });
  });

  it('writes a view back to the same query, leaving defaults out', () => {
    const view = viewFromParams(new URLSearchParams(WORKBENCH_LINK));
    expect(viewFromParams(paramsFromView(view))).toEqual(view);
    expect(paramsFromView(DEFAULT_SEARCH_VIEW).toString()).toBe('');
    const paged: SearchView = { ...DEFAULT_SEARCH_VIEW, page: 3, pageSize: 50, sort: 'aum', order: 'desc', customerNo: 'C1' };
    expect(Object.fromEntries(paramsFromView(paged))).toEqual({ customerNo: 'C1', page: '3', pageSize: '50', sort: 'aum', order: 'desc' });
    expect(viewFromParams(paramsFromView(paged))).toEqual(paged);
  });

  it('drops what a hand-made link gets wrong instead of sending it', () => {
    const view = viewFromParams(new URLSearchParams('serviceTier=SILVER,GOLD&orgId=abc&status=&tierChange=SIDEWAYS&sort=phone&pageSize=7&page=0&q=%20%20'));
    expect(view).toEqual({ ...DEFAULT_SEARCH_VIEW, serviceTiers: ['GOLD'] });
    expect(viewFromParams(new URLSearchParams('page=999999&pageSize=100')).page).toBe(100);
  });

  it('never reads a phone or ID number from the URL, nor writes one to it', () => {
    const view = viewFromParams(new URLSearchParams('phone=13800000000&idNumber=310113194009050484'));
    expect(view).toEqual(DEFAULT_SEARCH_VIEW);
    const body = toSearchBody(view, { phone: ' 138 0000 0000 ', idNumber: '310113194009050484' });
    expect(body).toMatchObject({ phone: '138 0000 0000', idNumber: '310113194009050484' });
    expect(paramsFromView(view).toString()).toBe('');
  });
});

describe('saved criteria ↔ view', () => {
  it('saves what is searched without paging, phone or ID number, and applies it from page 1', () => {
    const view = { ...viewFromParams(new URLSearchParams(WORKBENCH_LINK)), page: 4 };
    const criteria = criteriaOf(view);
    expect(criteria).not.toHaveProperty('page');
    expect(viewOfCriteria({ ...criteria, sort: 'name', order: 'desc' }, 50)).toEqual({ ...view, page: 1, pageSize: 50, sort: 'name', order: 'desc' });
    expect(viewOfCriteria({ outletId: 7, serviceTier: 'GOLD', status: 'UPGRADED' }, 20)).toMatchObject({ orgId: 7, serviceTiers: ['GOLD'], statuses: ['UPGRADED'] });
  });
});

describe('sameSearch', () => {
  it('compares what is searched, whatever the order of keys and lists, defaults included', () => {
    expect(sameSearch({ serviceTier: ['PLATINUM', 'GOLD'], orgId: 3 }, { orgId: 3, serviceTier: ['GOLD', 'PLATINUM'], sort: 'customerNo', order: 'asc' })).toBe(true);
    expect(sameSearch({ serviceTier: 'GOLD' }, { serviceTier: ['GOLD'] })).toBe(true);
    expect(sameSearch({ orgId: 3 }, { orgId: 3, tierChange: 'UP' })).toBe(false);
    expect(sameSearch({ orgId: 3 }, { orgId: 3, order: 'desc' })).toBe(false);
  });
});

describe('paging', () => {
  it('goes back to page 1 when what is searched changes, not when only the page does', () => {
    const onPage4 = { ...DEFAULT_SEARCH_VIEW, page: 4 };
    expect(withChange(onPage4, { serviceTiers: ['GOLD'] }).page).toBe(1);
    expect(withChange(onPage4, { orgId: 3 }).page).toBe(1);
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
