import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { demoLogin, journey, logIn, useBrowser } from '../support/browser.ts';
import { settled } from '../support/settle.ts';

const browser = useBrowser();

/** What each role's workbench shows first: its tier figures, or what the role can do instead. */
const WORKBENCHES: Array<[role: string, expectation: string | RegExp]> = [
  ['HQ_WEALTH_ADMIN', /^客户总数 \d/],
  ['BRANCH_ADMIN', /^客户总数 \d/],
  ['SUB_BRANCH_HEAD', /^客户总数 \d/],
  ['OUTLET_HEAD', /^客户总数 \d/],
  ['RELATIONSHIP_MANAGER', /^客户总数 \d/],
  ['WEALTH_ADVISOR', /^客户总数 \d/],
  ['LOBBY_MANAGER', '客户姓名或客户号'],
  ['TELLER', '客户姓名或客户号'],
  ['AUDITOR', '查看审计日志'],
];

/** Those who maintain customers start their day with whom to contact (issue 7); the others on the workbench. */
const TODAY_FIRST = new Set(['RELATIONSHIP_MANAGER', 'WEALTH_ADVISOR']);

describe('each demo role logs in, lands on its home and sees its workbench', () => {
  it.each(WORKBENCHES)('%s', async (role, expectation) => {
    await journey(browser(), 'zh-CN', `workbench-${role}`, async ({ page, problems }) => {
      await logIn(page, demoLogin(role));
      if (TODAY_FIRST.has(role)) {
        await page.waitForURL(/\/today$/);
        await page.getByRole('heading', { name: '今日联络' }).waitFor();
        await settled(page);
        await page.goto('/workbench');
      }
      await page.waitForURL(/\/workbench$/);
      await page.getByRole('heading', { name: '首页' }).waitFor();
      if (typeof expectation === 'string') {
        await page.getByText(expectation).first().waitFor();
      } else {
        // The total is a link to the list of the customers behind it.
        const total = page.getByRole('link', { name: expectation }).first();
        await total.waitFor();
        const count = Number((await total.getAttribute('aria-label') ?? (await total.innerText())).replace(/\D/g, ''));
        expect(count).toBeGreaterThan(0);
        expect(await total.getAttribute('href')).toMatch(/^\/customers/);
      }
      await settled(page);
      expect(problems).toEqual([]);
    });
  });
});

describe('an outlet head', () => {
  it('exports a dashboard table to Excel', async () => {
    await journey(browser(), 'zh-CN', 'outlet-head-export', async ({ page, problems }) => {
      await logIn(page, demoLogin('OUTLET_HEAD'), '/dashboards');
      await page.waitForURL(/\/dashboards/);
      await settled(page);
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: /导出 Excel/ }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const file = await download.path();
      await page.getByText(/已导出：/).waitFor();

      // The file is a real workbook whose title names the exporter and whose figures are the page's.
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const text: string[] = [];
      sheet.eachRow((row) => text.push(row.values ? JSON.stringify(row.values) : ''));
      expect(text.join('\n')).toContain(demoLogin('OUTLET_HEAD').staffNo);
      expect(sheet.rowCount).toBeGreaterThan(3);
      expect(problems).toEqual([]);
    });
  });
});
