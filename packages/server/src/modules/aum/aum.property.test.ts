import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatUnits } from '../../platform/money.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { importFeed } from '../ingest/ingest.service.ts';
import { addMonths, dailyAumCents, daysOf, holdingDayCents, lastDay, referenceMetric, WINDOW_METRICS, windowMonths, type WindowMetric } from './aum.rules.ts';
import { materializeWindowMetric } from './aum.service.ts';

/**
 * The SQL path (import → close → monthly sums → window metrics) against the TypeScript
 * reference of aum.rules.ts, on randomized small banks: the same cents, every time. The latest
 * balances per account (account_balance) too, after each of the two close ways.
 */
const PRODUCTS = [
  { code: 'P-DD', category: 'DEMAND_DEPOSIT', currency: 'CNY', counts: true },
  { code: 'P-USD', category: 'TIME_DEPOSIT', currency: 'USD', counts: true },
  { code: 'P-HKD', category: 'FUND', currency: 'HKD', counts: true },
  { code: 'P-LOAN', category: 'LOAN', currency: 'CNY', counts: false },
  // Not AUM, negative, foreign: its CNY value rounds half away from zero on both ways.
  { code: 'P-CC-USD', category: 'CREDIT_CARD', currency: 'USD', counts: false },
];

const bankArbitrary = (months: number) =>
  fc.record({
    firstMonth: fc.constantFrom('2024-01', '2025-11', '2026-02', '2024-12'),
    customers: fc.array(
      fc.array(
        fc.record({
          product: fc.integer({ min: 0, max: PRODUCTS.length - 1 }),
          // cents with awkward endings: half-cent conversions are where rounding shows
          base: fc.oneof(fc.bigInt({ min: 0n, max: 99_999_999n }), fc.constantFrom(0n, 1n, 5n, 50n, 10_000_000n)),
          presence: fc.double({ min: 0.2, max: 1, noNaN: true }),
          seed: fc.integer({ min: 1, max: 2 ** 30 }),
        }),
        { minLength: 0, maxLength: 3 },
      ),
      { minLength: 1, maxLength: 5 },
    ),
    rates: fc.record({ USD: fc.integer({ min: 6_000_000, max: 8_000_000 }), HKD: fc.integer({ min: 800_000, max: 999_999 }) }),
  }).map((bank) => ({ ...bank, months }));

interface Bank {
  firstMonth: string;
  months: number;
  customers: { product: number; base: bigint; presence: number; seed: number }[][];
  rates: { USD: number; HKD: number };
}

/** Deterministic per-account, per-day variation (a tiny LCG over the seed and the day index). */
const wobble = (seed: number, index: number) => ((seed * 1103515245 + index * 12345) >>> 0) % 1000;

function writeBank(bank: Bank, dir: string) {
  const months = Array.from({ length: bank.months }, (_, i) => addMonths(bank.firstMonth, i));
  const days = daysOf(months);
  const w = (name: string, lines: string[]) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
  };
  w('orgs.csv', ['code,name,level,parent_code', 'HO,总行,HEAD_OFFICE,', 'B,分行,BRANCH,HO', 'S,支行,SUB_BRANCH,B', 'O,网点,OUTLET,S']);
  w('products.csv', ['product_code,name,category,risk_level,currency,series,counts_toward_aum', ...PRODUCTS.map((p) => `${p.code},${p.code},${p.category},R1,${p.currency},s,${p.counts}`)]);
  w('customers.csv', [
    'customer_no,name,id_type,id_no,gender,birth_date,phone,email,occupation,home_outlet_code,opened_on',
    ...bank.customers.map((_, i) => `C${i},客户${i},PASSPORT,E${i},M,,,,OTHER,O,2020-01-01`),
  ]);
  const accounts = bank.customers.flatMap((holdings, c) => holdings.map((h, a) => ({ ...h, no: `A${c}-${a}`, customer: `C${c}` })));
  w('accounts.csv', ['account_no,customer_no,product_code,currency,opened_on,maturity_on,status', ...accounts.map((a) => `${a.no},${a.customer},${PRODUCTS[a.product]!.code},${PRODUCTS[a.product]!.currency},2020-01-01,,ACTIVE`)]);
  const expected = new Map<string, Map<string, bigint>>(bank.customers.map((_, i) => [`C${i}`, new Map()]));
  /** Per day: account → `customer balance cny`, as account_balance must hold it when the day is the latest. */
  const balances = new Map<string, Map<string, string>>();
  days.forEach((day, index) => {
    const rate = (currency: string) => BigInt(currency === 'USD' ? bank.rates.USD + index : currency === 'HKD' ? bank.rates.HKD - index : 1_000_000);
    w(`fx/${day}.csv`, ['as_of,currency,rate_to_cny', `${day},USD,${formatUnits(rate('USD'), 6)}`, `${day},HKD,${formatUnits(rate('HKD'), 6)}`]);
    const rows: string[] = [];
    const dayBalances = new Map<string, string>();
    balances.set(day, dayBalances);
    const holdingsByCustomer = new Map<string, { balanceCents: bigint; rateMicros: bigint; countsTowardAum: boolean }[]>();
    for (const account of accounts) {
      if (wobble(account.seed, index) / 1000 > account.presence) continue; // absent from the snapshot: 0 that day
      const product = PRODUCTS[account.product]!;
      const balance = (account.base + BigInt(wobble(account.seed, index + 7))) * (product.counts ? 1n : -1n);
      rows.push(`${day},${account.no},${formatUnits(balance, 2)}`);
      dayBalances.set(account.no, `${account.customer} ${balance} ${holdingDayCents(balance, rate(product.currency))}`);
      const list = holdingsByCustomer.get(account.customer) ?? [];
      list.push({ balanceCents: balance, rateMicros: rate(product.currency), countsTowardAum: product.counts });
      holdingsByCustomer.set(account.customer, list);
    }
    if (rows.length === 0) {
      rows.push(`${day},${accounts[0]?.no ?? 'A0-0'},0.00`);
      if (accounts[0]) dayBalances.set(accounts[0].no, `${accounts[0].customer} 0 0`);
    }
    w(`balances/${day}.csv`, ['as_of,account_no,balance', ...rows]);
    for (const [customer, holdings] of holdingsByCustomer) expected.get(customer)!.set(day, dailyAumCents(holdings));
  });
  return { months, expected, balances, hasAccounts: accounts.length > 0 };
}

