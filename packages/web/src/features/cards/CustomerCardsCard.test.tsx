import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCustomerFile, aSession } from '../../test-support/builders.ts';
import { apiError, fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';

const session = { ...aSession('RELATIONSHIP_MANAGER'), permissions: ['card.read', 'customer.read', 'customer.read.limited'] };
const cards = {
  customer: { id: '26', customerNo: 'C00000026', name: '曾婷敏', serviceTier: 'GOLD' },
  cards: [
    {
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
      history: [],
    },
  ],
};

describe('the 360 card panel', () => {
  it("shows the customer's cards with state and expiry, and links to the card operations", async () => {
    const api = fakeApi({ 'GET /api/auth/me': session, 'GET /api/customers/26': aCustomerFile(), 'GET /api/customers/26/cards': cards });
    renderApp(api, '/customers/26');
    const panel = await screen.findByRole('region', { name: '贵宾卡' });
    expect(await within(panel).findByText('990001******1234')).toBeTruthy();
    expect(within(panel).getByTestId('card-state').textContent).toBe('已发卡');
    expect(within(panel).getByText(/2028\/08\/31/)).toBeTruthy();
    expect(within(panel).getByRole('link', { name: '办理贵宾卡业务' }).getAttribute('href')).toBe('/cards?customerNo=C00000026');
  });

  it('says when there is no card, and shows an error in place', async () => {
    const api = fakeApi({ 'GET /api/auth/me': session, 'GET /api/customers/26': aCustomerFile(), 'GET /api/customers/26/cards': { ...cards, cards: [] } });
    renderApp(api, '/customers/26');
    expect(await screen.findByText('暂无贵宾卡')).toBeTruthy();
  });

  it('is not shown without card.read', async () => {
    const api = fakeApi({
      'GET /api/auth/me': { ...session, permissions: ['customer.read', 'customer.read.limited'] },
      'GET /api/customers/26': aCustomerFile(),
      'GET /api/customers/26/cards': apiError(403, 'FORBIDDEN', 'no'),
    });
    renderApp(api, '/customers/26');
    await screen.findByRole('heading', { name: '曾婷敏' });
    expect(screen.queryByRole('region', { name: '贵宾卡' })).toBeNull();
    expect(api.requests.some((r) => r.path.endsWith('/cards'))).toBe(false);
  });
});
