import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aSession } from '../../test-support/builders.ts';
import { fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aWeek } from './work-log.test-data.ts';

describe('team week', () => {
  it("sums the week per staff member and links to each one's day", async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('OUTLET_HEAD'), 'GET /api/work-log/week': aWeek() });
    renderApp(api, '/work-log/week?weekOf=2026-11-25');
    const table = await screen.findByRole('table', { name: '每日情况（日志条数 / 联络次数）' });
    const rows = within(table).getAllByRole('row');
    const rm = rows.find((row) => row.textContent?.includes('李瑶玉'))!;
    expect(within(rm).getByRole('link', { name: '李瑶玉（S00009）' }).getAttribute('href')).toBe('/work-log?date=2026-11-23&staffNo=S00009');
    expect(within(rm).getByText('电话 3 · 网点面谈 1')).toBeTruthy();
    expect(within(rm).getAllByRole('link', { name: '3 / 2' })[0]!.getAttribute('href')).toBe('/work-log?date=2026-11-23&staffNo=S00009');
    // The team's totals: customers are counted once over the team, not summed per member.
    const totals = screen.getAllByText('联络客户数').map((label) => label.closest('.ant-statistic')?.textContent).filter(Boolean);
    expect(totals).toEqual(['联络客户数3']);
    const navigation = screen.getByRole('navigation', { name: '主菜单' });
    expect(within(navigation).getByRole('link', { name: '团队周报' })).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '上一周' }));
    await waitFor(() => expect(api.requests.filter((r) => r.path === '/api/work-log/week')).toHaveLength(2));
  });
});
