import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aPlanItem, aSessionWith } from './contact.test-data.ts';

const PLAN = 'GET /api/contact/plan';
const BOARD = { staff: [{ id: 9, staffNo: 'S00009', name: '李瑶玉', role: 'RELATIONSHIP_MANAGER', orgId: 4, total: 0, maintained: [], supported: [], overCapacity: false }] };
const ORGS = { orgs: [{ id: 4, code: 'BR1S1O1', name: '文三路网点', level: 'OUTLET', parentId: 3 }] };

const items = [
  aPlanItem({ id: '100', dueOn: '2026-11-24', overdue: true, customer: { id: '27', customerNo: 'C000027', name: '王建国', serviceTier: 'PLATINUM' }, reason: { code: 'R', facts: {}, text: '白金客户每月至少电话联系4次或面谈2次' } }),
  aPlanItem({ id: '101', dueOn: '2026-11-27' }),
];

/** Thursday 26 November 2026 in the bank's time zone; only the clock is faked, not the timers. */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-26T02:00:00Z'));
});
afterEach(() => vi.useRealTimers());

function queriesOf(urls: string[]) {
  return urls.filter((url) => url.includes('/api/contact/plan?')).map((url) => Object.fromEntries(new URL(url).searchParams));
}

describe('plan calendar', () => {
  it('puts the items of the week on their days, the overdue ones marked, and moves to the month', async () => {
    const urls: string[] = [];
    const api = fakeApi({ 'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER'), [PLAN]: { items } });
    renderApp({ ...api, fetch: (request: Request) => (urls.push(request.url), api.fetch(request)) }, '/contact/plan');
    const tuesday = await screen.findByRole('gridcell', { name: '2026/11/24' });
    expect(await within(tuesday).findByRole('link', { name: '王建国' })).toBeTruthy();
    expect(within(tuesday).getByText('逾期')).toBeTruthy();
    expect(within(tuesday).getByText('白金客户每月至少电话联系4次或面谈2次')).toBeTruthy();
    const friday = screen.getByRole('gridcell', { name: '2026/11/27' });
    expect(within(friday).getByRole('link', { name: '曾婷敏' }).getAttribute('href')).toBe('/customers/26');
    expect(within(friday).queryByText('逾期')).toBeNull();
    expect(screen.getByTestId('plan-overdue').textContent).toBe('逾期 1 项');
    expect(screen.getAllByRole('gridcell')).toHaveLength(7);
    expect(queriesOf(urls)[0]).toEqual({ from: '2026-11-23', to: '2026-11-29' });

    const user = userEvent.setup();
    await user.click(screen.getByText('只看逾期'));
    await waitFor(() => expect(screen.queryByRole('link', { name: '曾婷敏' })).toBeNull());
    expect(screen.getByRole('link', { name: '王建国' })).toBeTruthy();

    await user.click(screen.getByText('月'));
    await waitFor(() => expect(screen.getAllByRole('gridcell')).toHaveLength(42));
    await waitFor(() => expect(queriesOf(urls).at(-1)).toEqual({ from: '2026-10-26', to: '2026-12-06' }));
    await user.click(screen.getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(queriesOf(urls).at(-1)).toEqual({ from: '2026-11-30', to: '2027-01-03' }));
  });

  it('offers heads the org and a staff member of it, and asks for what they chose', async () => {
    const urls: string[] = [];
    const api = fakeApi({ 'GET /api/auth/me': aSessionWith('OUTLET_HEAD'), [PLAN]: { items }, 'GET /api/orgs': ORGS, 'GET /api/allocation/board': BOARD });
    renderApp({ ...api, fetch: (request: Request) => (urls.push(request.url), api.fetch(request)) }, '/contact/plan');
    await screen.findAllByRole('link', { name: '王建国' });
    // A head sees whose item it is.
    expect(screen.getAllByText('李瑶玉（S00009）').length).toBeGreaterThan(0);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('机构'));
    await user.click(await screen.findByTitle('文三路网点（BR1S1O1）'));
    await waitFor(() => expect(queriesOf(urls).at(-1)).toEqual({ from: '2026-11-23', to: '2026-11-29', orgId: '4' }));
    await user.click(screen.getByLabelText('查看员工'));
    await user.click(await screen.findByTitle('李瑶玉（S00009）· 客户经理'));
    await waitFor(() => expect(queriesOf(urls).at(-1)).toEqual({ from: '2026-11-23', to: '2026-11-29', staffNo: 'S00009' }));
  });

  it('shows a few items a day in the month, overdue first, and the rest when asked', async () => {
    const many = Array.from({ length: 5 }, (_, index) =>
      aPlanItem({ id: String(200 + index), dueOn: '2026-11-30', priority: 100 - index, overdue: index === 4, customer: { id: String(30 + index), customerNo: `C0000${30 + index}`, name: `客户${index}`, serviceTier: 'GOLD' } }),
    );
    const api = fakeApi({ 'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER'), [PLAN]: { items: many } });
    renderApp(api, '/contact/plan');
    const user = userEvent.setup();
    await user.click(await screen.findByText('月'));
    const monday = await screen.findByRole('gridcell', { name: '2026/11/30' });
    await waitFor(() => expect(within(monday).getAllByRole('link').map((link) => link.textContent)).toEqual(['客户4', '客户0', '客户1']));
    await user.click(within(monday).getByRole('button', { name: '另有 2 项' }));
    expect(within(monday).getAllByRole('link')).toHaveLength(5);
  });

  it('gives a relationship manager no org or staff choice', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER'), [PLAN]: { items: [] } });
    renderApp(api, '/contact/plan');
    expect(await screen.findByText('这段时间没有联络计划')).toBeTruthy();
    expect(screen.queryByLabelText('机构')).toBeNull();
    expect(screen.queryByLabelText('查看员工')).toBeNull();
  });
});
