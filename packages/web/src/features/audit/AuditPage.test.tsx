import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aSession } from '../../test-support/builders.ts';
import { apiError, fakeApi, json } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import type { AuditEvent } from './audit-types.ts';

function anEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: '1001',
    occurredAt: '2026-09-30T02:05:09.000Z',
    actorStaffNo: 'S00009',
    actorRole: 'RELATIONSHIP_MANAGER',
    sourceIp: '10.1.2.3',
    action: 'customer.show-in-full',
    customerIds: ['26'],
    fieldsInFull: ['MOBILE'],
    reason: '客户来电，核实身份信息',
    result: 'ALLOWED',
    details: { view: 'FULL' },
    ...overrides,
  };
}

/** The app on a fake API that also keeps the query string of each trail request. */
function auditPageApi(pages: Response[], role = 'AUDITOR') {
  const api = fakeApi({
    'GET /api/auth/me': aSession(role),
    'GET /api/audit-events': pages,
    'GET /api/audit-events/actions': { actions: ['audit.query', 'customer.file', 'customer.show-in-full'] },
  });
  const queries: URLSearchParams[] = [];
  const fetch = (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/audit-events') queries.push(url.searchParams);
    return api.fetch(request);
  };
  return { api, queries, view: renderApp({ ...api, fetch }, '/audit') };
}

describe('audit trail', () => {
  it('lists the newest events with times in China Standard Time, and shows a whole event in its row', async () => {
    const { queries } = auditPageApi([
      json(200, {
        events: [
          anEvent(),
          anEvent({ id: '1000', occurredAt: '2026-09-29T16:00:00.000Z', actorStaffNo: null, actorRole: null, action: 'job.daily-close', customerIds: [], result: 'ERROR' }),
        ],
        nextCursor: null,
      }),
    ]);
    const table = await screen.findByTestId('audit-events');
    expect(await within(table).findByText('2026/09/30 10:05:09')).toBeTruthy();
    // Midnight in Beijing is the day before in UTC.
    expect(within(table).getByText('2026/09/30 00:00:00')).toBeTruthy();
    expect(within(table).getByText('客户经理')).toBeTruthy();
    expect(within(table).getByText('系统')).toBeTruthy();
    expect(within(table).getByText('出错')).toBeTruthy();
    expect(queries[0]!.toString()).toBe('pageSize=50');
    expect(screen.queryByRole('button', { name: /加载更多/ })).toBeNull();

    const user = userEvent.setup();
    const row = table.querySelector<HTMLElement>('tr[data-row-key="1001"]')!;
    await user.click(within(row).getByRole('button', { name: /展开行|expand/i }));
    const details = await screen.findByTestId('audit-event-1001');
    expect(within(details).getByText('客户来电，核实身份信息')).toBeTruthy();
    expect(within(details).getByText('MOBILE')).toBeTruthy();
    expect(within(details).getByText(/"view": "FULL"/)).toBeTruthy();
  });

  it('sends the filters typed and chosen: staff, customer, action, result and a time range in bank time', async () => {
    const { queries } = auditPageApi([json(200, { events: [anEvent()], nextCursor: null })]);
    await screen.findByText('2026/09/30 10:05:09');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('员工工号'), ' S00009 ');
    await user.type(screen.getByLabelText('客户ID'), '26');
    await user.click(screen.getByRole('combobox', { name: '操作' }));
    await user.click(await screen.findByTitle('customer.show-in-full'));
    await user.click(screen.getByRole('combobox', { name: '结果' }));
    await user.click(await screen.findByTitle('拒绝'));
    fireEvent.change(screen.getByLabelText('开始时间'), { target: { value: '2026-09-30T08:00' } });
    fireEvent.change(screen.getByLabelText('结束时间'), { target: { value: '2026-09-30T18:30:15' } });
    await user.click(screen.getByRole('button', { name: /查\s?询/ }));
    await waitFor(() => expect(queries).toHaveLength(2));
    expect(Object.fromEntries(queries[1]!)).toEqual({
      staffNo: 'S00009',
      customerId: '26',
      action: 'customer.show-in-full',
      result: 'DENIED',
      from: '2026-09-30T08:00:00+08:00',
      to: '2026-09-30T18:30:15+08:00',
      pageSize: '50',
    });

    await user.click(screen.getByRole('button', { name: /重\s?置/ }));
    // Back to the unfiltered trail, whose first page is still in the cache.
    await waitFor(() => expect((screen.getByLabelText('员工工号') as HTMLInputElement).value).toBe(''));
  });

  it('refuses a malformed customer ID before asking the server', async () => {
    const { queries } = auditPageApi([json(200, { events: [], nextCursor: null })]);
    expect(await screen.findByText('没有符合条件的审计记录')).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('客户ID'), 'C26');
    await user.click(screen.getByRole('button', { name: /查\s?询/ }));
    expect(await screen.findByText('客户ID应为正整数')).toBeTruthy();
    expect(queries).toHaveLength(1);
  });

  it('loads more with the cursor of the page before', async () => {
    const { queries } = auditPageApi([
      json(200, { events: [anEvent({ id: '1001' })], nextCursor: '1001' }),
      json(200, { events: [anEvent({ id: '999', action: 'customer.file' })], nextCursor: null }),
    ]);
    await screen.findByText('已显示 1 条');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '加载更多（每次 50 条）' }));
    expect(await screen.findByText('已显示 2 条')).toBeTruthy();
    expect(Object.fromEntries(queries[1]!)).toEqual({ pageSize: '50', cursor: '1001' });
    expect(screen.getByText('customer.file')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /加载更多/ })).toBeNull();
  });

  it('shows the server refusal as an error with a retry', async () => {
    auditPageApi([apiError(400, 'REQUEST_INVALID', '请求参数有误：from 必须早于 to')]);
    expect(await screen.findByText('请求参数有误：from 必须早于 to')).toBeTruthy();
    expect(screen.getByRole('button', { name: /重\s?试/ })).toBeTruthy();
  });

  it('speaks English too', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSession('AUDITOR'),
      'GET /api/audit-events': { events: [anEvent()], nextCursor: null },
      'GET /api/audit-events/actions': { actions: [] },
    });
    renderApp(api, '/audit', 'en');
    expect(await screen.findByText('09/30/2026, 10:05:09')).toBeTruthy();
    expect(screen.getByLabelText('Staff no.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Search' })).toBeTruthy();
  });
});
