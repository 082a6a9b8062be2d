import { describe, expect, it } from 'vitest';
import { apiSession } from '../support/api.ts';
import { demoLogin, journey, logIn, useBrowser } from '../support/browser.ts';

interface SearchItem {
  customerId: string;
  customerNo: string;
  name: string;
  homeOutlet: { id: number; name: string };
  maintainer: { staffNo: string } | null;
}

const browser = useBrowser();

describe('a relationship manager', () => {
  it('searches, opens a customer and reads why the customer is in its tier', async () => {
    const rm = demoLogin('RELATIONSHIP_MANAGER');
    await journey(browser(), 'zh-CN', 'rm-search-and-360', async ({ page, problems }) => {
      await logIn(page, rm);
      await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '客户查询' }).click();
      await page.getByRole('heading', { name: '客户查询' }).waitFor();
      await page.getByRole('button', { name: /查\s*询/ }).first().click();

      // The RM's scope is their own customers.
      const rows = page.locator('tbody tr.ant-table-row');
      await rows.first().waitFor();
      const firstRow = rows.first();
      const name = (await firstRow.getByRole('link').first().textContent())!.trim();
      await firstRow.getByRole('link').first().click();

      await page.waitForURL(/\/customers\/\d+$/);
      await page.getByRole('heading', { name }).waitFor();
      // The tier history explains the latest month in words: metric, value, threshold, policy.
      const history = page.locator('.ant-card').filter({ has: page.getByText('等级评定记录', { exact: true }) });
      const explanation = await history.locator('ol').first().innerText();
      expect(explanation).toMatch(/rolling-quarter-2020/);
      expect(explanation).toMatch(/\d{1,3}(,\d{3})*\.\d{2}/);
      expect(problems).toEqual([]);
    });
  });

  it("cannot open another outlet's customer by URL", async () => {
    const rm = demoLogin('RELATIONSHIP_MANAGER');
    const hq = await apiSession(demoLogin('HQ_WEALTH_ADMIN'));
    const me = await (await apiSession(rm)).get<{ staff: { orgId: number } }>('/api/auth/me');
    const candidates = await hq.post<{ items: SearchItem[] }>('/api/customers/search', { pageSize: 100 });
    const stranger = candidates.items.find((item) => item.homeOutlet.id !== me.staff.orgId && item.maintainer?.staffNo !== rm.staffNo);
    expect(stranger, 'the demo bank has a customer of another outlet').toBeDefined();

    await journey(browser(), 'zh-CN', 'rm-other-outlet', async ({ page, problems }) => {
      await logIn(page, rm, `/customers/${stranger!.customerId}`);
      await page.waitForURL(new RegExp(`/customers/${stranger!.customerId}$`));
      await page.getByText('未找到客户').waitFor();
      // Nothing of the customer reaches the page: not the name, not the number.
      const text = await page.locator('body').innerText();
      expect(text).not.toContain(stranger!.name);
      expect(text).not.toContain(stranger!.customerNo);
      // The API's 404 is the expected answer — for the file and for each card of the 360 asked
      // for beside it; nothing else went wrong.
      expect(problems).toContain(`HTTP 404 GET /api/customers/${stranger!.customerId}`);
      expect(problems.filter((problem) => !/^HTTP 404 GET \/api\/.*\b\d+\b/.test(problem) || !problem.includes(stranger!.customerId))).toEqual([]);
    });
  });
});
