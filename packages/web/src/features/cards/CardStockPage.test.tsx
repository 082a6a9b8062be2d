import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aSession } from '../../test-support/builders.ts';
import { apiError, fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import type { StockRow } from './card-types.ts';

const session = { ...aSession('OUTLET_HEAD'), permissions: ['card.read', 'card-stock.manage', 'customer.read'] };
const OUTLET = { id: 4, code: 'BR1S1O1', name: '文三路网点' };
const GOLD = { id: 1, code: 'DEMO-GOLD', name: '金卡' };
const PLATINUM = { id: 2, code: 'DEMO-PLATINUM', name: '白金卡' };
const rows: StockRow[] = [
  { outlet: OUTLET, cardType: GOLD, quantity: 2, shortageLevel: 5, overstockLevel: 100, alert: 'SHORTAGE' },
  { outlet: OUTLET, cardType: PLATINUM, quantity: 40, shortageLevel: 5, overstockLevel: 100, alert: null },
];
const answers = {
  'GET /api/auth/me': session,
  'GET /api/card-stock': { items: rows },
  'GET /api/card-issuing-outlets': { items: [{ orgId: 4, code: 'BR1S1O1', name: '文三路网点', setBy: 'demo', setAt: '2026-09-01T00:00:00.000Z' }] },
  'GET /api/card-types': { items: [{ ...GOLD, tiers: ['GOLD'], bin: '990001', length: 16, active: true, demo: true }] },
};

/** Opens an Ant Design select by its label and clicks the option in its own dropdown (rendered in a portal, found by the listbox id). */
async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: string, scope: HTMLElement) {
  const select = within(scope).getByLabelText(label);
  fireEvent.mouseDown(select);
  const listId = select.getAttribute('aria-controls') ?? `${select.id}_list`;
  const dropdown = await waitFor(() => {
    const list = document.getElementById(listId);
    const container = list?.closest('.ant-select-dropdown') as HTMLElement | null;
    expect(container).toBeTruthy();
    return container!;
  });
  await user.click(await within(dropdown).findByTitle(option));
  await waitFor(() => expect(select.closest('.ant-select')!.querySelector('.ant-select-selection-item')?.getAttribute('title')).toBe(option));
}

describe('card stock page', () => {
  it('lists stock per outlet and card type with the alerts highlighted', async () => {
    const api = fakeApi(answers);
    renderApp(api, '/card-stock');
    expect(await screen.findByRole('heading', { name: '卡片库存' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('1 项库存预警');
    const shortage = screen.getByText('金卡（DEMO-GOLD）').closest('tr')!;
    expect(shortage.getAttribute('data-alert')).toBe('SHORTAGE');
    expect(within(shortage).getByText('库存不足')).toBeTruthy();
    expect(screen.getByText('白金卡（DEMO-PLATINUM）').closest('tr')!.getAttribute('data-alert')).toBeNull();
  });

  it('records a receipt and shows the stock the server answers with; shows a refusal', async () => {
    const api = fakeApi({
      ...answers,
      'POST /api/card-stock/receipts': { items: [{ ...rows[0]!, quantity: 12, alert: null }, rows[1]!] },
      'POST /api/card-stock/transfers': apiError(409, 'CARD_STOCK_INSUFFICIENT', '调出网点该卡种库存不足'),
    });
    renderApp(api, '/card-stock');
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: '卡片库存' });
    const receipt = screen.getByText('入库').closest('.ant-card')! as HTMLElement;
    await choose(user, '网点', '文三路网点', receipt);
    await choose(user, '卡种', '金卡（DEMO-GOLD）', receipt);
    await user.type(within(receipt).getByLabelText('库存'), '10');
    await user.click(within(receipt).getByRole('button', { name: '登记入库' }));
    await waitFor(() => expect(api.bodiesOf('POST /api/card-stock/receipts')).toEqual([{ outletId: 4, cardTypeId: 1, quantity: 10 }]));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());

    const transfer = screen.getByText('调拨', { selector: '.ant-card-head-title' }).closest('.ant-card')! as HTMLElement;
    await choose(user, '调出网点', '文三路网点', transfer);
    await choose(user, '卡种', '金卡（DEMO-GOLD）', transfer);
    await choose(user, '调入网点', '文三路网点', transfer);
    await user.type(within(transfer).getByLabelText('库存'), '99');
    await user.click(within(transfer).getByRole('button', { name: '调拨' }));
    expect(await screen.findByText('调出网点该卡种库存不足')).toBeTruthy();
  });

  it('shows the empty state', async () => {
    const api = fakeApi({ ...answers, 'GET /api/card-stock': { items: [] } });
    renderApp(api, '/card-stock', 'en');
    expect(await screen.findByText('No stock yet')).toBeTruthy();
  });
});
