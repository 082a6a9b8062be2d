import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { DemoLogin } from './demo-server.ts';
import { trackRequests } from './settle.ts';

import { launchBrowser } from './chromium.ts';

export { CHROMIUM_PATH, launchBrowser } from './chromium.ts';
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');

export type Language = 'zh-CN' | 'en';

/** The demo login of a role (printed by the server's first start). */
export function demoLogin(role: string): DemoLogin {
  const login = inject('demoLogins').find((candidate) => candidate.role === role);
  if (!login) throw new Error(`the demo bank has no login for ${role}`);
  return login;
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/**
 * A page in a fresh context (no cookies) in the given UI language, which records console errors,
 * page errors and API answers of 400 and above: a journey fails on any of them unless it expects
 * it. The one answer always expected is the 401 to the session check before logging in.
 */
export async function openPage(browser: Browser, language: Language = 'zh-CN'): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: language, viewport: { width: 1440, height: 900 }, acceptDownloads: true, reducedMotion: 'reduce' });
  await context.addInitScript((lang) => window.localStorage.setItem('guibin.language', lang), language);
  const page = await context.newPage();
  trackRequests(page);
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    // Chromium logs every HTTP error answer as "Failed to load resource"; those are checked below by URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    const method = response.request().method();
    if (response.status() < 400 || !url.pathname.startsWith('/api/')) {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${method} ${url.pathname}`);
      return;
    }
    if (response.status() === 401 && method === 'GET' && url.pathname === '/api/auth/me') return;
    problems.push(`HTTP ${response.status()} ${method} ${url.pathname}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}

/** Logs in through the login page, as a user does. */
export async function logIn(page: Page, login: DemoLogin, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/login/);
  await page.getByLabel(/工号|Staff number/).fill(login.staffNo);
  await page.getByLabel(/密码|Password/).fill(login.password);
  await page.getByRole('button', { name: /登\s*录|Log in/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Saves a full-page screenshot under e2e/screenshots/<language>/<name>.png. */
export async function screenshot(page: Page, language: Language, name: string): Promise<string> {
  const file = path.join(SCREENSHOTS, language, `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Runs a journey in a fresh page and closes it after; on failure it saves what the page showed
 * under e2e/screenshots/failures/ (a CI artifact) before passing the failure on.
 */
export async function journey(
  browser: Browser,
  language: Language,
  name: string,
  steps: (opened: { page: Page; problems: string[] }) => Promise<void>,
): Promise<void> {
  const { context, page, problems } = await openPage(browser, language);
  try {
    await steps({ page, problems });
  } catch (error) {
    const file = path.join(SCREENSHOTS, 'failures', `${name}-${language}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

/** One browser for the journeys of a test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is launched before the tests of the file');
    return browser;
  };
}
