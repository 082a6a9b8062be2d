import { describe, expect, it } from 'vitest';
import { apiSession } from '../support/api.ts';
import { demoLogin, journey, logIn, screenshot, useBrowser } from '../support/browser.ts';
import { settled } from '../support/settle.ts';

const browser = useBrowser();

describe('an outlet head', () => {
  it('runs an allocation proposal, leaves one row out, and applies the rest', async () => {
    const head = demoLogin('OUTLET_HEAD');
    // The demo bank's feed gives every VIP a maintainer; three gold customers lose theirs (as when
    // their RM leaves), so that the proposal has customers to place.
    const headApi = await apiSession(head);
    const gold = await headApi.post<{ items: Array<{ customerId: string }> }>('/api/customers/search', { serviceTier: 'GOLD', pageSize: 3 });
    const items = [];
    for (const { customerId } of gold.items) {
      const relation = await headApi.get<{ version: string }>(`/api/allocation/customers/${customerId}`);
      items.push({ customerId, maintainerStaffId: null, expectedVersion: relation.version });
    }
    await headApi.post('/api/allocation/assignments', { kind: 'MANUAL', note: '演示：原客户经理离岗', items });

    await journey(browser(), 'zh-CN', 'outlet-head-proposal', async ({ page, problems }) => {
      await logIn(page, head, '/allocation/proposal');
      await page.getByRole('button', { name: /生成方案/ }).click();
      await page.getByText(/考察 [\d,]+ 位客户，建议分配 [\d,]+ 位/).waitFor();
      const accepts = page.getByRole('checkbox', { name: /^接受 / });
      await accepts.first().waitFor();
      const proposed = await accepts.count();
      expect(proposed).toBeGreaterThan(1);
      // The head keeps one customer out of the batch.
      const keptOut = ((await accepts.first().getAttribute('aria-label')) ?? '').replace(/^接受 /, '');
      await accepts.first().uncheck();
      await screenshot(page, 'zh-CN', 'allocation-proposal');
      await page.getByRole('button', { name: `应用所选（${proposed - 1}）` }).click();
      await page.getByText(/已分配 \d+ 位客户/).waitFor();
      await settled(page);
      expect(problems).toEqual([]);

      // A proposal run again no longer offers what was applied, but still offers the one left out.
      await page.reload();
      await page.getByRole('button', { name: /生成方案/ }).click();
      await page.getByText(/考察 [\d,]+ 位客户/).waitFor();
      await settled(page);
      const again = await page.getByRole('checkbox', { name: /^接受 / }).count();
      expect(again).toBeLessThan(proposed);
      if (keptOut) await page.getByRole('checkbox', { name: `接受 ${keptOut}` }).waitFor();
    });

    // The board shows the new relations in the loads of the outlet's staff.
    const board = await (await apiSession(head)).get<{ staff: Array<{ total: number }> }>('/api/allocation/board');
    expect(board.staff.reduce((sum, member) => sum + member.total, 0)).toBeGreaterThan(0);
  });
});
