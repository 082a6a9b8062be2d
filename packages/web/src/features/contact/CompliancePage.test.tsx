import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aCompliance, aSessionWith } from './contact.test-data.ts';
import { formatRate } from './CompliancePage.tsx';

const COMPLIANCE = 'GET /api/contact/compliance';
const ORGS = { orgs: [{ id: 4, code: 'BR1S1O1', name: '文三路网点', level: 'OUTLET', parentId: 3 }] };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-26T02:00:00Z'));
});
afterEach(() => vi.useRealTimers());

function queriesOf(urls: string[]) {
  return urls.filter((url) => url.includes('/api/contact/compliance?')).map((url) => Object.fromEntries(new URL(url).searchParams));
}

describe('compliance dashboard', () => {
  it('shows met, due, overdue and the rate by rule, staff and org, and the overdue customers', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSessionWith('OUTLET_HEAD'), [COMPLIANCE]: aCompliance(), 'GET /api/orgs': ORGS });
    renderApp(api, '/contact/compliance');
    const byRule = await screen.findByRole('table', { name: '按制度' });
    const diamond = (await within(byRule).findByText('diamond-monthly')).closest('tr')!;
    expect([...diamond.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['diamond-monthly钻石客户每月至少电话联系2次或面谈1次', '3', '1', '1', '0', '60.0%']);
    const byStaff = screen.getByRole('table', { name: '按员工' });
    expect(within(byStaff).getByText('李瑶玉（S00009） · 文三路网点').closest('tr')!.textContent).toContain('79.6%');
    expect(within(screen.getByRole('table', { name: '按机构' })).getByText('文三路网点（BR1S1O1）')).toBeTruthy();
    const overdue = screen.getByRole('table', { name: '逾期客户' });
    const row = within(overdue).getByRole('link', { name: '曾婷敏（C000026）' });
    expect(row.getAttribute('href')).toBe('/customers/26');
    const cells = [...row.closest('tr')!.querySelectorAll('td')].map((cell) => cell.textContent);
    expect(cells).toEqual(['曾婷敏（C000026）', '钻石', 'diamond-monthly', '李瑶玉（S00009）', '2026/11/30', '本月电话 1 次、面谈 0 次，未达到每月电话 2 次或面谈 1 次']);
    expect(screen.getByTestId('compliance-period').textContent).toBe('2026/11/01 至 2026/11/30 · 联系制度第 1 版 · 客户等级依据 2026年9月 评定');
  });

  it('asks for the period, day and org chosen', async () => {
    const urls: string[] = [];
    const api = fakeApi({ 'GET /api/auth/me': aSessionWith('OUTLET_HEAD'), [COMPLIANCE]: aCompliance(), 'GET /api/orgs': ORGS });
    renderApp({ ...api, fetch: (request: Request) => (urls.push(request.url), api.fetch(request)) }, '/contact/compliance');
    await screen.findByRole('table', { name: '按制度' });
    expect(queriesOf(urls)[0]).toEqual({ period: 'MONTH', date: '2026-11-26' });
    const user = userEvent.setup();
    await user.click(screen.getByText('季度'));
    await waitFor(() => expect(queriesOf(urls).at(-1)).toEqual({ period: 'QUARTER', date: '2026-11-26' }));
    const date = screen.getByLabelText('日期');
    await user.clear(date);
    await user.type(date, '2026-09-30');
    await waitFor(() => expect(queriesOf(urls).at(-1)).toEqual({ period: 'QUARTER', date: '2026-09-30' }));
    await user.click(screen.getByLabelText('机构'));
    await user.click(await screen.findByTitle('文三路网点（BR1S1O1）'));
    await waitFor(() => expect(queriesOf(urls).at(-1)).toEqual({ period: 'QUARTER', date: '2026-09-30', orgId: '4' }));
  });

  it('gives a relationship manager no org filter', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER'), [COMPLIANCE]: aCompliance({ overdueCustomers: [] }) });
    renderApp(api, '/contact/compliance');
    expect(await screen.findByText('本期没有逾期客户')).toBeTruthy();
    expect(screen.queryByLabelText('机构')).toBeNull();
  });

  it('shows rates as percentages', () => {
    expect(formatRate(0.6)).toBe('60.0%');
    expect(formatRate(0.7963)).toBe('79.6%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(null)).toBe('—');
  });
});
