import { describe, expect, it } from 'vitest';
import { apiSession } from '../support/api.ts';
import { demoLogin, journey, logIn, screenshot, useBrowser } from '../support/browser.ts';
import { settled } from '../support/settle.ts';

const browser = useBrowser();

interface PlanItem {
  id: string;
  customer: { id: string; customerNo: string; name: string };
  reason: { text: string };
}
interface Today {
  items: PlanItem[];
  counts: { overdue: number; dueToday: number; doneToday: number };
}
interface ContactRecord {
  id: string;
  channel: string;
  planItemIds: string[];
}

/** The Today list shows 50 items a page; the journey works on one of the first page. */
const FIRST_PAGE = 50;

describe('contact', () => {
  it('an RM logs a call from Today and the item closes', async () => {
    const rm = demoLogin('RELATIONSHIP_MANAGER');
    const rmApi = await apiSession(rm);
    const before = await rmApi.get<Today>('/api/contact/today');
    const item = before.items[0];
    expect(item, 'the demo RM has something to do today').toBeDefined();
    // A customer may have several items today; logging a contact for one closes that one.
    const itemsOfCustomer = before.items.slice(0, FIRST_PAGE).filter((open) => open.customer.customerNo === item!.customer.customerNo).length;
    const { customerNo } = item!.customer;

    await journey(browser(), 'zh-CN', 'contact-today-log-call', async ({ page, problems }) => {
      await logIn(page, rm);
      // Today is the RM's home.
      await page.waitForURL(/\/today$/);
      const logButton = page.getByRole('button', { name: `记录联络 ${customerNo}` });
      await logButton.first().waitFor();
      await expect(page.getByTestId('today-item').first().getByText(item!.reason.text).isVisible()).resolves.toBe(true);
      await expect(logButton.count()).resolves.toBe(itemsOfCustomer);
      await settled(page);
      await screenshot(page, 'zh-CN', 'today');

      // The first item is the most important one.
      await logButton.first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('电话', { exact: true }).click();
      await dialog.getByText('服务', { exact: true }).click();
      await dialog.getByText('已联系上', { exact: true }).click();
      await dialog.getByRole('spinbutton', { name: '时长（分钟）' }).fill('6');
      await dialog.getByRole('textbox', { name: '备注' }).fill('电话回访，客户近期无资金安排，下月到期再联系');
      await dialog.getByRole('button', { name: '保存记录' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('联络已记录').waitFor();
      await expect.poll(() => logButton.count()).toBe(itemsOfCustomer - 1);
      expect(problems).toEqual([]);
    });

    // The server agrees: the item is closed by the record, and counted as done today.
    const after = await rmApi.get<Today>('/api/contact/today');
    expect(after.items.map((open) => open.id)).not.toContain(item!.id);
    expect(after.counts.doneToday).toBe(before.counts.doneToday + 1);
    const records = await rmApi.get<{ items: ContactRecord[] }>(`/api/customers/${item!.customer.id}/contact-records`);
    expect(records.items.find((record) => record.planItemIds.includes(item!.id))).toMatchObject({ channel: 'PHONE' });
  });

  it('an RM writes a communication report and the outlet head returns it with a comment', async () => {
    const rm = demoLogin('RELATIONSHIP_MANAGER');
    const rmApi = await apiSession(rm);
    const found = await rmApi.post<{ items: Array<{ customerId: string; customerNo: string }> }>('/api/customers/search', { pageSize: 1, sort: 'aum', order: 'desc' });
    const customer = found.items[0]!;
    const comment = '需求描述不够具体，请补充客户的资金到期时间和风险偏好';

    await journey(browser(), 'zh-CN', 'contact-report-write', async ({ page, problems }) => {
      await logIn(page, rm, `/customers/${customer.customerId}`);
      await page.getByRole('link', { name: '写沟通报告' }).click();
      await page.waitForURL(/\/contact-reports\/new/);
      await page.getByRole('textbox', { name: '沟通要点' }).fill('客户有一笔定期存款下月到期，希望了解稳健型理财产品');
      await page.getByRole('textbox', { name: '客户需求或问题' }).fill('保本为主，兼顾流动性');
      await page.getByRole('textbox', { name: '下一步行动' }).fill('下周邀请客户到网点面谈，介绍两款低风险产品');
      await page.getByRole('button', { name: '提交审阅' }).click();
      await page.getByText('报告已提交，等待审阅').waitFor();
      expect(problems).toEqual([]);
    });

    await journey(browser(), 'zh-CN', 'contact-report-return', async ({ page, problems }) => {
      await logIn(page, demoLogin('OUTLET_HEAD'), '/report-reviews');
      const inbox = page.getByRole('table', { name: '待我审阅' });
      const row = inbox.getByRole('row').filter({ hasText: customer.customerNo });
      await row.getByRole('button', { name: '审阅' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: '审阅意见' }).fill(comment);
      await settled(page);
      await screenshot(page, 'zh-CN', 'report-review');
      await dialog.getByRole('button', { name: '退回修改' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('报告已退回').waitFor();
      await expect.poll(() => inbox.getByRole('row').filter({ hasText: customer.customerNo }).count()).toBe(0);
      expect(problems).toEqual([]);
    });

    // The RM finds it returned, with the head's comment, ready to be edited again.
    await journey(browser(), 'zh-CN', 'contact-report-returned', async ({ page, problems }) => {
      await logIn(page, rm, '/contact-reports');
      const mine = page.getByRole('table', { name: '我的沟通报告' });
      const row = mine.getByRole('row').filter({ hasText: customer.customerNo });
      await row.getByText('已退回').waitFor();
      await row.getByRole('link', { name: '修改' }).click();
      await page.getByText(`退回：${comment}`).waitFor();
      await settled(page);
      await screenshot(page, 'zh-CN', 'report-editor');
      expect(problems).toEqual([]);
    });
  });

  it('compliance shows an overdue diamond customer', async () => {
    const head = demoLogin('OUTLET_HEAD');
    const headApi = await apiSession(head);
    // Last month is over: a diamond customer nobody called or met twice in it is overdue.
    const today = (await headApi.get<{ date: string }>('/api/contact/today')).date;
    const [year, month] = today.split('-').map(Number) as [number, number];
    const lastMonth = month === 1 ? `${year - 1}-12-15` : `${year}-${String(month - 1).padStart(2, '0')}-15`;
    const compliance = await headApi.get<{ overdueCustomers: Array<{ customer: { customerNo: string }; tier: string; ruleCode: string }> }>(
      `/api/contact/compliance?period=MONTH&date=${lastMonth}`,
    );
    const diamond = compliance.overdueCustomers.find((row) => row.tier === 'DIAMOND' && row.ruleCode === 'diamond-monthly');
    expect(diamond, 'the demo outlet has a diamond customer left without contact last month').toBeDefined();

    await journey(browser(), 'zh-CN', 'contact-compliance', async ({ page, problems }) => {
      await logIn(page, head, '/contact/compliance');
      await page.locator('#compliance-date').fill(lastMonth);
      const overdue = page.getByRole('table', { name: '逾期客户' });
      const row = overdue.getByRole('row').filter({ hasText: diamond!.customer.customerNo }).filter({ hasText: 'diamond-monthly' });
      await row.waitFor();
      await expect(row.getByText('钻石').count()).resolves.toBeGreaterThan(0);
      await settled(page);
      await screenshot(page, 'zh-CN', 'contact-compliance');
      expect(problems).toEqual([]);
    });
  });
});