async function latestBalances(db: TestDatabase, day: string): Promise<Map<string, string>> {
  const result = await db.pool.query(
    `SELECT a.account_no, c.customer_no, b.balance_cents, b.cny_cents FROM account_balance b
     JOIN account a ON a.id = b.account_id JOIN customer c ON c.id = b.customer_id WHERE b.as_of = $1`,
    [day],
  );
  const total = await db.pool.query('SELECT count(*)::int AS n FROM account_balance');
  expect(total.rows[0].n, 'every row is of the latest day').toBe(result.rows.length);
  return new Map(result.rows.map((row) => [row.account_no as string, `${row.customer_no} ${row.balance_cents} ${row.cny_cents}`]));
}

async function sqlMetrics(db: TestDatabase, metric: WindowMetric, month: string): Promise<Map<string, bigint>> {
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    await materializeWindowMetric(client, { metric, month, gapHandling: 'REFUSE' });
    const result = await client.query('SELECT c.customer_no, w.metric_cents FROM window_metric w JOIN customer c ON c.id = w.customer_id');
    return new Map(result.rows.map((row) => [row.customer_no as string, row.metric_cents as bigint]));
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

describe('SQL path equals the reference', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  const check = async (bank: Bank) => {
    await db.pool.query('TRUNCATE org, staff, product, customer, account, fx_rate, business_day, customer_daily_aum, customer_monthly_aum, account_balance, imported_file, import_run CASCADE');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-prop-'));
    const { months, expected, balances, hasAccounts } = writeBank(bank, dir);
    // Two deliveries: reference data with the first month (closed the set-based SQL way), then
    // the other months alone (closed in Node): both ways must give the reference's cents.
    const later = fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-prop-'));
    for (const sub of ['fx', 'balances']) {
      fs.mkdirSync(path.join(later, sub));
      for (const name of fs.readdirSync(path.join(dir, sub)).filter((n) => n.slice(0, 7) > months[0]!)) {
        fs.renameSync(path.join(dir, sub, name), path.join(later, sub, name));
      }
    }
    const result = await importFeed(db.pool, { dir });
    fs.rmSync(dir, { recursive: true, force: true });
    if (!hasAccounts) {
      expect(result.status).toBe('REJECTED'); // a balance row for an account that does not exist
      fs.rmSync(later, { recursive: true, force: true });
      return;
    }
    expect(result.errors).toEqual([]);
    // One delivery of a whole month: only its last day's balances are kept.
    expect(await latestBalances(db, lastDay(months[0]!))).toEqual(balances.get(lastDay(months[0]!)));
    const second = await importFeed(db.pool, { dir: later });
    fs.rmSync(later, { recursive: true, force: true });
    expect(second.errors).toEqual([]);
    const last = months[months.length - 1]!;
    expect(await latestBalances(db, lastDay(last))).toEqual(balances.get(lastDay(last)));
    for (const metric of WINDOW_METRICS) {
      if (windowMonths(metric, last).length > months.length) continue;
      const got = await sqlMetrics(db, metric, last);
      for (const [customer, daily] of expected) {
        expect(got.get(customer), `${metric} ${customer}`).toBe(referenceMetric(daily, metric, last));
      }
    }
  };

  // Random banks are small and sparse; this one holds every product on every day.
  const everyProduct: Bank = {
    firstMonth: '2026-02',
    months: 3,
    customers: [0, 1].map((c) => PRODUCTS.map((_, product) => ({ product, base: 1_234_567n + BigInt(c * 50 + product), presence: 1, seed: 11 + product + c }))),
    rates: { USD: 7_123_457, HKD: 912_345 },
  };

  it('over three months, for every metric that fits', async () => {
    await fc.assert(fc.asyncProperty(bankArbitrary(3), check), { numRuns: 5, seed: 20261125, examples: [[everyProduct]] });
  });

  it('over twelve months, including TWELVE_MONTH_AVG', async () => {
    await fc.assert(fc.asyncProperty(bankArbitrary(12), check), { numRuns: 1, seed: 7 });
  });
});
