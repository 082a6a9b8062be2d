import { describe, expect, it } from 'vitest';
import { demoLogin, journey, logIn, screenshot, useBrowser } from '../support/browser.ts';
import { settled } from '../support/settle.ts';

const browser = useBrowser();

describe('head office', () => {
  it('edits a policy with a bad threshold, sees the error, fixes it, simulates and activates', async () => {
    await journey(browser(), 'zh-CN', 'hq-policy', async ({ page, problems }) => {
      await logIn(page, demoLogin('HQ_WEALTH_ADMIN'), '/policies/rolling-quarter-2020');
      await page.getByRole('table', { name: '版本列表' }).waitFor();
      await page.getByRole('button', { name: '新建版本' }).click();
      const editor = page.getByRole('form', { name: /新建版本：rolling-quarter-2020/ });
      await editor.waitFor();

      // Platinum below gold: the server refuses it, and says so at the field.
      const platinum = editor.getByRole('textbox', { name: '白金门槛（元）' });
      await platinum.fill('50000.00');
      await editor.getByRole('button', { name: '保存为草稿' }).click();
      const fieldError = editor.locator('.ant-form-item-explain-error').filter({ hasText: /白金 50,000\.00/ });
      await fieldError.waitFor();
      expect(await platinum.getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'zh-CN', 'policy-editor-error');

      await platinum.fill('450000.00');
      await editor.getByRole('button', { name: '保存为草稿' }).click();
      const saved = page.getByText(/已保存为草稿：第 (\d+) 版/);
      await saved.waitFor();
      const version = Number(/第 (\d+) 版/.exec(await saved.innerText())![1]);

      // Simulate the draft on the latest evaluated month.
      await page.getByRole('link', { name: `模拟第 ${version} 版` }).click();
      await page.waitForURL(/\/simulator\?/);
      await page.getByRole('button', { name: '运行模拟' }).click();
      await page.getByRole('table', { name: '等级迁移矩阵' }).waitFor();
      await page.getByRole('img', { name: /等级迁移桑基图/ }).waitFor();
      // Service tiers wait for consent and grace; the qualified tiers show the threshold's effect:
      // a lower platinum threshold qualifies some gold customers for platinum.
      await page.getByText('资产达标等级').click();
      const sankey = page.getByRole('img', { name: /等级迁移桑基图：升级 (\d+) 位/ });
      await sankey.waitFor();
      expect(Number(/升级 (\d+) 位/.exec((await sankey.getAttribute('aria-label'))!)![1])).toBeGreaterThan(0);
      await settled(page);
      await screenshot(page, 'zh-CN', 'simulator-result');

      // Activate it.
      await page.goto('/policies/rolling-quarter-2020');
      await page.getByRole('button', { name: `启用第 ${version} 版` }).click();
      await page.getByRole('button', { name: '确认启用' }).click();
      await page.getByText(`已启用第 ${version} 版`).first().waitFor();
      const row = page.getByRole('table', { name: '版本列表' }).getByRole('row').filter({ hasText: `第 ${version} 版` });
      await row.getByText('生效中').waitFor();
      // The refused first save is the one failed request the journey expects.
      expect(problems).toEqual(['HTTP 422 POST /api/tier-policies/drafts']);
    });
  });
});
