import type { Page } from 'playwright-core';

/** Waits until the page has stopped loading: no request in flight, no spinner, no skeleton. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning, .ant-skeleton-active').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
  await page.waitForFunction(() => document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length === 0, undefined, { timeout: 30_000 });
  // Charts draw on the next frames after their data arrives.
  await page.waitForTimeout(300);
}
