import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/chromium.ts';
import { startDemoServer, type DemoLogin } from '../../e2e/support/demo-server.ts';

/**
 * `npm run bench -- --only web`: the staff web app in Debian's Chromium against the server with
 * the demo bank. For the workbench of three roles, cold (empty cache) and warm (cached assets)
 * loads: when the page is ready (every API answer in, nothing loading) and when it is interactive
 * (ready, and the last long task (> 50 ms) of the main thread has ended, watched for 3 s after).
 * Also the JavaScript sizes of the build (packages/web/scripts/bundle-size.mjs).
 */
export interface WebBenchResult {
  bundle: string;
  loads: Array<{ role: string; cache: 'cold' | 'warm'; readyMs: number[]; interactiveMs: number[]; longTasks: number[] }>;
}

const ROLES = ['RELATIONSHIP_MANAGER', 'OUTLET_HEAD', 'HQ_WEALTH_ADMIN'];

// Counts the API requests in flight and records long tasks, from the first script of the page on.
const PROBE = `
  window.__api = { inflight: 0, done: 0 };
  const originalFetch = window.fetch.bind(window);
  window.fetch = (...args) => {
    const url = String(args[0] instanceof Request ? args[0].url : args[0]);
    const api = url.includes('/api/');
    if (api) window.__api.inflight += 1;
    return originalFetch(...args).finally(() => { if (api) { window.__api.inflight -= 1; window.__api.done += 1; } });
  };
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.startTime + e.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

export async function loadOnce(browser: Browser, baseUrl: string, cookie: { name: string; value: string }, warm: boolean) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 900 } });
  await context.addCookies([{ ...cookie, url: baseUrl }]);
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  if (warm) await page.goto('/workbench', { waitUntil: 'networkidle' });
  await page.goto('/workbench');
  // The first frame on which the workbench has asked for and received its data and shows no spinner.
  const ready = await page.waitForFunction(
    () => {
      const probe = (window as unknown as { __api: { inflight: number; done: number } }).__api;
      const content = document.querySelector('.ant-layout-content');
      const busy = document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length > 0;
      return probe.done >= 2 && probe.inflight === 0 && !busy && content && location.pathname === '/workbench' ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  const readyMs = (await ready.jsonValue()) as number;
  await page.waitForTimeout(3000);
  const longTaskEnds = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await context.close();
  return { readyMs, interactiveMs: Math.max(readyMs, ...longTaskEnds), longTasks: longTaskEnds.length };
}

export async function sessionCookie(baseUrl: string, login: DemoLogin) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ staffNo: login.staffNo, password: login.password }),
  });
  if (!response.ok) throw new Error(`login as ${login.staffNo}: ${response.status}`);
  const [pair] = (response.headers.getSetCookie()[0] ?? '').split(';');
  const [name, value] = pair!.split('=') as [string, string];
  return { name, value };
}

export async function runWebBenchmark(options: { loads: number; log: (line: string) => void }): Promise<WebBenchResult> {
  const root = path.resolve(import.meta.dirname, '../..');
  const server = await startDemoServer(undefined);
  const browser = await launchBrowser();
  try {
    const size = spawnSync(process.execPath, [path.join(root, 'packages/web/scripts/bundle-size.mjs')], { encoding: 'utf8' });
    const loads: WebBenchResult['loads'] = [];
    for (const role of ROLES) {
      const login = server.logins.find((candidate) => candidate.role === role);
      if (!login) throw new Error(`no demo login for ${role}`);
      const cookie = await sessionCookie(server.baseUrl, login);
      for (const cache of ['cold', 'warm'] as const) {
        const runs = [];
        for (let index = 0; index < options.loads; index += 1) runs.push(await loadOnce(browser, server.baseUrl, cookie, cache === 'warm'));
        const entry = {
          role,
          cache,
          readyMs: runs.map((run) => run.readyMs),
          interactiveMs: runs.map((run) => run.interactiveMs),
          longTasks: runs.map((run) => run.longTasks),
        };
        options.log(`web ${role} ${cache}: ready p50 ${percentile(entry.readyMs, 50).toFixed(0)} ms, interactive p50 ${percentile(entry.interactiveMs, 50).toFixed(0)} ms`);
        loads.push(entry);
      }
    }
    return { bundle: size.stdout + size.stderr, loads };
  } finally {
    await browser.close();
    await server.stop();
  }
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export function webTable(result: WebBenchResult): string {
  const rows = result.loads.map(
    (load) =>
      `| ${load.role} | ${load.cache} | ${percentile(load.readyMs, 50).toFixed(0)} | ${percentile(load.readyMs, 95).toFixed(0)} | ${percentile(load.interactiveMs, 50).toFixed(0)} | ${percentile(load.interactiveMs, 95).toFixed(0)} | ${percentile(load.longTasks, 50)} |`,
  );
  return [
    '| workbench as | cache | ready p50 ms | ready p95 ms | interactive p50 ms | interactive p95 ms | long tasks p50 |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    '```',
    result.bundle.trim(),
    '```',
  ].join('\n');
}
