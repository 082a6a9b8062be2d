import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aSession } from '../../test-support/builders.ts';
import { apiError, fakeApi, json } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import type { CardType, CardView, CustomerCards } from './card-types.ts';

const RM = ['card.read', 'card.operate', 'customer.read', 'customer.read.limited'];
const OH = [...RM, 'card.approve', 'card-stock.manage'];
const session = (permissions: string[]) => ({ ...aSession('RELATIONSHIP_MANAGER'), permissions });

const GOLD: CardType = { id: 1, code: 'DEMO-GOLD', name: '金卡', tiers: ['GOLD'], bin: '990001', length: 16, active: true, demo: true };
const PLATINUM: CardType = { id: 2, code: 'DEMO-PLATINUM', name: '白金卡', tiers: ['PLATINUM'], bin: '990002', length: 16, active: true, demo: true };

function aCard(overrides: Partial<CardView> = {}): CardView {
  return {
    id: '7',
    customerId: '26',
    cardType: { id: 1, code: 'DEMO-GOLD', name: '金卡', tiers: ['GOLD'] },
    state: 'ISSUED',
    cardNoMasked: '990001******1234',
    issuingOutlet: { id: 4, name: '文三路网点' },
    issuedOn: '2026-09-01',
    expiresOn: '2028-08-31',
    replacesCardId: null,
    allowedActions: ['report-lost', 'exchange', 'cancel'],
    history: [
      { action: 'apply', fromState: null, toState: 'APPLIED', staffNo: 'S00009', reason: '客户申请', at: '2026-08-30T02:00:00.000Z' },
      { action: 'approve', fromState: 'APPLIED', toState: 'APPROVED', staffNo: 'S00002', reason: null, at: '2026-08-31T02:00:00.000Z' },
      { action: 'issue', fromState: 'APPROVED', toState: 'ISSUED', staffNo: 'S00011', reason: null, at: '2026-09-01T02:00:00.000Z' },
    ],
    ...overrides,
  };
}

function customerCards(cards: CardView[], serviceTier: CustomerCards['customer']['serviceTier'] = 'GOLD'): CustomerCards {
  return { customer: { id: '26', customerNo: 'C00000026', name: '曾婷敏', serviceTier }, cards };
}

const SEARCH = 'POST /api/cards/search';

