import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aFeed } from '../../test-support/feed-builder.ts';
import { databaseDigest } from '../../test-support/database-digest.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { formatFeedError } from './feed-errors.ts';
import { importFeed } from './ingest.service.ts';

/** Idempotent re-import, deliveries day by day, and corrections of closed days. */
describe('replaying and correcting deliveries', () => {
  const dbs: TestDatabase[] = [];
  const fresh = async () => {
    const db = await createTestDatabase();
    dbs.push(db);
    return db;
  };
  afterAll(async () => {
    for (const db of dbs) await db.drop();
  });

  let first: TestDatabase;
  let fullDir: string;
  beforeAll(async () => {
    first = await fresh();
    fullDir = aFeed().withDays('2026-01-30', 4).write();
    expect((await importFeed(first.pool, { dir: fullDir })).status).toBe('APPLIED');
  });

  it('skips every file already applied and changes nothing', async () => {
    const before = await databaseDigest(first.pool);
    const again = await importFeed(first.pool, { dir: fullDir });
    expect(again.status).toBe('NOTHING_TO_DO');
    expect(again.files.every((file) => file.action === 'skip')).toBe(true);
    expect(await databaseDigest(first.pool)).toBe(before);
  });

  it('gives the same database whether days come at once or one delivery a day', async () => {
    const daily = await fresh();
    const feed = aFeed().withDays('2026-01-30', 4);
    const days = ['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02'];
    // First delivery: reference data and the first day; then one day per delivery.
    const firstDelivery = aFeed().withDays('2026-01-30', 1).write();
    expect((await importFeed(daily.pool, { dir: firstDelivery })).status).toBe('APPLIED');
    for (const day of days.slice(1)) {
      const dir = aFeed().only().write();
      fs.mkdirSync(`${dir}/fx`);
      fs.mkdirSync(`${dir}/balances`);
      fs.writeFileSync(`${dir}/fx/${day}.csv`, `${feed.lines(`fx/${day}.csv`).join('\n')}\n`);
      fs.writeFileSync(`${dir}/balances/${day}.csv`, `${feed.lines(`balances/${day}.csv`).join('\n')}\n`);
      expect((await importFeed(daily.pool, { dir })).status).toBe('APPLIED');
    }
    // imported_file differs (the deliveries held different file sets), the data must not.
    const withoutFiles = (digest: string) => digest.split(' ').slice(0, -1).join(' ');
    expect(withoutFiles(await databaseDigest(daily.pool))).toBe(withoutFiles(await databaseDigest(first.pool)));
  });

  it('re-closes a corrected day and re-derives its month, as if the correct file had come first', async () => {
    const corrected = () =>
      aFeed()
        .withDays('2026-01-30', 4)
        .setField('balances/2026-01-31.csv', 2, 'balance', '250000.00')
        .without('balances/2026-02-02.csv');
    const db = await fresh();
    expect((await importFeed(db.pool, { dir: aFeed().withDays('2026-01-30', 3).write() })).status).toBe('APPLIED');
    const result = await importFeed(db.pool, { dir: corrected().write() });
    expect(result.status).toBe('APPLIED');
    expect(result.closedDays.map((d) => [d.day, d.corrected])).toEqual([['2026-01-31', true]]);

    const clean = await fresh();
    expect((await importFeed(clean.pool, { dir: corrected().write() })).status).toBe('APPLIED');
    expect(await databaseDigest(db.pool)).toBe(await databaseDigest(clean.pool));
    const month = await db.pool.query(
      `SELECT m.aum_sum_cents FROM customer_monthly_aum m JOIN customer c ON c.id = m.customer_id WHERE c.customer_no = 'C1' AND m.month = '2026-01-01'`,
    );
    // C1: 100,000.00 + 1,000 USD × 7.1 on the 30th; 250,000.00 + 7,100.00 on the 31st.
    expect(month.rows[0].aum_sum_cents).toBe(10710000n + 25710000n);
    // The latest balances stay those of 2026-02-01: an older day was re-closed.
    const latest = await db.pool.query(
      `SELECT b.as_of::text AS day, b.balance_cents, b.cny_cents FROM account_balance b JOIN account a ON a.id = b.account_id WHERE a.account_no IN ('A1', 'A2') ORDER BY a.account_no`,
    );
    expect(latest.rows).toEqual([
      { day: '2026-02-01', balance_cents: 10000000n, cny_cents: 10000000n },
      { day: '2026-02-01', balance_cents: 100000n, cny_cents: 710000n },
    ]);
  });

  it('refuses a changed FX file for a closed day unless its balances come with it', async () => {
    const db = await fresh();
    expect((await importFeed(db.pool, { dir: aFeed().withDays('2026-01-30', 2).write() })).status).toBe('APPLIED');
    const before = await databaseDigest(db.pool);
    const changedFx = aFeed().withDays('2026-01-30', 2).setField('fx/2026-01-31.csv', 2, 'rate_to_cny', '7.200000');
    const refused = await importFeed(db.pool, { dir: changedFx.without('balances/2026-01-31.csv').write() });
    expect(refused.errors.map(formatFeedError)).toContain(
      'fx/2026-01-31.csv:0: file: changed after 2026-01-31 was closed: deliver balances/2026-01-31.csv with it so the day is re-closed',
    );
    expect(await databaseDigest(db.pool)).toBe(before);

    const withBalances = aFeed().withDays('2026-01-30', 2).setField('fx/2026-01-31.csv', 2, 'rate_to_cny', '7.200000');
    const applied = await importFeed(db.pool, { dir: withBalances.write() });
    expect(applied.status).toBe('APPLIED');
    expect(applied.files.find((f) => f.name === 'balances/2026-01-31.csv')?.action).toBe('reclose');
    const day = await db.pool.query(`SELECT total_aum_cents FROM business_day WHERE day = '2026-01-31'`);
    // 100,000.00 + 1,000 × 7.2 + 5,000.50 (the loan does not count)
    expect(day.rows[0].total_aum_cents).toBe(10000000n + 720000n + 500050n);
  });
});
