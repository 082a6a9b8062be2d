import path from 'node:path';
import fs from 'node:fs';
import { loadSearchKey } from '../platform/access/search-key.ts';
import type { Database } from '../platform/db/database.ts';
import { importFeed } from '../modules/ingest/ingest.service.ts';
import { createDemoLogins } from './demo-logins.ts';
import { seedDemoCards } from '../modules/cards/card-demo.ts';
import { runDailyDetection } from '../modules/contact/contact-detection.service.ts';
import { todayInDatabase } from '../modules/contact/contact-scope.store.ts';
import { createProgress } from './progress-bar.ts';
import { printImportResult } from './import-commands.ts';
import { rederiveAfterCorrection } from './rederive.ts';

/**
 * The demo bank (packages/datagen), loaded on the first start of an empty database through the
 * real import path — no shortcut — and evaluated month by month under the default policy.
 */
export const DEMO_POLICY = 'rolling-quarter-2020';

export async function isEmptyBank(db: Database): Promise<boolean> {
  const result = await db.pool.query('SELECT NOT EXISTS (SELECT 1 FROM import_run WHERE status = $1) AS empty', ['APPLIED']);
  return result.rows[0].empty as boolean;
}

export async function loadDemoBank(db: Database, home: string): Promise<void> {
  const { generateBank, demoBankSpec } = await import('@guibin/datagen');
  const bankDir = path.join(home, 'demo-feed');
  const marker = path.join(bankDir, '.complete');
  // A demo feed generated before maintainers.csv existed is generated again.
  if (!fs.existsSync(marker) || !fs.existsSync(path.join(bankDir, 'maintainers.csv'))) {
    fs.rmSync(bankDir, { recursive: true, force: true });
    const bar = createProgress('generating demo bank');
    const summary = await generateBank({ ...demoBankSpec(bankDir), onProgress: (done, total, stage) => bar.update(done, total, stage, stage) });
    bar.stop();
    fs.writeFileSync(marker, JSON.stringify(summary));
    console.log(`demo bank: ${summary.customers} customers, ${summary.accounts} accounts, ${summary.days} days`);
  }
  // As a bank goes live: a first load (reference data and the first month), then the daily
  // deliveries — here the remaining days in one delivery.
  const searchKey = loadSearchKey(home);
  for (const delivery of splitDeliveries(bankDir)) {
    const bar = createProgress(`loading demo bank (${path.basename(delivery)})`);
    const result = await importFeed(db.pool, {
      dir: delivery,
      actor: 'demo',
      searchKey,
      onProgress: (p) => bar.update(p.done, p.total, p.detail, p.phase),
      rederive: rederiveAfterCorrection,
    }).finally(() => bar.stop());
    printImportResult(result);
    if (result.status === 'REJECTED') throw new Error('the demo bank was refused by the import: see the errors above');
  }
  await evaluateDemoMonths(db);
  const logins = await createDemoLogins(db.pool, home);
  await seedDemoCards(db.pool, searchKey, logins.find((login) => login.role === 'RELATIONSHIP_MANAGER')?.staffNo);
  await detectDemoContacts(db);
  console.log(`demo logins (one per role; also in ${path.join(home, 'demo-logins.txt')}):`);
  for (const demo of logins) console.log(`  ${demo.role.padEnd(21)} ${demo.staffNo.padEnd(8)} ${demo.password}  ${demo.name}`);
}

/** Hard-links the generated bank into two delivery directories: first load, then the rest. */
function splitDeliveries(bankDir: string): string[] {
  const deliveries = path.join(bankDir, '..', 'demo-deliveries');
  const initial = path.join(deliveries, '1-first-load');
  const daily = path.join(deliveries, '2-daily');
  fs.rmSync(deliveries, { recursive: true, force: true });
  const firstMonth = fs.readdirSync(path.join(bankDir, 'balances')).sort()[0]!.slice(0, 7);
  for (const name of fs.readdirSync(bankDir).filter((n) => n.endsWith('.csv'))) {
    fs.mkdirSync(initial, { recursive: true });
    fs.linkSync(path.join(bankDir, name), path.join(initial, name));
  }
  for (const sub of ['fx', 'balances']) {
    for (const name of fs.readdirSync(path.join(bankDir, sub))) {
      const target = path.join(name.startsWith(firstMonth) ? initial : daily, sub);
      fs.mkdirSync(target, { recursive: true });
      fs.linkSync(path.join(bankDir, sub, name), path.join(target, name));
    }
  }
  return [initial, daily];
}

/** Today's contact events and plans, as the daily job would leave them: a fresh demo has work for its RMs. */
async function detectDemoContacts(db: Database): Promise<void> {
  const bar = createProgress('detecting contact events');
  const date = await todayInDatabase(db.pool);
  const summary = await runDailyDetection(db.pool, { date, onStep: (done, total, step) => bar.update(done, total, step, 'detect') }).finally(() => bar.stop());
  console.log(`contact events for ${date}: ${summary.totalEvents}; plan items: ${summary.plans.created}`);
}

async function evaluateDemoMonths(db: Database): Promise<void> {
  const tiers = await import('../modules/tiers/tiers.service.ts');
  const range = await db.pool.query(`SELECT to_char(min(day), 'YYYY-MM') AS first, to_char(max(day), 'YYYY-MM') AS last FROM business_day`);
  const { first, last } = range.rows[0] as { first: string; last: string };
  const months: string[] = [];
  const { addMonths, lastDay } = await import('../modules/aum/aum.rules.ts');
  const lastClosed = (await db.pool.query('SELECT max(day)::text AS day FROM business_day')).rows[0].day as string;
  // Rolling-quarter windows need three closed months.
  for (let month = addMonths(first, 2); month <= last; month = addMonths(month, 1)) {
    if (lastDay(month) <= lastClosed) months.push(month);
  }
  const bar = createProgress('evaluating tiers');
  for (const [index, month] of months.entries()) {
    bar.update(index, months.length, `${DEMO_POLICY} ${month}`, 'evaluate');
    await tiers.evaluateMonth(db.pool, { month, policyCode: DEMO_POLICY, actor: 'demo' });
  }
  bar.update(months.length, months.length, 'done', 'done');
  bar.stop();
}
