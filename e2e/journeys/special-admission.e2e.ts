import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiSession } from '../support/api.ts';
import { demoLogin, journey, logIn, screenshot, useBrowser } from '../support/browser.ts';
import { settled } from '../support/settle.ts';

const browser = useBrowser();

interface SearchItem {
  customerId: string;
  customerNo: string;
  name: string;
}

/** Approves the request of `customerNo` in the approvals inbox of whoever is logged in. */
async function approveInInbox(page: Page, customerNo: string) {
  await page.goto('/approvals');
  const inbox = page.getByRole('table', { name: '待我审批' });
  const row = inbox.getByRole('row').filter({ hasText: customerNo });
  await row.getByRole('button', { name: '批准' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: '审批意见' }).fill('客户贡献稳定，同意');
  await dialog.getByRole('button', { name: '确认批准' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect(inbox.getByRole('row').filter({ hasText: customerNo }).count()).resolves.toBe(0);
}

describe('special admission', () => {
  it('is requested by an RM, refused to the wrong level, and approved by the right levels in turn', async () => {
    const rm = demoLogin('RELATIONSHIP_MANAGER');
    const rmApi = await apiSession(rm);
    const gold = await rmApi.post<{ items: SearchItem[] }>('/api/customers/search', { serviceTier: 'GOLD', status: 'QUALIFIED', pageSize: 1 });
    const customer = gold.items[0]!;

    // The RM asks for platinum: the outlet head decides first, then the sub-branch head.
    await journey(browser(), 'zh-CN', 'special-admission-request', async ({ page, problems }) => {
      await logIn(page, rm, '/special-admissions');
      await page.getByRole('textbox', { name: '客户号' }).fill(customer.customerNo);
      await page.getByText('白金', { exact: true }).click();
      await page.getByRole('textbox', { name: '申请理由' }).fill('客户即将转入大额理财资金，维护关系');
      await page.getByRole('button', { name: '提交申请' }).click();
      await page.getByText(/已提交，等待网点负责人审批/).waitFor();
      await page.getByRole('table', { name: '我的申请' }).getByRole('row').filter({ hasText: customer.customerNo }).waitFor();
      expect(problems).toEqual([]);
    });

    // The sub-branch head is not the level it waits for: not in their inbox, refused by the server.
    const subBranch = await apiSession(demoLogin('SUB_BRANCH_HEAD'));
    const waiting = await rmApi.get<{ items: Array<{ id: string; customer: { customerNo: string } }> }>('/api/special-admissions/mine');
    const admission = waiting.items.find((item) => item.customer.customerNo === customer.customerNo)!;
    await expect(subBranch.post(`/api/special-admissions/${admission.id}/decision`, { decision: 'APPROVE', comment: '越级审批' })).rejects.toThrow(/403.*SPECIAL_ADMISSION_WRONG_LEVEL/);
    await journey(browser(), 'zh-CN', 'special-admission-wrong-level', async ({ page, problems }) => {
      await logIn(page, demoLogin('SUB_BRANCH_HEAD'), '/approvals');
      await page.getByRole('table', { name: '待我审批' }).waitFor();
      await settled(page);
      await expect(page.getByRole('table', { name: '待我审批' }).getByRole('row').filter({ hasText: customer.customerNo }).count()).resolves.toBe(0);
      expect(problems).toEqual([]);
    });

    await journey(browser(), 'zh-CN', 'special-admission-outlet-head', async ({ page, problems }) => {
      await logIn(page, demoLogin('OUTLET_HEAD'), '/approvals');
      await approveInInbox(page, customer.customerNo);
      expect(problems).toEqual([]);
    });
    await journey(browser(), 'zh-CN', 'special-admission-sub-branch-head', async ({ page, problems }) => {
      await logIn(page, demoLogin('SUB_BRANCH_HEAD'), '/approvals');
      await approveInInbox(page, customer.customerNo);
      expect(problems).toEqual([]);
    });

    // Approved at every level: the RM sees it in force.
    await journey(browser(), 'zh-CN', 'special-admission-approved', async ({ page, problems }) => {
      await logIn(page, rm, '/special-admissions');
      const row = page.getByRole('table', { name: '我的申请' }).getByRole('row').filter({ hasText: customer.customerNo });
      await row.getByText(/生效中|已批准/).waitFor();
      await settled(page);
      await screenshot(page, 'zh-CN', 'special-admissions');
      expect(problems).toEqual([]);
    });
  });
});
