import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aSearchItem, aSearchPage, aSession } from '../../test-support/builders.ts';
import { apiError, fakeApi, json } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import type { SavedFilter } from './customer-types.ts';

const SEARCH = 'POST /api/customers/search';
// The first render of the whole app with Ant Design is slow on a busy machine: wait longer for it.
const loaded = () => screen.findByText('曾婷敏', {}, { timeout: 15_000 });
const SAVED = 'GET /api/saved-filters';
const ORGS = {
  orgs: [
    { id: 3, code: 'BR1S1', name: '西湖支行', level: 'SUB_BRANCH', parentId: 2 },
    { id: 4, code: 'BR1S1O1', name: '文三路网点', level: 'OUTLET', parentId: 3 },
    { id: 12, code: 'BR1S1O2', name: '黄龙网点', level: 'OUTLET', parentId: 3 },
  ],
};
const WORKBENCH_LINK = '/customers?serviceTier=GOLD,PLATINUM&orgId=12&status=SUBSTANDARD,QUALIFIED_NOT_UPGRADED&tierChange=UP&maintainerStaffNo=S00012&q=曾';

function aSavedFilter(overrides: Partial<SavedFilter> = {}): SavedFilter {
  return {
    id: '7',
    name: '黄龙未达标',
    criteria: { orgId: 12, status: ['SUBSTANDARD'], sort: 'name', order: 'desc' },
    columns: ['customerNo', 'name', 'status'],
    createdAt: '2026-11-20T01:00:00.000Z',
    updatedAt: '2026-11-20T01:00:00.000Z',
    ...overrides,
  };
}

function apiFor(role = 'RELATIONSHIP_MANAGER', saved: SavedFilter[] = []) {
  return fakeApi({ 'GET /api/auth/me': aSession(role), [SEARCH]: aSearchPage([aSearchItem()]), 'GET /api/orgs': ORGS, [SAVED]: { items: saved } });
}

const columnHeaders = () => screen.getAllByRole('columnheader').map((header) => header.textContent?.trim());

