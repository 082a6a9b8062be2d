import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCustomerFile } from '../../test-support/builders.ts';
import { fakeApi, json } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aServiceTierCard, aSessionWith, anAdmission } from './service-tiers.test-data.ts';

const CARD = 'GET /api/customers/26/service-tier';
const AGREEMENTS = 'POST /api/customers/26/service-agreements';

function answers(session: ReturnType<typeof aSessionWith>, card: unknown) {
  return { 'GET /api/auth/me': session, 'GET /api/customers/26': aCustomerFile(), [CARD]: card, 'GET /api/customers/26/maintainers': { items: [] } };
}

describe('the service tier card of the 360', () => {
  it('records consent for a qualified-not-upgraded customer, then names the evaluation that upgrades', async () => {
    const api = fakeApi({
      ...answers(aSessionWith('RELATIONSHIP_MANAGER', 'service-agreement.write'), [
        json(200, aServiceTierCard()),
        json(200, aServiceTierCard({
          agreements: [{ id: '1', signedOn: '2026-10-08', agreementVersion: '2024版', witness: { staffNo: 'S00009', name: '李瑶玉' }, qualifiedTier: 'PLATINUM', recordedBy: { staffNo: 'S00009', name: '李瑶玉' }, recordedAt: '2026-10-08T02:00:00.000Z' }],
          pendingUpgrade: { tier: 'PLATINUM', atEvaluationOf: '2026-10' },
        })),
      ]),
      [AGREEMENTS]: json(201, {}),
    });
    renderApp(api, '/customers/26');
    const card = await screen.findByRole('region', { name: '服务等级与贵宾协议' });
    expect(await within(card).findByText('达标未升级：资产已达白金标准，须客户签署贵宾服务协议后升级')).toBeTruthy();
    expect(within(card).getByText('未签署贵宾服务协议')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: '登记客户签约' }));
    const dialog = await screen.findByRole('dialog', { name: '登记客户签约' });
    const date = within(dialog).getByLabelText('签署日期');
    await user.clear(date);
    await user.type(date, '2026-10-08');
    await user.type(within(dialog).getByLabelText('协议版本'), '2024版');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(api.bodiesOf(AGREEMENTS)).toEqual([{ signedOn: '2026-10-08', agreementVersion: '2024版' }]));
    expect(await within(card).findByTestId('agreement-on-file')).toBeTruthy();
    expect(within(card).getByText('将在 2026年10月 的月度评定中升级为白金')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: '登记客户签约' })).toBeNull();
  });

  it('shows the special admission in force with its end, and a card-exchange task; no consent action without the permission', async () => {
    const active = anAdmission({
      tier: 'DIAMOND',
      state: 'ACTIVE',
      waitingFor: null,
      startsOn: '2026-01-15',
      endsOn: '2027-01-15',
      effectiveFromMonth: '2026-01',
      awaitingEvaluation: false,
    });
    const api = fakeApi(
      answers(aSessionWith('BRANCH_ADMIN'), aServiceTierCard({
        activeAdmission: active,
        admissions: [active],
        openTasks: [{ id: '3', kind: 'CARD_EXCHANGE', customer: active.customer, fromTier: 'PLATINUM', toTier: 'GOLD', policyCode: 'rolling-quarter-2020', month: '2026-09', status: 'OPEN', createdBy: 'evaluation', createdAt: '2026-10-02T00:00:00.000Z' }],
      })),
    );
    renderApp(api, '/customers/26');
    const card = await screen.findByRole('region', { name: '服务等级与贵宾协议' });
    expect((await within(card).findByTestId('active-admission')).textContent).toBe('特殊准入：钻石，2026/01/15 起，2027/01/15 到期 · 自 2026-01 的评级起生效');
    expect(within(card).getByText('待办：换卡（白金 → 金卡，2026年9月 评定降级）')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: '登记客户签约' })).toBeNull();
  });

  it('says an admission approved after the month was evaluated takes effect at the next evaluation, in both languages', async () => {
    const approved = anAdmission({ state: 'ACTIVE', waitingFor: null, startsOn: '2026-11-26', endsOn: '2027-11-26', effectiveFromMonth: '2026-12', awaitingEvaluation: true });
    const answered = () => answers(aSessionWith('BRANCH_ADMIN'), aServiceTierCard({ activeAdmission: approved, admissions: [approved] }));
    const view = renderApp(fakeApi(answered()), '/customers/26');
    const card = await screen.findByRole('region', { name: '服务等级与贵宾协议' });
    expect((await within(card).findByTestId('active-admission')).textContent).toContain('自下次评级（2026-12）起生效');
    view.unmount();
    renderApp(fakeApi(answered()), '/customers/26', 'en');
    expect((await screen.findByTestId('active-admission')).textContent).toContain('takes effect at the evaluation of 2026-12');
  });
});
