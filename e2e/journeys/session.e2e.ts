import { describe, expect, it } from 'vitest';
import { demoLogin, journey, logIn, useBrowser } from '../support/browser.ts';
import { settled } from '../support/settle.ts';

const browser = useBrowser();

describe('a session that ends', () => {
  it('leads back to the login page, and after logging in to where the user was going', async () => {
    const rm = demoLogin('RELATIONSHIP_MANAGER');
    await journey(browser(), 'zh-CN', 'session-expiry', async ({ page, problems }) => {
      await logIn(page, rm, '/customers');
      await page.getByRole('heading', { name: '客户查询' }).waitFor();
      // The server no longer knows the session (as after the idle timeout): the browser's cookie is gone.
      await page.context().clearCookies();
      await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '分层统计' }).click();
      await page.waitForURL(/\/login\?/);
      await page.getByText('登录已超时，请重新登录').waitFor();
      expect(new URL(page.url()).searchParams.get('redirect')).toBe('/dashboards');

      await page.getByLabel(/工号/).fill(rm.staffNo);
      await page.getByLabel(/密码/).fill(rm.password);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL((url) => url.pathname === '/dashboards');
      await settled(page);
      // The answers refused while the session was gone are the only failed requests.
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((problem) => problem.startsWith('HTTP 401 '))).toBe(true);
    });
  });

  it('ends on logout: opening a page again asks for a login and shows nothing of it', async () => {
    const rm = demoLogin('RELATIONSHIP_MANAGER');
    await journey(browser(), 'zh-CN', 'logout', async ({ page, problems }) => {
      await logIn(page, rm, '/customers');
      await page.getByRole('heading', { name: '客户查询' }).waitFor();
      await page.getByRole('button', { name: /退出登录/ }).click();
      await page.waitForURL((url) => url.pathname === '/login');
      await page.getByText('您已安全退出。').waitFor();
      // Back to the customer list: the app asks for a login again and shows nothing of it.
      await page.goto('/customers');
      await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('redirect') === '/customers');
      await settled(page);
      expect(await page.getByRole('heading', { name: '客户查询' }).count()).toBe(0);
      expect(problems.every((problem) => problem.startsWith('HTTP 401 '))).toBe(true);
    });
  });
});