describe('customer search: filters in the URL', () => {
  it('opens a workbench link with its filters searched and shown in the form', async () => {
    const api = apiFor();
    renderApp(api, WORKBENCH_LINK);
    await loaded();
    expect(api.bodiesOf(SEARCH)).toEqual([
      {
        q: '曾',
        serviceTier: ['GOLD', 'PLATINUM'],
        orgId: 12,
        status: ['QUALIFIED_NOT_UPGRADED', 'SUBSTANDARD'],
        tierChange: 'UP',
        maintainerStaffNo: 'S00012',
        page: 1,
        pageSize: 20,
        sort: 'customerNo',
        order: 'asc',
      },
    ]);
    const form = screen.getByRole('form', { name: '查询条件' });
    expect((within(form).getByLabelText('姓名/客户号') as HTMLInputElement).value).toBe('曾');
    expect((within(form).getByLabelText('管户人工号') as HTMLInputElement).value).toBe('S00012');
    await waitFor(() => expect(within(form).getByText('黄龙网点', { selector: '.ant-select-selection-item' })).toBeTruthy());
    for (const chosen of ['金卡', '白金', '未达标', '达标未升级', '升级（服务等级高于上月）']) {
      expect(within(form).getAllByText(chosen).length, chosen).toBeGreaterThan(0);
    }
    // Several tiers chosen: no single tier tab is active.
    expect(screen.queryByRole('tab', { selected: true })).toBeNull();
  });

  it('writes the filters to the URL, never the phone or ID number, and follows browser back', async () => {
    const api = apiFor();
    const { router } = renderApp(api, '/customers');
    await loaded();
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: '查询条件' });
    await user.type(within(form).getByLabelText('客户号'), 'C00000026');
    await user.type(within(form).getByLabelText('手机号'), '17337786769');
    await user.type(within(form).getByLabelText('证件号码'), '310113194009050484');
    await user.click(screen.getByRole('button', { name: /查\s?询/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?customerNo=C00000026'));
    await waitFor(() => expect(api.bodiesOf(SEARCH).at(-1)).toMatchObject({ customerNo: 'C00000026', phone: '17337786769', idNumber: '310113194009050484' }));
    // No request went out with the new phone but the old URL, or the reverse.
    expect(api.bodiesOf(SEARCH)).toHaveLength(2);
    expect(router.state.location.search + router.state.location.hash).not.toMatch(/17337786769|310113194009050484/);

    await user.click(screen.getByRole('columnheader', { name: /姓名/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?customerNo=C00000026&sort=name'));

    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe('?customerNo=C00000026'));
    // That page is still fresh in the cache (no second audited read): the table shows its order again.
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /姓名/ }).getAttribute('aria-sort')).toBeNull());
    expect(screen.getByRole('columnheader', { name: /客户号/ }).getAttribute('aria-sort')).toBe('ascending');
    await router.navigate(-1);
    await waitFor(() => expect((within(form).getByLabelText('客户号') as HTMLInputElement).value).toBe(''));
  });

  it('chooses an org from the tree of GET /api/orgs', async () => {
    const api = apiFor('HQ_WEALTH_ADMIN');
    const { router } = renderApp(api, '/customers');
    await loaded();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('机构'));
    await user.click(await screen.findByTitle('黄龙网点'));
    await user.click(screen.getByRole('button', { name: /查\s?询/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?orgId=12'));
    await waitFor(() => expect(api.bodiesOf(SEARCH).at(-1)).toMatchObject({ orgId: 12 }));
  });

  it('still searches when the org list cannot be read, and says so', async () => {
    const api = apiFor();
    api.answer('GET /api/orgs', apiError(500, 'INTERNAL', '服务器内部错误'));
    renderApp(api, '/customers?orgId=12');
    await loaded();
    expect(await screen.findByText('机构列表暂不可用')).toBeTruthy();
    expect(api.bodiesOf(SEARCH)[0]).toMatchObject({ orgId: 12 });
  });
});

describe('customer search: saved filters', () => {
  it('applies a saved filter: its criteria to the URL and the search, its columns to the table', async () => {
    const api = apiFor('RELATIONSHIP_MANAGER', [aSavedFilter()]);
    const { router } = renderApp(api, '/customers?q=王');
    await loaded();
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: '常用筛选' }));
    await user.click(await screen.findByTitle('黄龙未达标'));
    await waitFor(() => expect(router.state.location.search).toBe(`?orgId=12&status=SUBSTANDARD&sort=name&order=desc`));
    expect(screen.getByText('黄龙未达标', { selector: '.ant-select-selection-item' })).toBeTruthy();
    await waitFor(() => expect(api.bodiesOf(SEARCH).at(-1)).toEqual({ orgId: 12, status: ['SUBSTANDARD'], page: 1, pageSize: 20, sort: 'name', order: 'desc' }));
    expect(columnHeaders()).toEqual(['客户号', '姓名', '评定结果', '操作']);
    // Another search is no longer the saved filter: it is deselected.
    await user.click(screen.getByRole('tab', { name: /金卡/ }));
    await waitFor(() => expect(router.state.location.search).toContain('serviceTier=GOLD'));
    expect(screen.queryByText('黄龙未达标', { selector: '.ant-select-selection-item' })).toBeNull();
  });

  it('saves the current search under a name, without the phone, with the columns', async () => {
    const api = apiFor();
    api.answer('POST /api/saved-filters', json(201, aSavedFilter({ id: '8', name: '我的金卡' })));
    renderApp(api, '/customers?serviceTier=GOLD&tierChange=DOWN');
    await loaded();
    const user = userEvent.setup();
    await user.type(within(screen.getByRole('form', { name: '查询条件' })).getByLabelText('手机号'), '17337786769');
    await user.click(screen.getByRole('button', { name: /查\s?询/ }));
    await user.click(screen.getByRole('button', { name: /保存为常用筛选/ }));
    const dialog = await screen.findByRole('dialog', { name: '保存当前筛选条件' });
    expect(within(dialog).getByText(/手机号和证件号码不会保存/)).toBeTruthy();
    await user.type(within(dialog).getByLabelText('名称'), ' 我的金卡 ');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(api.bodiesOf('POST /api/saved-filters')).toHaveLength(1));
    expect(api.bodiesOf('POST /api/saved-filters')[0]).toEqual({
      name: '我的金卡',
      criteria: { serviceTier: ['GOLD'], tierChange: 'DOWN', sort: 'customerNo', order: 'asc' },
      columns: ['customerNo', 'name', 'gender', 'serviceTier', 'qualifiedTier', 'status', 'idNumber', 'mobile', 'homeOutlet', 'maintainer', 'aumMonthAvg'],
    });
    expect(JSON.stringify(api.bodiesOf('POST /api/saved-filters'))).not.toContain('17337786769');
    expect(await screen.findByText('已保存常用筛选“我的金卡”')).toBeTruthy();
  });

  it("shows the server's refusal of a name already used", async () => {
    const api = apiFor();
    api.answer('POST /api/saved-filters', apiError(409, 'SAVED_FILTER_NAME_TAKEN', '您已有同名的常用筛选“我的金卡”，请换一个名称'));
    renderApp(api, '/customers');
    await loaded();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /保存为常用筛选/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('名称'), '我的金卡');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('您已有同名的常用筛选');
  });

  it('deletes the chosen saved filter after a confirmation', async () => {
    const api = apiFor('RELATIONSHIP_MANAGER', [aSavedFilter()]);
    api.answer('DELETE /api/saved-filters/7', new Response(null, { status: 204 }));
    renderApp(api, '/customers');
    await loaded();
    const user = userEvent.setup();
    expect(screen.queryByRole('button', { name: /删除常用筛选/ })).toBeNull();
    await user.click(screen.getByRole('combobox', { name: '常用筛选' }));
    await user.click(await screen.findByTitle('黄龙未达标'));
    await user.click(await screen.findByRole('button', { name: /删除常用筛选 黄龙未达标/ }));
    await user.click(await screen.findByRole('button', { name: /是/ }));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'DELETE' && r.path === '/api/saved-filters/7')).toBe(true));
  });
});

