import type { Page } from 'playwright-core';

const inFlight = new WeakMap<Page, Set<unknown>>();

/** Counts the page's requests in flight from now on (openPage calls it for every page). */
export function trackRequests(page: Page): void {
  const pending = new Set<unknown>();
  inFlight.set(page, pending);
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
}

/**
 * Waits until the page has stopped loading: for `quietMs` together, no request in flight and no
 * spinner or skeleton on screen. A single check is not enough in a single-page app: right after a
 * client-side navigation the next page's chunk and data requests have not even started.
 */
export async function settled(page: Page, quietMs = 600, timeoutMs = 30_000): Promise<void> {
  const pending = inFlight.get(page);
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  for (;;) {
    const spinners = await page.locator('.ant-spin-spinning, .ant-skeleton-active').count();
    if ((pending?.size ?? 0) > 0 || spinners > 0) quietSince = Date.now();
    if (Date.now() - quietSince >= quietMs) return;
    if (Date.now() > deadline) throw new Error(`the page did not settle within ${timeoutMs / 1000} s (${pending?.size ?? 0} requests in flight, ${spinners} spinners)`);
    await page.waitForTimeout(100);
  }
}