describe('card operations page', () => {
  it('finds the customer by number (in the body), shows masked numbers, state and history', async () => {
    const api = fakeApi({ 'GET /api/auth/me': session(RM), [SEARCH]: customerCards([aCard()]), 'GET /api/card-types': { items: [GOLD, PLATINUM] } });
    renderApp(api, '/cards');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('客户号'), 'C00000026');
    await user.click(screen.getByRole('button', { name: '查询' }));
    const card = await screen.findByRole('region', { name: '贵宾卡 990001******1234' });
    expect(within(card).getByTestId('card-state').textContent).toBe('已发卡');
    expect(within(card).getByText('客户申请')).toBeTruthy();
    expect(within(card).getAllByText('已申请 → 已批准').length).toBe(1);
    expect(api.bodiesOf(SEARCH)).toEqual([{ customerNo: 'C00000026' }]);
    // The operations its state allows and the permissions grant; no approve without card.approve.
    expect(within(card).getByRole('button', { name: '挂失' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: '换卡' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: '注销' })).toBeTruthy();
    expect(within(card).queryByRole('button', { name: '补卡' })).toBeNull();
    // A live card: no new application.
    expect(screen.queryByRole('button', { name: '申请办卡' })).toBeNull();
  });

  it('reports a card lost after a confirmation, and shows the new state', async () => {
    const api = fakeApi({
      'GET /api/auth/me': session(RM),
      [SEARCH]: [json(200, customerCards([aCard()])), json(200, customerCards([aCard({ state: 'LOST', allowedActions: ['reissue', 'exchange', 'cancel'] })]))],
      'GET /api/card-types': { items: [GOLD] },
      'POST /api/cards/7/report-lost': { card: aCard({ state: 'LOST' }), replacement: null },
    });
    renderApp(api, '/cards?customerNo=C00000026');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '挂失' }));
    const dialog = await screen.findByRole('dialog', { name: '确认挂失' });
    await user.type(within(dialog).getByLabelText('原因'), '客户来电挂失');
    await user.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(api.bodiesOf('POST /api/cards/7/report-lost')).toEqual([{ reason: '客户来电挂失' }]));
    expect((await screen.findByTestId('card-state')).textContent).toBe('已挂失');
    expect(await screen.findByRole('button', { name: '补卡' })).toBeTruthy();
  });

  it('needs a reason to cancel, and shows the server refusal in the dialog', async () => {
    const api = fakeApi({
      'GET /api/auth/me': session(RM),
      [SEARCH]: customerCards([aCard()]),
      'GET /api/card-types': { items: [GOLD] },
      'POST /api/cards/7/cancel': apiError(409, 'CARD_ACTION_NOT_ALLOWED', '该卡当前状态不允许此操作'),
    });
    renderApp(api, '/cards?customerNo=C00000026');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '注销' }));
    const dialog = await screen.findByRole('dialog', { name: '确认注销' });
    const confirm = within(dialog).getByRole('button', { name: '确认' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await user.type(within(dialog).getByLabelText('原因'), '客户销户');
    await user.click(confirm);
    expect(await within(dialog).findByText('该卡当前状态不允许此操作')).toBeTruthy();
    expect(api.bodiesOf('POST /api/cards/7/cancel')).toEqual([{ reason: '客户销户' }]);
  });

  it('applies for a card of the customer’s tier, and lets an approver approve', async () => {
    const applied = aCard({ state: 'APPLIED', cardNoMasked: null, issuingOutlet: null, issuedOn: null, expiresOn: null, allowedActions: ['approve', 'cancel'], history: [] });
    const api = fakeApi({
      'GET /api/auth/me': session(OH),
      [SEARCH]: [json(200, customerCards([])), json(200, customerCards([applied]))],
      'GET /api/card-types': { items: [GOLD, PLATINUM] },
      'POST /api/cards': json(201, applied),
    });
    renderApp(api, '/cards?customerNo=C00000026');
    const user = userEvent.setup();
    expect(await screen.findByText('该客户暂无贵宾卡')).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: '申请办卡' }));
    await waitFor(() => expect(api.bodiesOf('POST /api/cards')).toEqual([{ customerId: '26', cardTypeId: 1 }]));
    const card = await screen.findByRole('region', { name: '贵宾卡 发卡后生成' });
    expect(within(card).getByRole('button', { name: '批准' })).toBeTruthy();
  });

  it('offers no operation without card.operate, and says when the customer is not found', async () => {
    const api = fakeApi({
      'GET /api/auth/me': session(['card.read', 'customer.read']),
      [SEARCH]: [json(200, customerCards([aCard()])), apiError(404, 'CUSTOMER_NOT_FOUND', '客户不存在，或不在您的查看范围内')],
      'GET /api/card-types': { items: [GOLD] },
    });
    renderApp(api, '/cards?customerNo=C00000026');
    const card = await screen.findByRole('region', { name: '贵宾卡 990001******1234' });
    expect(within(card).queryAllByRole('button')).toHaveLength(0);
    const user = userEvent.setup();
    const input = screen.getByLabelText('客户号');
    await user.clear(input);
    await user.type(input, 'C99');
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText('客户不存在，或不在您的查看范围内')).toBeTruthy();
  });

  it('speaks English', async () => {
    const api = fakeApi({ 'GET /api/auth/me': session(RM), [SEARCH]: customerCards([aCard({ state: 'RENEWAL_DUE', allowedActions: ['renew', 'report-lost', 'exchange', 'cancel'] })]), 'GET /api/card-types': { items: [GOLD] } });
    renderApp(api, '/cards?customerNo=C00000026', 'en');
    const card = await screen.findByRole('region', { name: 'VIP card 990001******1234' });
    expect(within(card).getByTestId('card-state').textContent).toBe('Renewal due');
    for (const name of ['Renew', 'Report lost', 'Exchange', 'Cancel card']) expect(within(card).getByRole('button', { name })).toBeTruthy();
  });
});