describe('customer search: columns', () => {
  it('hides and shows columns from the chooser, remembered per staff member', async () => {
    const api = apiFor();
    const first = renderApp(api, '/customers');
    await loaded();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /列设置/ }));
    const chooser = await screen.findByRole('group', { name: '列设置' });
    expect((within(chooser).getByRole('checkbox', { name: '姓名' }) as HTMLInputElement).disabled).toBe(true);
    await user.click(within(chooser).getByRole('checkbox', { name: '手机号' }));
    await user.click(within(chooser).getByRole('checkbox', { name: '证件号码' }));
    await waitFor(() => expect(columnHeaders()).not.toContain('手机号'));
    expect(columnHeaders()).not.toContain('证件号码');
    expect(JSON.parse(localStorage.getItem('guibin.customers.columns.S00009')!)).not.toContain('mobile');
    first.unmount();

    renderApp(apiFor(), '/customers');
    await loaded();
    expect(columnHeaders()).not.toContain('手机号');
    expect(columnHeaders()).toContain('客户号');
  });

  it('offers "show in full" per row only with the permission', async () => {
    const api = apiFor();
    api.answer('POST /api/customers/26/show-in-full', { customerId: '26', mobile: '17337786769' });
    renderApp(api, '/customers');
    await loaded();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '显示完整信息 曾婷敏' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox', { name: '手机号' }));
    await user.type(within(dialog).getByRole('textbox'), '客户来电核实身份');
    await user.click(within(dialog).getByRole('button', { name: /查\s?看/ }));
    expect(await within(dialog).findByText('17337786769')).toBeTruthy();
    expect(api.bodiesOf('POST /api/customers/26/show-in-full')).toEqual([{ fields: ['MOBILE'], reason: '客户来电核实身份' }]);

    const withoutPermission = apiFor('BRANCH_ADMIN');
    renderApp(withoutPermission, '/customers');
    await waitFor(() => expect(screen.getAllByText('曾婷敏')).toHaveLength(2));
    expect(screen.getAllByRole('button', { name: '显示完整信息 曾婷敏' })).toHaveLength(1);
  });
});
