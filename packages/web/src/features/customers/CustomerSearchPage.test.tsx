import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aLimitedSearchPage, aSearchItem, aSearchPage, aSession } from '../../test-support/builders.ts';
import { apiError, fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';

const SEARCH = 'POST /api/customers/search';
// The first render of the whole app with Ant Design is slow on a busy machine: wait longer for it.
const loaded = () => screen.findByText('曾婷敏', {}, { timeout: 15_000 });

const ORGS = {
  orgs: [
    { id: 2, code: 'BR1', name: '杭州分行', level: 'BRANCH', parentId: 1 },
    { id: 3, code: 'BR1S1', name: '西湖支行', level: 'SUB_BRANCH', parentId: 2 },
    { id: 4, code: 'BR1S1O1', name: '文三路网点', level: 'OUTLET', parentId: 3 },
    { id: 12, code: 'BR1S1O2', name: '黄龙网点', level: 'OUTLET', parentId: 3 },
  ],
};

function searchPageFor(role: string, page = aSearchPage()) {
  return fakeApi({ 'GET /api/auth/me': aSession(role), [SEARCH]: page, 'GET /api/orgs': ORGS, 'GET /api/saved-filters': { items: [] } });
}

describe('customer search: the form and the table become the request body', () => {
  it('searches once on opening, then with the filters typed, trimmed, with the CSRF token', async () => {
    const api = searchPageFor('RELATIONSHIP_MANAGER');
    renderApp(api, '/customers');
    await loaded();
    expect(api.bodiesOf(SEARCH)).toEqual([{ page: 1, pageSize: 20, sort: 'customerNo', order: 'asc' }]);

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('姓名/客户号'), ' 曾婷 ');
    await user.type(screen.getByLabelText('手机号'), '173 3778 6769');
    await user.type(screen.getByLabelText('证件号码'), '310113194009050484');
    await user.type(screen.getByLabelText('管户人工号'), 'S00009');
    await user.click(screen.getByRole('button', { name: /查\s?询/ }));
    await waitFor(() => expect(api.bodiesOf(SEARCH)).toHaveLength(2));
    expect(api.bodiesOf(SEARCH)[1]).toEqual({
      q: '曾婷',
      phone: '173 3778 6769',
      idNumber: '310113194009050484',
      maintainerStaffNo: 'S00009',
      page: 1,
      pageSize: 20,
      sort: 'customerNo',
      order: 'asc',
    });
    const last = api.requests.filter((r) => r.path === '/api/customers/search').at(-1)!;
    expect(last.headers.get('x-csrf-token')).toBe('csrf-token-1');
  });

  it('turns the tier tab, the outlet link and a column sort into filters and order', async () => {
    const api = searchPageFor('RELATIONSHIP_MANAGER', aSearchPage([aSearchItem()], { countsByTier: { STANDARD: 2, GOLD: 11, PLATINUM: 3, DIAMOND: 0, PRIVATE: 0 }, total: 16 }));
    const { router } = renderApp(api, '/customers');
    await loaded();
    // The counts by tier label the tabs; "all" counts every tier.
    expect(screen.getByRole('tab', { name: '全部 16' })).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: '金卡 11' }));
    await waitFor(() => expect(api.bodiesOf(SEARCH).at(-1)).toMatchObject({ serviceTier: ['GOLD'], page: 1 }));

    await user.click(screen.getByRole('button', { name: '文三路网点' }));
    await waitFor(() => expect(api.bodiesOf(SEARCH).at(-1)).toMatchObject({ serviceTier: ['GOLD'], orgId: 4 }));
    // The org filter shows the outlet chosen, by name (GET /api/orgs).
    await waitFor(() => expect(screen.getByText('文三路网点', { selector: '.ant-select-selection-item' })).toBeTruthy());

    await user.click(screen.getByRole('columnheader', { name: /月日均金融资产/ }));
    await waitFor(() => expect(api.bodiesOf(SEARCH).at(-1)).toMatchObject({ sort: 'aum', order: 'asc' }));
    await user.click(screen.getByRole('columnheader', { name: /月日均金融资产/ }));
    await waitFor(() => expect(api.bodiesOf(SEARCH).at(-1)).toMatchObject({ sort: 'aum', order: 'desc' }));

    await user.click(screen.getByRole('button', { name: /重\s?置/ }));
    // Back to the default search, whose page is still fresh in the cache (no second audited read).
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(api.bodiesOf(SEARCH).filter((body) => JSON.stringify(body) === JSON.stringify({ page: 1, pageSize: 20, sort: 'customerNo', order: 'asc' }))).toHaveLength(1);
    expect(screen.getByRole('tab', { name: '全部 16', selected: true })).toBeTruthy();
  });

  it('shows the masked fields as sent, money as ¥, and opens the 360 from a row', async () => {
    const api = searchPageFor('RELATIONSHIP_MANAGER', aSearchPage([aSearchItem({ aumMonthAvg: '1234567.89' })]));
    const { router } = renderApp(api, '/customers');
    const row = (await loaded()).closest('tr')!;
    expect(within(row).getByText('310113********0484')).toBeTruthy();
    expect(within(row).getByText('173****6769')).toBeTruthy();
    expect(within(row).getByText('¥1,234,567.89')).toBeTruthy();
    await userEvent.setup().click(within(row).getByRole('link', { name: '曾婷敏' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/customers/26'));
  });

  it('gives lobby and counter staff the limited view: no sensitive columns, no AUM, no 360', async () => {
    const api = searchPageFor('TELLER', aLimitedSearchPage());
    renderApp(api, '/customers');
    await loaded();
    expect(screen.getByText('您的角色仅可查看客户的基本信息。')).toBeTruthy();
    for (const header of ['证件号码', '手机号', '月日均金融资产', '资产达标等级']) {
      expect(screen.queryByRole('columnheader', { name: header })).toBeNull();
    }
    expect(screen.queryByRole('link', { name: '曾婷敏' })).toBeNull();
  });

  it("shows the server's refusal and an empty table, with a retry", async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSession('HQ_WEALTH_ADMIN'),
      [SEARCH]: apiError(400, 'SEARCH_TOO_BROAD', '匹配的客户太多，无法按该列排序（上限 5000 位），请先增加筛选条件'),
    });
    renderApp(api, '/customers');
    expect((await screen.findByRole('alert')).textContent).toContain('匹配的客户太多');
    expect(screen.getByRole('button', { name: /重\s?试/ })).toBeTruthy();
    expect(screen.getByText('没有符合条件的客户')).toBeTruthy();
  });

  it('says when a count is only a lower bound', async () => {
    const api = searchPageFor('HQ_WEALTH_ADMIN', aSearchPage([aSearchItem()], { total: 1000, totalExact: false, countsByTier: null, notEvaluated: null }));
    renderApp(api, '/customers');
    expect(await screen.findByText('超过 1,000 位客户，请缩小查询范围')).toBeTruthy();
    expect(screen.getByRole('tab', { name: '全部' })).toBeTruthy();
  });
});
