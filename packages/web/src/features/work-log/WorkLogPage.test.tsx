import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aSession } from '../../test-support/builders.ts';
import { apiError, fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aWorkLogDay } from './work-log.test-data.ts';

const DAY = 'GET /api/work-log';
const SAVE = 'PUT /api/work-log/2026-11-25';

describe('work log', () => {
  it("shows the day's contacts and saves the sections, one entry per line", async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'),
      [DAY]: aWorkLogDay({ entries: [{ section: 'MORNING_MEETING', text: '本周重点：到期客户' }] }),
      [SAVE]: aWorkLogDay({ saved: true, updatedAt: '2026-11-25T10:00:00.000Z' }),
    });
    renderApp(api, '/work-log?date=2026-11-25');
    const visits = await screen.findByRole('table', { name: '当日客户联络（来自联络记录）' });
    expect(within(visits).getByRole('link', { name: '曾婷敏（C000026）' })).toBeTruthy();
    expect(within(visits).getByText('网点面谈')).toBeTruthy();
    expect(within(visits).getByText('客户考虑续存三年期 → 到期前再确认')).toBeTruthy();
    expect(within(visits).getByRole('link', { name: '写沟通报告' }).getAttribute('href')).toBe('/contact-reports/new?customerId=26&contactRecordId=501');
    expect((screen.getByLabelText('晨会记录') as HTMLTextAreaElement).value).toBe('本周重点：到期客户');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('晨会记录'), '{Enter}{Enter}李行长：月底冲刺');
    await user.type(screen.getByLabelText('销售情况'), '售出稳健理财 50 万');
    await user.click(screen.getByRole('button', { name: '保存日志' }));
    await waitFor(() =>
      expect(api.bodiesOf(SAVE)).toEqual([
        {
          entries: [
            { section: 'MORNING_MEETING', text: '本周重点：到期客户' },
            { section: 'MORNING_MEETING', text: '李行长：月底冲刺' },
            { section: 'SALES', text: '售出稳健理财 50 万' },
          ],
        },
      ]),
    );
    expect(api.requests.find((r) => r.method === 'GET' && r.path === '/api/work-log')).toBeTruthy();
  });

  it("opens a team member's day read only for the head", async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSession('OUTLET_HEAD', { staffNo: 'S00010', name: '王敏' }),
      [DAY]: aWorkLogDay({ saved: true, updatedAt: '2026-11-25T10:00:00.000Z', entries: [{ section: 'SALES', text: '售出稳健理财 50 万' }], editable: false }),
    });
    renderApp(api, '/work-log?date=2026-11-25&staffNo=S00009');
    expect(await screen.findByRole('heading', { name: '李瑶玉（S00009） 的工作日志' })).toBeTruthy();
    expect(screen.getByText('只读：这是 李瑶玉（S00009） 的工作日志。')).toBeTruthy();
    expect((screen.getByLabelText('销售情况') as HTMLTextAreaElement).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: '保存日志' })).toBeNull();
    expect(screen.queryByRole('link', { name: '写沟通报告' })).toBeNull();
  });

  it('shows a refusal, such as the log of another outlet', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSession('OUTLET_HEAD'),
      [DAY]: apiError(404, 'WORK_LOG_STAFF_NOT_FOUND', '您所辖机构中没有该员工（S00099）'),
    });
    renderApp(api, '/work-log?date=2026-11-25&staffNo=S00099');
    expect(await screen.findByText(/您所辖机构中没有该员工/)).toBeTruthy();
  });
});
