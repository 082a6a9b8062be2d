import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aFeed } from '../../test-support/feed-builder.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { importFeed } from '../ingest/ingest.service.ts';
import { closedDaysState, materializeWindowMetric, type GapHandling, type WindowMetric } from './aum.service.ts';

/** A day without a balances file is a data gap: reported, refused, or carried forward by policy. */
describe('data gaps', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    // February 2026 (28 days) without the 10th; C1 holds 100,000.00 CNY + 1,000 USD at 7.1 every day.
    const feed = aFeed().withDays('2026-02-01', 28).without('balances/2026-02-10.csv').without('fx/2026-02-10.csv');
    expect((await importFeed(db.pool, { dir: feed.write() })).status).toBe('APPLIED');
  });
  afterAll(() => db.drop());

  const metricOf = async (metric: WindowMetric, gapHandling: GapHandling, month = '2026-02') => {
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      const info = await materializeWindowMetric(client, { metric, month, gapHandling });
      const result = await client.query(
        `SELECT w.metric_cents FROM window_metric w JOIN customer c ON c.id = w.customer_id WHERE c.customer_no = 'C1'`,
      );
      return { info, cents: result.rows[0].metric_cents as bigint };
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  };

  it('lists the gap in the closed-days state', async () => {
    expect(await closedDaysState(db.pool)).toEqual({ firstDay: '2026-02-01', lastDay: '2026-02-28', closedDays: 27, gaps: ['2026-02-10'] });
  });

  it('refuses a window with a gap, naming the day', async () => {
    await expect(metricOf('MONTH_AVG', 'REFUSE')).rejects.toThrow(
      'cannot evaluate MONTH_AVG for 2026-02: window 2026-02-01..2026-02-28 has 1 day(s) without balances (2026-02-10)',
    );
  });

  it('carries the previous day forward when the policy says so', async () => {
    const { info, cents } = await metricOf('MONTH_AVG', 'CARRY_FORWARD');
    expect(info.carriedForwardDays).toEqual(['2026-02-10']);
    expect(cents).toBe(10710000n); // every day, the 10th included, counts 107,100.00
  });

  it('needs the whole window delivered: a quarter before the first day is a gap', async () => {
    await expect(metricOf('ROLLING_QUARTER_AVG', 'REFUSE')).rejects.toThrow(/has 63 day\(s\) without balances \(2025-12-01/);
    await expect(metricOf('ROLLING_QUARTER_AVG', 'CARRY_FORWARD')).rejects.toThrow('cannot carry 2025-12-01 forward: no earlier day was closed');
  });

  it('evaluates POINT on the last day alone, and refuses a month whose last day is not closed', async () => {
    expect((await metricOf('POINT', 'REFUSE')).cents).toBe(10710000n);
    await expect(metricOf('POINT', 'REFUSE', '2026-03')).rejects.toThrow('month 2026-03 is not closed: no balances for 2026-03-31');
  });
});
