import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, aPolicyFile, readEvaluations } from './tiers.test-bank.ts';
import { evaluateMonth, explainCustomer, exportMonth, importPolicy } from './tiers.service.ts';

/**
 * One month under one policy: qualified tiers at the exact boundaries and one cent below, a
 * re-run replacing the rows identically, the CSV export, the explanation, and the errors.
 */
describe('evaluateMonth, exportMonth, explainCustomer', () => {
  let db: TestDatabase;
  let outDir: string;
  const actor = 'test';
  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-tiers-'));
    db = await createTestDatabase();
    await importPolicy(db.pool, { json: aPolicyFile(), actor });
    await aBank()
      .withMonthAverage('C-GOLD-EXACT', '2026-09', '100000.00')
      .withMonthAverage('C-GOLD-BELOW', '2026-09', '99999.99')
      .withMonthAverage('C-PLAT-EXACT', '2026-09', '500000.00')
      .withMonthAverage('C-PLAT-BELOW', '2026-09', '499999.99')
      .withMonthAverage('C-DIAMOND', '2026-09', '1234567.89')
      .withCustomer('C-NO-AUM')
      .build(db.pool);
  });
  afterAll(async () => {
    fs.rmSync(outDir, { recursive: true, force: true });
    await db.drop();
  });

  it('puts every customer in the highest tier whose inclusive threshold is met', async () => {
    const steps: string[] = [];
    const summary = await evaluateMonth(db.pool, { month: '2026-09', policyCode: 'test-month', actor, onStep: (s) => steps.push(s) });
    expect(steps).toEqual(['window', 'evaluate']);
    expect(summary).toMatchObject({
      policy: { code: 'test-month', version: 1 },
      month: '2026-09',
      customers: 6,
      qualified: { STANDARD: 2, GOLD: 2, PLATINUM: 1, DIAMOND: 1, PRIVATE: 0 },
      service: { STANDARD: 2, GOLD: 2, PLATINUM: 1, DIAMOND: 1, PRIVATE: 0 },
      statuses: { INITIAL: 6 },
      window: { windowStart: '2026-09-01', windowEnd: '2026-09-30', days: 30, carriedForwardDays: [] },
    });
    expect(summary.previous).toBeUndefined();
    const rows = await readEvaluations(db.pool, 'test-month', '2026-09');
    expect(Object.fromEntries([...rows].map(([no, row]) => [no, [row.metricCents, row.qualifiedTier]]))).toEqual({
      'C-DIAMOND': [123_456_789n, 'DIAMOND'],
      'C-GOLD-BELOW': [9_999_999n, 'STANDARD'],
      'C-GOLD-EXACT': [10_000_000n, 'GOLD'],
      'C-NO-AUM': [0n, 'STANDARD'],
      'C-PLAT-BELOW': [49_999_999n, 'GOLD'],
      'C-PLAT-EXACT': [50_000_000n, 'PLATINUM'],
    });
    expect(rows.get('C-PLAT-EXACT')!.explanation).toEqual({
      metric: 'MONTH_AVG',
      valueCents: '50000000',
      policy: { code: 'test-month', version: 1 },
      thresholds: [
        { tier: 'GOLD', threshold_cents: '10000000', special_admission_approver: 'OUTLET_HEAD' },
        { tier: 'PLATINUM', threshold_cents: '50000000', special_admission_approver: 'SUB_BRANCH_HEAD' },
        { tier: 'DIAMOND', threshold_cents: '100000000', special_admission_approver: 'BRANCH_ADMIN' },
      ],
      rule: 'INITIAL',
      qualifiedTier: 'PLATINUM',
      previousServiceTier: null,
      serviceTier: 'PLATINUM',
      substandardMonths: 0,
      graceMonths: 3,
      autoUpgrade: false,
      window: { month: '2026-09', windowStart: '2026-09-01', windowEnd: '2026-09-30', days: 30, carriedForwardDays: [] },
      previousEvaluation: null,
    });
  });

  it('re-running the month replaces its rows with identical ones, no duplicates', async () => {
    const before = await readEvaluations(db.pool, 'test-month', '2026-09');
    const again = await evaluateMonth(db.pool, { month: '2026-09', policyCode: 'test-month', actor });
    expect(again.customers).toBe(6);
    expect(await readEvaluations(db.pool, 'test-month', '2026-09')).toEqual(before);
    const count = await db.pool.query(`SELECT count(*)::int AS n FROM tier_evaluation WHERE month = '2026-09-01'`);
    expect(count.rows[0].n).toBe(6);
  });

  it('exports customer_no,metric,qualified_tier with yuan to two decimals, by customer number, CRLF', async () => {
    const out = path.join(outDir, 'tiers.csv');
    const result = await exportMonth(db.pool, { month: '2026-09', policyCode: 'test-month', out });
    expect(result).toEqual({ out, rows: 6, policy: { code: 'test-month', version: 1 } });
    expect(fs.readFileSync(out, 'utf8')).toBe(
      [
        'customer_no,metric,qualified_tier',
        'C-DIAMOND,1234567.89,DIAMOND',
        'C-GOLD-BELOW,99999.99,STANDARD',
        'C-GOLD-EXACT,100000.00,GOLD',
        'C-NO-AUM,0.00,STANDARD',
        'C-PLAT-BELOW,499999.99,GOLD',
        'C-PLAT-EXACT,500000.00,PLATINUM',
        '',
      ].join('\r\n'),
    );
    expect(fs.readdirSync(outDir)).toEqual(['tiers.csv']);
  });

  it('explains a customer in English and Chinese', async () => {
    const explanation = await explainCustomer(db.pool, { customerNo: 'C-PLAT-BELOW', month: '2026-09', policyCode: 'test-month', locale: 'en' });
    expect(explanation).toMatchObject({ qualifiedTier: 'GOLD', serviceTier: 'GOLD', status: 'INITIAL', metricCents: 49_999_999n });
    expect(explanation.lines).toEqual([
      'Customer C-PLAT-BELOW, month 2026-09, policy test-month v1 (Test month average).',
      'Metric MONTH_AVG (month average daily AUM) over 2026-09-01 to 2026-09-30 (30 days): 499,999.99.',
      'GOLD from 100,000.00: met.',
      'PLATINUM from 500,000.00: not met.',
      'DIAMOND from 1,000,000.00: not met.',
      'Qualified tier GOLD: MONTH_AVG 499,999.99 ≥ GOLD 100,000.00 under test-month v1.',
      '2026-08 was not evaluated under test-month: initial evaluation, the service tier is the qualified tier GOLD.',
    ]);
    const chinese = await explainCustomer(db.pool, { customerNo: 'C-GOLD-BELOW', month: '2026-09', policyCode: 'test-month' });
    expect(chinese.lines).toContain('资产达标等级 普通客户：MONTH_AVG 99,999.99 < 金卡 100,000.00（test-month 第1版）。');
  });

  it('refuses with domain error codes', async () => {
    const code = (promise: Promise<unknown>) => promise.then(() => 'resolved', (error) => `${error.code}: ${error.message}`);
    expect(await code(evaluateMonth(db.pool, { month: '2026-09', policyCode: 'no-such-policy', actor }))).toMatch(/^TIER_POLICY_NOT_FOUND/);
    expect(await code(evaluateMonth(db.pool, { month: '2026-9', policyCode: 'test-month', actor }))).toMatch(/^INVALID_MONTH/);
    expect(await code(exportMonth(db.pool, { month: '2026-08', policyCode: 'test-month', out: '/nonexistent/x.csv' }))).toBe(
      'EVALUATION_NOT_FOUND: 2026-08 has not been evaluated under test-month: run guibin tiers evaluate --month 2026-08 --policy test-month',
    );
    expect(await code(exportMonth(db.pool, { month: '2026-09', policyCode: 'nope', out: '/nonexistent/x.csv' }))).toMatch(/^TIER_POLICY_NOT_FOUND/);
    expect(await code(explainCustomer(db.pool, { customerNo: 'C-NOBODY', month: '2026-09', policyCode: 'test-month' }))).toBe(
      'CUSTOMER_NOT_FOUND: there is no customer C-NOBODY',
    );
  });

  it('records a failed run when the month is not closed, and changes nothing', async () => {
    const error = await evaluateMonth(db.pool, { month: '2026-10', policyCode: 'test-month', actor }).catch((e) => e);
    expect(error.code).toBe('MONTH_NOT_CLOSED');
    const runs = await db.pool.query(`SELECT status, error FROM tier_evaluation_run WHERE month = '2026-10-01'`);
    expect(runs.rows).toEqual([{ status: 'FAILED', error: expect.stringMatching(/not closed/) }]);
    expect((await readEvaluations(db.pool, 'test-month', '2026-10')).size).toBe(0);
  });

  it("runs inside a caller's transaction when given a client", async () => {
    await aBank().withCustomer('C-LATE').build(db.pool);
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      const summary = await evaluateMonth(client, { month: '2026-09', policyCode: 'test-month', actor });
      expect(summary.customers).toBe(7);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect((await readEvaluations(db.pool, 'test-month', '2026-09')).size).toBe(6);
    const late = await explainCustomer(db.pool, { customerNo: 'C-LATE', month: '2026-09', policyCode: 'test-month' }).catch((e) => e);
    expect(late.code).toBe('EVALUATION_NOT_FOUND');
  });
});
