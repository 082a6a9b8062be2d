import { describe, expect, it } from 'vitest';
import { apiSession } from '../support/api.ts';
import { demoLogin, journey, type Language, logIn, screenshot, useBrowser } from '../support/browser.ts';
import { settled } from '../support/settle.ts';

/**
 * Every page, in both languages, as the role that uses it: it loads with no console error and no
 * failed request, and its screenshot is saved under e2e/screenshots/<language>/ (docs/user-guide.md).
 */
interface Stop {
  name: string;
  role: string;
  path: string | (() => Promise<string>);
}

let firstCustomerId: string | undefined;
async function aCustomerOfTheRm(): Promise<string> {
  if (!firstCustomerId) {
    const rm = await apiSession(demoLogin('RELATIONSHIP_MANAGER'));
    const answer = await rm.post<{ items: Array<{ customerId: string }> }>('/api/customers/search', { pageSize: 1, sort: 'aum', order: 'desc' });
    firstCustomerId = answer.items[0]!.customerId;
  }
  return firstCustomerId;
}

const STOPS: Stop[] = [
  { name: 'workbench-rm', role: 'RELATIONSHIP_MANAGER', path: '/workbench' },
  { name: 'workbench-outlet-head', role: 'OUTLET_HEAD', path: '/workbench' },
  { name: 'workbench-hq', role: 'HQ_WEALTH_ADMIN', path: '/workbench' },
  { name: 'workbench-lobby-manager', role: 'LOBBY_MANAGER', path: '/workbench' },
  { name: 'customers', role: 'RELATIONSHIP_MANAGER', path: '/customers' },
  { name: 'customer-360', role: 'RELATIONSHIP_MANAGER', path: async () => `/customers/${await aCustomerOfTheRm()}` },
  { name: 'dashboards', role: 'HQ_WEALTH_ADMIN', path: '/dashboards' },
  { name: 'policies', role: 'HQ_WEALTH_ADMIN', path: '/policies' },
  { name: 'policy', role: 'HQ_WEALTH_ADMIN', path: '/policies/rolling-quarter-2020' },
  { name: 'simulator', role: 'HQ_WEALTH_ADMIN', path: '/simulator' },
  { name: 'data', role: 'HQ_WEALTH_ADMIN', path: '/data' },
  { name: 'audit', role: 'AUDITOR', path: '/audit' },
  { name: 'allocation', role: 'OUTLET_HEAD', path: '/allocation' },
  { name: 'allocation-handover', role: 'OUTLET_HEAD', path: '/allocation/handover' },
  { name: 'potentials', role: 'RELATIONSHIP_MANAGER', path: '/potentials' },
  { name: 'special-admissions', role: 'RELATIONSHIP_MANAGER', path: '/special-admissions' },
  { name: 'approvals', role: 'OUTLET_HEAD', path: '/approvals' },
  { name: 'cards', role: 'TELLER', path: '/cards' },
  { name: 'card-stock', role: 'OUTLET_HEAD', path: '/card-stock' },
  { name: 'today', role: 'RELATIONSHIP_MANAGER', path: '/today' },
  { name: 'contact-plan', role: 'RELATIONSHIP_MANAGER', path: '/contact/plan' },
  { name: 'contact-plan-outlet', role: 'OUTLET_HEAD', path: '/contact/plan' },
  { name: 'contact-compliance', role: 'OUTLET_HEAD', path: '/contact/compliance' },
  { name: 'contact-rules', role: 'HQ_WEALTH_ADMIN', path: '/contact/rules' },
  { name: 'contact-events', role: 'HQ_WEALTH_ADMIN', path: '/contact/events' },
  { name: 'contact-reports', role: 'RELATIONSHIP_MANAGER', path: '/contact-reports' },
  { name: 'report-reviews', role: 'OUTLET_HEAD', path: '/report-reviews' },
  { name: 'work-log', role: 'RELATIONSHIP_MANAGER', path: '/work-log' },
  { name: 'work-log-week', role: 'OUTLET_HEAD', path: '/work-log/week' },
];

const browser = useBrowser();

describe.each<Language>(['zh-CN', 'en'])('every page in %s', (language) => {
  it('the login page', async () => {
    await journey(browser(), language, 'login', async ({ page, problems }) => {
      await page.goto('/login');
      await settled(page);
      await screenshot(page, language, 'login');
      expect(problems).toEqual([]);
    });
  });

  it.each(STOPS)('$name as $role', async (stop) => {
    await journey(browser(), language, stop.name, async ({ page, problems }) => {
      const path = typeof stop.path === 'string' ? stop.path : await stop.path();
      await logIn(page, demoLogin(stop.role), path);
      await page.waitForURL((url) => url.pathname === path);
      await settled(page);
      await expect(page.locator('main, .ant-layout-content').first().innerText()).resolves.not.toMatch(/页面不存在|Page not found|无权访问|not allowed/i);
      await screenshot(page, language, stop.name);
      expect(problems).toEqual([]);
    });
  });
});
