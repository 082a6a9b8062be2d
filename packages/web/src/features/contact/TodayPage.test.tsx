import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, fakeApi, json } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aContactRecord, aPlanItem, aSessionWith, aToday } from './contact.test-data.ts';

const TODAY = 'GET /api/contact/today';
const RECORDS = 'POST /api/contact/records';

const overdue = aPlanItem({
  id: '100',
  customer: { id: '27', customerNo: 'C000027', name: '王建国', serviceTier: 'PLATINUM' },
  source: 'RULE',
  ruleCode: 'platinum-monthly',
  eventType: null,
  dueOn: '2026-11-20',
  overdue: true,
  priority: 90,
  suggestedChannel: 'OUTLET_VISIT',
  reason: { code: 'RULE_CUSTOMER_CONTACTS', facts: {}, text: '白金客户每月至少电话联系4次或面谈2次：本月电话 1 次、面谈 0 次' },
  talkingPoint: '邀请客户到网点面谈资产配置',
});
const maturity = aPlanItem({ id: '101', suggestedChannel: 'WECHAT' });

describe('today page', () => {
  it('is where "/" leads a relationship manager, the workbench staying in the menu', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER'), [TODAY]: aToday([]) });
    const { router } = renderApp(api, '/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/today'));
    expect(await screen.findByText('今天没有待联络的客户')).toBeTruthy();
    const navigation = screen.getByRole('navigation', { name: '主菜单' });
    expect(within(navigation).getByRole('link', { name: '首页' })).toBeTruthy();
    expect(within(navigation).getByRole('link', { name: '今日联络' })).toBeTruthy();
  });

  it('shows the counts and the items in the order the server ranked them, each with reason, channel and talking point', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER'), [TODAY]: aToday([overdue, maturity], { counts: { overdue: 1, dueToday: 1, doneToday: 3 } }) });
    renderApp(api, '/today');
    const items = await screen.findAllByTestId('today-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('link', { name: '王建国（C000027）' }).getAttribute('href')).toBe('/customers/27');
    expect(within(items[0]!).getByText('逾期：应于 2026/11/20 联络')).toBeTruthy();
    expect(within(items[0]!).getByText('网点面谈')).toBeTruthy();
    expect(within(items[0]!).getByText(/邀请客户到网点面谈资产配置/)).toBeTruthy();
    expect(within(items[1]!).getByTestId('plan-reason').textContent).toBe('定期存款 ¥500,000.00 到期于 2026-12-03，还有 7 天');
    expect(within(items[1]!).getByText('微信')).toBeTruthy();
    expect(within(items[1]!).getByText('2026/11/26 到期')).toBeTruthy();
    const counts = screen.getAllByRole('generic').filter((element) => element.classList.contains('ant-statistic'));
    expect(counts.map((element) => element.textContent)).toEqual(['已逾期1', '今日到期1', '今日已完成3']);
  });

  it('asks the server for one page at a time, the rank counting on across pages', async () => {
    const items = Array.from({ length: 52 }, (_, index) => aPlanItem({ id: String(1000 + index), customer: { id: String(2000 + index), customerNo: `C${2000 + index}`, name: `客户${index + 1}`, serviceTier: 'GOLD' } }));
    // The server pages: each answer carries only the page asked for, and the total over all pages.
    const pageOf = (url: string) => {
      const query = new URL(url).searchParams;
      const [page, pageSize] = [Number(query.get('page')), Number(query.get('pageSize'))];
      return json(200, aToday(items.slice((page - 1) * pageSize, page * pageSize), { total: items.length, page, pageSize }));
    };
    const urls: string[] = [];
    const api = fakeApi({ 'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER'), [TODAY]: () => pageOf(urls.at(-1)!) });
    renderApp({ ...api, fetch: (request: Request) => (urls.push(request.url), api.fetch(request)) }, '/today');
    expect(await screen.findAllByTestId('today-item')).toHaveLength(50);
    expect(urls.some((url) => url.endsWith('/api/contact/today?page=1&pageSize=50'))).toBe(true);
    const user = userEvent.setup();
    await user.click(screen.getByRole('listitem', { name: '2' }));
    await waitFor(() => expect(screen.getAllByTestId('today-item')).toHaveLength(2));
    expect(urls.some((url) => url.endsWith('/api/contact/today?page=2&pageSize=50'))).toBe(true);
    const second = screen.getAllByTestId('today-item');
    expect(within(second[0]!).getByText('51')).toBeTruthy();
    expect(within(second[0]!).getByRole('link', { name: '客户51（C2050）' })).toBeTruthy();
    expect(within(second[1]!).getByText('52')).toBeTruthy();
  });

  it('reads the current page again after a postponement, and steps back when it is left empty', async () => {
    const page2 = aToday([maturity], { total: 51, page: 2, pageSize: 50 });
    const urls: string[] = [];
    const firstPage = aToday(Array.from({ length: 50 }, (_, index) => aPlanItem({ id: String(3000 + index), customer: { id: String(4000 + index), customerNo: `C${4000 + index}`, name: `客户${index + 1}`, serviceTier: 'GOLD' } })), { total: 50 });
    const api = fakeApi({
      'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER'),
      [TODAY]: () => (new URL(urls.at(-1)!).searchParams.get('page') === '2' ? json(200, page2) : json(200, { ...firstPage, total: page2.total })),
      'POST /api/contact/plan-items/101/postpone': json(200, aPlanItem({ dueOn: '2026-11-28', postponedFrom: '2026-11-26', postponeReason: '客户出差' })),
    });
    renderApp({ ...api, fetch: (request: Request) => (urls.push(request.url), api.fetch(request)) }, '/today');
    expect(await screen.findAllByTestId('today-item')).toHaveLength(50);
    const user = userEvent.setup();
    await user.click(screen.getByRole('listitem', { name: '2' }));
    await user.click(await screen.findByRole('button', { name: '推迟 C000026' }));
    const dialog = await screen.findByRole('dialog', { name: '推迟联络：曾婷敏（C000026）' });
    const to = within(dialog).getByLabelText('推迟到');
    await user.clear(to);
    await user.type(to, '2026-11-28');
    await user.type(within(dialog).getByLabelText('推迟原因'), '客户出差');
    // Once postponed, page 2 is empty: the server says 50 items in all.
    page2.items = [];
    page2.total = 50;
    await user.click(within(dialog).getByRole('button', { name: '确认推迟' }));
    await waitFor(() => expect(urls.filter((url) => url.endsWith('page=2&pageSize=50')).length).toBeGreaterThanOrEqual(2));
    await waitFor(() => expect(screen.getAllByTestId('today-item')).toHaveLength(50));
    expect(urls.at(-1)).toMatch(/page=1&pageSize=50$/);
    expect(screen.queryByRole('link', { name: '曾婷敏（C000026）' })).toBeNull();
  });

  it('logs a contact with the suggested channel preselected, and the item leaves the list', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER'),
      [TODAY]: [json(200, aToday([overdue, maturity])), json(200, aToday([overdue], { counts: { overdue: 1, dueToday: 0, doneToday: 1 } }))],
      [RECORDS]: json(201, aContactRecord({ planItemIds: ['101'] })),
    });
    renderApp(api, '/today');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '记录联络 C000026' }));
    const dialog = await screen.findByRole('dialog', { name: '记录联络：曾婷敏（C000026）' });
    expect((within(dialog).getByRole('radio', { name: '微信' }) as HTMLInputElement).checked).toBe(true);
    // A maturity is followed up.
    expect((within(dialog).getByRole('radio', { name: '跟进' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('radio', { name: '已预约' }).closest('label')!);
    await user.type(within(dialog).getByLabelText('时长（分钟）'), '8');
    await user.type(within(dialog).getByLabelText('备注'), '客户同意续存');
    await user.type(within(dialog).getByLabelText('下一步'), '到期日到网点办理');
    await user.click(within(dialog).getByRole('button', { name: '保存记录' }));
    await waitFor(() => expect(api.bodiesOf(RECORDS)).toHaveLength(1));
    const body = api.bodiesOf(RECORDS)[0] as Record<string, unknown>;
    expect(body).toMatchObject({ customerNo: 'C000026', channel: 'WECHAT', purpose: 'FOLLOW_UP', outcome: 'APPOINTMENT', durationMinutes: 8, notes: '客户同意续存', nextStep: '到期日到网点办理', planItemIds: ['101'] });
    expect(Number.isNaN(Date.parse(body.occurredAt as string))).toBe(false);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.getAllByTestId('today-item')).toHaveLength(1));
    expect(screen.queryByRole('link', { name: '曾婷敏（C000026）' })).toBeNull();
    await waitFor(() => expect(api.requests.filter((r) => `${r.method} ${r.path}` === TODAY).length).toBeGreaterThanOrEqual(2));
  });

  it('says at the form when the customer has not consented to marketing, and keeps the item', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER'),
      [TODAY]: aToday([maturity]),
      [RECORDS]: apiError(409, 'CONTACT_CONSENT_REQUIRED', '客户未授权通过微信接收营销信息，不能以“产品营销”为目的联络'),
    });
    renderApp(api, '/today');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '记录联络 C000026' }));
    const dialog = await screen.findByRole('dialog', { name: '记录联络：曾婷敏（C000026）' });
    await user.click(within(dialog).getByRole('radio', { name: '产品营销' }).closest('label')!);
    await user.click(within(dialog).getByRole('button', { name: '保存记录' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('客户未授权通过该渠道接收营销信息');
    expect(alert.textContent).toContain('客户未授权通过微信接收营销信息');
    expect(api.bodiesOf(RECORDS)[0]).toMatchObject({ purpose: 'PRODUCT', channel: 'WECHAT' });
    // The dialog stays open and the item is back in the list.
    expect(screen.getByRole('dialog')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('today-item')).toHaveLength(1));
  });

  it('postpones only with a later day and a reason', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER'),
      [TODAY]: aToday([maturity]),
      'POST /api/contact/plan-items/101/postpone': json(200, aPlanItem({ dueOn: '2026-11-28', postponedFrom: '2026-11-26', postponeReason: '客户出差' })),
    });
    renderApp(api, '/today');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '推迟 C000026' }));
    const dialog = await screen.findByRole('dialog', { name: '推迟联络：曾婷敏（C000026）' });
    const to = within(dialog).getByLabelText('推迟到');
    await user.clear(to);
    await user.type(to, '2026-11-26');
    await user.click(within(dialog).getByRole('button', { name: '确认推迟' }));
    expect(await within(dialog).findByText('推迟日期须晚于今天')).toBeTruthy();
    expect(await within(dialog).findByText('请填写推迟原因')).toBeTruthy();
    expect(api.bodiesOf('POST /api/contact/plan-items/101/postpone')).toEqual([]);
    await user.clear(to);
    await user.type(to, '2026-11-28');
    await user.type(within(dialog).getByLabelText('推迟原因'), '客户出差');
    await user.click(within(dialog).getByRole('button', { name: '确认推迟' }));
    await waitFor(() => expect(api.bodiesOf('POST /api/contact/plan-items/101/postpone')).toEqual([{ to: '2026-11-28', reason: '客户出差' }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it("hands an item to the supporting advisor, and says so when the customer has none", async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER'),
      [TODAY]: aToday([maturity]),
      'POST /api/contact/plan-items/101/reassign': [
        apiError(409, 'CONTACT_NO_SUPPORTING_ADVISOR', '该客户没有辅助维护的理财经理'),
        json(200, aPlanItem({ staff: { staffNo: 'S00012', name: '周雅' } })),
      ],
    });
    renderApp(api, '/today');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '转交助理 C000026' }));
    expect(await screen.findByText('该客户没有辅助维护的理财经理')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '转交助理 C000026' }));
    expect(await screen.findByText('已将 曾婷敏（C000026） 转交 周雅（S00012）')).toBeTruthy();
    expect(api.bodiesOf('POST /api/contact/plan-items/101/reassign')).toEqual([{}, {}]);
  });

  it('lets a head read a staff member’s list, without the buttons that act on it', async () => {
    const urls: string[] = [];
    const api = fakeApi({
      'GET /api/auth/me': aSessionWith('OUTLET_HEAD'),
      [TODAY]: aToday([maturity]),
      'GET /api/allocation/board': { staff: [{ id: 9, staffNo: 'S00009', name: '李瑶玉', role: 'RELATIONSHIP_MANAGER', orgId: 4, total: 0, maintained: [], supported: [], overCapacity: false }] },
    });
    renderApp({ ...api, fetch: (request: Request) => (urls.push(request.url), api.fetch(request)) }, '/today');
    expect(await screen.findByRole('button', { name: '记录联络 C000026' })).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('查看员工'));
    await user.click(await screen.findByTitle('李瑶玉（S00009）· 客户经理'));
    await waitFor(() => expect(urls.some((url) => url.endsWith('/api/contact/today?staffNo=S00009&page=1&pageSize=50'))).toBe(true));
    await waitFor(() => expect(screen.queryByRole('button', { name: '记录联络 C000026' })).toBeNull());
    expect(screen.queryByRole('button', { name: /推迟|转交助理/ })).toBeNull();
    expect(screen.getByTestId('plan-reason')).toBeTruthy();
  });

  it('tells an advisor who handed an item over, and offers no second hand-over', async () => {
    const handed = aPlanItem({ staff: { staffNo: 'S00013', name: '郭平' } });
    const session = aSessionWith('WEALTH_ADVISOR');
    const api = fakeApi({ 'GET /api/auth/me': { ...session, staff: { ...session.staff, staffNo: 'S00013', name: '郭平' } }, [TODAY]: aToday([handed]) });
    renderApp(api, '/');
    expect(await screen.findByText('由 李瑶玉（S00009） 转交')).toBeTruthy();
    expect(screen.getByRole('button', { name: '记录联络 C000026' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '转交助理 C000026' })).toBeNull();
  });

  it('speaks English when asked to', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER'), [TODAY]: aToday([overdue], { counts: { overdue: 1, dueToday: 0, doneToday: 2 } }) });
    renderApp(api, '/today', 'en');
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeTruthy();
    expect(await screen.findByText('Overdue since Nov 20, 2026')).toBeTruthy();
    expect(screen.getByText('Outlet visit')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Log contact C000027' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hand to advisor C000027' })).toBeTruthy();
  });
});
