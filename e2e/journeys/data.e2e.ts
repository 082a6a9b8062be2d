import { describe, expect, it } from 'vitest';
import { apiSession } from '../support/api.ts';
import { demoLogin, journey, logIn, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

describe('head office on the data page', () => {
  it('starts an evaluation and watches it to the end', async () => {
    const hq = demoLogin('HQ_WEALTH_ADMIN');
    const status = await (await apiSession(hq)).get<{ evaluations: Array<{ month: string; policy: { code: string } }> }>('/api/data-status');
    const latest = status.evaluations[0]!;

    await journey(browser(), 'zh-CN', 'hq-evaluation', async ({ page, problems }) => {
      await logIn(page, hq, '/data');
      await page.getByTestId('data-status').waitFor();
      const month = page.getByRole('textbox', { name: '评定月份' });
      await month.fill(latest.month);
      await page.getByRole('button', { name: /开始评定/ }).click();
      const shownMonth = `${Number(latest.month.slice(0, 4))}年${Number(latest.month.slice(5))}月`;
      const progress = page.getByRole('progressbar', { name: `评定进度：${latest.policy.code} ${shownMonth}` });
      await progress.waitFor();
      await page.getByText(new RegExp(`${latest.policy.code} v\\d+ ${shownMonth} 评定完成`)).waitFor({ timeout: 60_000 });
      expect(await progress.getAttribute('aria-valuenow')).toBe('100');
      expect(problems).toEqual([]);
    });
  });
});
