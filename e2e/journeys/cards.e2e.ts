import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiSession } from '../support/api.ts';
import { demoLogin, journey, logIn, screenshot, useBrowser } from '../support/browser.ts';
import { settled } from '../support/settle.ts';

const browser = useBrowser();

interface SearchItem {
  customerId: string;
  customerNo: string;
  serviceTier: string | null;
}

/** A VIP customer of the outlet head's outlet who holds no card yet. */
async function aVipWithoutCard(): Promise<SearchItem> {
  const head = await apiSession(demoLogin('OUTLET_HEAD'));
  const page = await head.post<{ items: SearchItem[] }>('/api/customers/search', { serviceTier: ['GOLD', 'PLATINUM'], pageSize: 100 });
  for (const item of page.items) {
    const cards = await head.get<{ cards: unknown[] }>(`/api/customers/${item.customerId}/cards`);
    if (cards.cards.length === 0) return item;
  }
  throw new Error('the demo outlet has no VIP customer without a card');
}

/** Clicks an action on the card region, confirms it in its dialog, and waits for the new state. */
async function act(page: Page, region: string | RegExp, action: string, state: string) {
  const card = page.getByRole('region', { name: region }).first();
  await card.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `确认${action}` });
  await dialog.getByRole('textbox', { name: '原因' }).fill(`演示：${action}`).catch(() => undefined);
  await dialog.getByRole('button', { name: '确认', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('card-state').filter({ hasText: state }).first().waitFor();
}

describe('VIP cards at the outlet', () => {
  it('are applied for, approved, issued, reported lost and reissued', async () => {
    const customer = await aVipWithoutCard();
    await journey(browser(), 'zh-CN', 'outlet-head-cards', async ({ page, problems }) => {
      await logIn(page, demoLogin('OUTLET_HEAD'), `/cards?customerNo=${customer.customerNo}`);
      await page.getByRole('button', { name: '申请办卡' }).waitFor();
      // The card type of the customer's service tier is offered.
      await page.getByText(/金卡（演示）|白金（演示）/).first().waitFor();
      await page.getByRole('button', { name: '申请办卡' }).click();
      await page.getByTestId('card-state').filter({ hasText: '已申请' }).first().waitFor();

      await act(page, /贵宾卡/, '批准', '已批准');
      await act(page, /贵宾卡/, '发卡', '已发卡');
      // Issued: a number with a valid check digit, shown masked.
      const number = (await page.getByTestId('card-number').first().innerText()).trim();
      expect(number).toMatch(/^\d{6}\*+\d{4}$/);

      await act(page, `贵宾卡 ${number}`, '挂失', '已挂失');
      await act(page, `贵宾卡 ${number}`, '补卡', '已补卡');
      // The replacement is a new issued card with another number.
      const numbers = await page.getByTestId('card-number').allInnerTexts();
      expect(numbers.map((text) => text.trim()).filter((text) => text !== number && /^\d{6}\*+\d{4}$/.test(text)).length).toBeGreaterThan(0);
      await settled(page);
      await screenshot(page, 'zh-CN', 'cards');
      expect(problems).toEqual([]);
    });
  });
});
