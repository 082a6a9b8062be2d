import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, fakeApi, json } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aSessionWith, anAdmission } from './service-tiers.test-data.ts';

const session = aSessionWith('RELATIONSHIP_MANAGER', 'special-admission.request');

describe('special admissions page', () => {
  it('sends a new request and shows the level it waits for', async () => {
    const api = fakeApi({
      'GET /api/auth/me': session,
      'GET /api/special-admissions/mine': { items: [], today: '2026-11-26' },
      'GET /api/special-admissions/expiring': { items: [], today: '2026-11-26' },
      'POST /api/special-admissions': json(201, anAdmission()),
    });
    renderApp(api, '/special-admissions');
    expect(await screen.findByText('您还没有提交过特殊准入申请')).toBeTruthy();
    expect(screen.getByText('30 天内没有到期的特殊准入')).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('客户号'), 'C000026');
    // antd draws the radio button over its input: a click lands on the label.
    await user.click(screen.getByRole('radio', { name: '钻石' }).closest('label')!);
    await user.type(screen.getByLabelText('申请理由'), '战略客户');
    await user.clear(screen.getByLabelText('有效期（月）'));
    await user.type(screen.getByLabelText('有效期（月）'), '6');
    await user.click(screen.getByRole('button', { name: '提交申请' }));
    expect(await screen.findByText('已提交，等待网点负责人审批')).toBeTruthy();
    expect(screen.getAllByText('若今日完成审批，自下次评级（2026-11）起生效').length).toBeGreaterThan(0);
    expect(api.bodiesOf('POST /api/special-admissions')).toEqual([{ customerNo: 'C000026', tier: 'DIAMOND', reason: '战略客户', months: 6 }]);
  });

  it("shows the server's refusal, and the caller's requests with their state", async () => {
    const api = fakeApi({
      'GET /api/auth/me': session,
      'GET /api/special-admissions/mine': { items: [anAdmission({ state: 'IN_REVIEW', waitingFor: 'SUB_BRANCH_HEAD' })], today: '2026-11-26' },
      'GET /api/special-admissions/expiring': { items: [anAdmission({ state: 'ACTIVE', waitingFor: null, startsOn: '2025-12-01', endsOn: '2026-12-01' })], today: '2026-11-26' },
      'POST /api/special-admissions': apiError(422, 'SPECIAL_ADMISSION_NOT_ABOVE_QUALIFICATION', '特殊准入等级须高于客户的资产达标等级（当前达标：GOLD）'),
    });
    renderApp(api, '/special-admissions');
    const mine = await screen.findByRole('table', { name: '我的申请' });
    expect(within(mine).getByText('审批中')).toBeTruthy();
    expect(within(mine).getByText('支行行长')).toBeTruthy();
    expect(within(mine).getByRole('link', { name: '曾婷敏（C000026）' }).getAttribute('href')).toBe('/customers/26');
    expect(within(screen.getByRole('table', { name: '30 天内到期的特殊准入' })).getByText(/2026\/12\/01 到期/)).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('客户号'), 'C000026');
    await user.type(screen.getByLabelText('申请理由'), 'x');
    await user.click(screen.getByRole('button', { name: '提交申请' }));
    expect((await screen.findByRole('alert')).textContent).toContain('须高于客户的资产达标等级');
  });
});
