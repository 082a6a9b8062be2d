import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, json } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aSessionWith } from './contact.test-data.ts';
import { parseCustomerNos } from './ContactEventsPage.tsx';

const CREATE = 'POST /api/contact/external-events';
const LIST = 'GET /api/contact/external-events';
const RUNS = 'GET /api/contact/detection-runs';

const anEvent = { id: '9', title: '理财产品收益率调整', description: '11月起部分理财产品业绩比较基准下调', eventDate: '2026-12-01', customers: 2, org: { code: 'HQ', name: '总行' }, createdBy: { staffNo: 'S00002', name: '总行管理员' }, createdAt: '2026-11-25T02:00:00.000Z' };
const aRun = {
  id: '3',
  businessDate: '2026-11-26',
  status: 'SUCCEEDED',
  counts: { events: { BIRTHDAY: 23, MATURITY: 32, EXTERNAL: 0 }, plans: { created: 95, closed: 4, cancelled: 0 }, customers: 1222, totalEvents: 55, timingsMs: { total: 4476 } },
  startedAt: '2026-11-25T18:00:00.000Z', finishedAt: '2026-11-25T18:00:40.000Z', error: null };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-26T02:00:00Z'));
});
afterEach(() => vi.useRealTimers());

async function fillEvent(user: ReturnType<typeof userEvent.setup>, numbers: string) {
  await user.type(screen.getByLabelText('事件标题'), '理财产品收益率调整');
  await user.type(screen.getByLabelText('事件说明'), '11月起部分理财产品业绩比较基准下调');
  await user.type(screen.getByLabelText('客户号'), numbers);
}

describe('contact events page', () => {
  it('reads customer numbers one a line, each once', () => {
    expect(parseCustomerNos('C000026\n C000027 \n\nC000026\r\nC000028,C000029')).toEqual(['C000026', 'C000027', 'C000028', 'C000029']);
  });

  it('creates an external event for pasted customer numbers and says for how many', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSessionWith('HQ_WEALTH_ADMIN'), [LIST]: { items: [anEvent] }, [RUNS]: { items: [aRun] }, [CREATE]: json(201, { id: '10', customers: 2 }) });
    renderApp(api, '/contact/events');
    const user = userEvent.setup();
    expect(await within(await screen.findByRole('table', { name: '外部事件' })).findByText('理财产品收益率调整')).toBeTruthy();
    await fillEvent(user, 'C000026\nC000027\n');
    await user.click(screen.getByRole('button', { name: '创建事件' }));
    expect(await screen.findByText('已为 2 位客户创建联络事件')).toBeTruthy();
    expect(api.bodiesOf(CREATE)).toEqual([{ title: '理财产品收益率调整', description: '11月起部分理财产品业绩比较基准下调', eventDate: '2026-11-26', customerNos: ['C000026', 'C000027'] }]);
  });

  it('lists the numbers the server refused', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSessionWith('BRANCH_ADMIN'),
      [LIST]: { items: [] },
      [CREATE]: apiError(422, 'CONTACT_EXTERNAL_CUSTOMERS_NOT_FOUND', '部分客户号不存在或不在您的管辖范围内', { customerNos: ['C999999', 'C000500'], count: 2 }),
    });
    renderApp(api, '/contact/events');
    const user = userEvent.setup();
    await screen.findByText('还没有外部事件');
    await user.click(screen.getByRole('button', { name: '创建事件' }));
    expect(await screen.findByText('请至少填写一个客户号')).toBeTruthy();
    expect(api.bodiesOf(CREATE)).toEqual([]);
    await fillEvent(user, 'C000026\nC999999\nC000500');
    await user.click(screen.getByRole('button', { name: '创建事件' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('部分客户号不存在或不在您的管辖范围内');
    expect(within(screen.getByTestId('refused-numbers')).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['C999999', 'C000500']);
    // A branch administrator does not see the detection runs (head office's).
    expect(screen.queryByRole('button', { name: '立即运行' })).toBeNull();
    expect(api.requests.some((r) => r.path === '/api/contact/detection-runs')).toBe(false);
  });

  it('lists detection runs and starts one for a chosen day', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSessionWith('HQ_WEALTH_ADMIN'),
      [LIST]: { items: [] },
      [RUNS]: { items: [aRun] },
      'POST /api/contact/detection-runs': json(202, { id: '4' }),
    });
    renderApp(api, '/contact/events');
    const runs = await screen.findByRole('table', { name: '事件识别运行记录' });
    expect(await within(runs).findByText('成功')).toBeTruthy();
    expect(within(runs).getByText('识别事件 55')).toBeTruthy();
    expect(within(runs).getByText('新建计划 95')).toBeTruthy();
    expect(within(runs).getByText('用时 4.5 秒')).toBeTruthy();
    expect(within(runs).getByText('生日 23 · 到期提示 32')).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('识别日期（默认今天）'), '2026-11-20');
    await user.click(screen.getByRole('button', { name: '立即运行' }));
    await waitFor(() => expect(api.bodiesOf('POST /api/contact/detection-runs')).toEqual([{ date: '2026-11-20' }]));
    expect(await screen.findByText('已开始运行，完成后列表自动更新')).toBeTruthy();
  });
});
