import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aSessionWith, anAdmission } from './service-tiers.test-data.ts';

const session = aSessionWith('OUTLET_HEAD', 'special-admission.approve');
const DECIDE = 'POST /api/special-admissions/7/decision';

describe('approvals inbox', () => {
  it('approves a waiting request with a comment and reads the inbox again', async () => {
    const api = fakeApi({
      'GET /api/auth/me': session,
      'GET /api/special-admissions/inbox': [
        new Response(JSON.stringify({ items: [anAdmission()], today: '2026-11-26' }), { headers: { 'content-type': 'application/json' } }),
        new Response(JSON.stringify({ items: [], today: '2026-11-26' }), { headers: { 'content-type': 'application/json' } }),
      ],
      'GET /api/special-admissions/decided': { items: [], today: '2026-11-26' },
      [DECIDE]: anAdmission({ state: 'IN_REVIEW', waitingFor: 'SUB_BRANCH_HEAD' }),
    });
    renderApp(api, '/approvals');
    const inbox = await screen.findByRole('table', { name: '待我审批' });
    expect(within(inbox).getByText('高净值家族客户')).toBeTruthy();
    // When it would take effect: the next evaluation, never a month already evaluated.
    expect(within(inbox).getByText('若今日完成审批，自下次评级（2026-11）起生效')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(within(inbox).getByRole('button', { name: '批准' }));
    const dialog = await screen.findByRole('dialog', { name: '批准 曾婷敏（C000026） 的白金特殊准入' });
    expect(within(dialog).getByTestId('decision-effect').textContent).toBe(
      '若今日完成审批，自下次评级（2026-11）起生效批准后自下次评级起生效；已评定的月份不会重评。',
    );
    await user.type(within(dialog).getByLabelText('审批意见'), '同意');
    await user.click(within(dialog).getByRole('button', { name: '确认批准' }));
    await waitFor(() => expect(api.bodiesOf(DECIDE)).toEqual([{ decision: 'APPROVE', comment: '同意' }]));
    expect(await screen.findByText('没有等待您审批的申请')).toBeTruthy();
  });

  it('asks for a comment before rejecting, and shows a refusal from the server', async () => {
    const api = fakeApi({
      'GET /api/auth/me': session,
      'GET /api/special-admissions/inbox': { items: [anAdmission()], today: '2026-11-26' },
      'GET /api/special-admissions/decided': { items: [], today: '2026-11-26' },
      [DECIDE]: apiError(403, 'SPECIAL_ADMISSION_WRONG_LEVEL', '此申请当前须由支行行长层级审批，您的层级不符'),
    });
    renderApp(api, '/approvals');
    const inbox = await screen.findByRole('table', { name: '待我审批' });
    const user = userEvent.setup();
    await user.click(within(inbox).getByRole('button', { name: '驳回' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '确认驳回' }));
    expect(within(dialog).getByText('驳回须填写意见')).toBeTruthy();
    expect(api.bodiesOf(DECIDE)).toEqual([]);
    await user.type(within(dialog).getByLabelText('审批意见'), '资料不足');
    await user.click(within(dialog).getByRole('button', { name: '确认驳回' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('您的层级不符');
    expect(api.bodiesOf(DECIDE)).toEqual([{ decision: 'REJECT', comment: '资料不足' }]);
  });

  it('shows the decisions of a request in the history', async () => {
    const decided = anAdmission({
      state: 'ACTIVE',
      waitingFor: null,
      startsOn: '2026-11-21',
      endsOn: '2027-11-21',
      decisions: [
        { step: 0, level: 'OUTLET_HEAD', decision: 'APPROVE', comment: '同意', decidedBy: { staffNo: 'S00010', name: '王敏' }, decidedAt: '2026-11-20T03:00:00.000Z' },
        { step: 1, level: 'SUB_BRANCH_HEAD', decision: 'APPROVE', comment: '', decidedBy: { staffNo: 'S00011', name: '赵强' }, decidedAt: '2026-11-21T03:00:00.000Z' },
      ],
    });
    const api = fakeApi({
      'GET /api/auth/me': session,
      'GET /api/special-admissions/inbox': { items: [], today: '2026-11-26' },
      'GET /api/special-admissions/decided': { items: [decided], today: '2026-11-26' },
    });
    renderApp(api, '/approvals');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: '我已审批' }));
    const history = await screen.findByRole('table', { name: '我已审批' });
    expect(within(history).getByText('生效中')).toBeTruthy();
    expect(within(history).getByText('自下次评级（2026-11）起生效')).toBeTruthy();
    await user.click(within(history).getByRole('button', { name: /展开/ }));
    const steps = within(history).getByRole('list', { name: '审批流程' });
    expect(within(steps).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^网点负责人 王敏（S00010） 于 .+ 批准：同意$/),
      expect.stringMatching(/^支行行长 赵强（S00011） 于 .+ 批准$/),
    ]);
  });
});
