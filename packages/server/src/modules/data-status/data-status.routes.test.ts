import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES, type Role } from '../../platform/access/permissions.ts';
import { auditRowsOf, getAs, sessionsOfEveryRole, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';
import { evaluateMonth, importPolicy } from '../tiers/tiers.service.ts';
import { aBank, aPolicyFile } from '../tiers/tiers.test-bank.ts';

let db: TestDatabase;
let app: FastifyInstance;
let sessions: Map<Role, Session>;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool);
  sessions = await sessionsOfEveryRole(app, db.pool);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const status = (role: Role = 'HQ_WEALTH_ADMIN') => getAs(app, sessions.get(role), '/api/data-status');

describe('GET /api/data-status', () => {
  it('says plainly that nothing was imported, closed or evaluated yet', async () => {
    const response = await status();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      lastImport: null,
      closedDays: { first: null, last: null, count: 0, lastClosedAt: null },
      gaps: { days: 0, rangeCount: 0, ranges: [] },
      policyInForce: null,
      evaluations: [],
      runningEvaluation: null,
      unevaluableMonths: [],
    });
  });

  it('shows the last applied import, the closed days, the gaps and the months each policy cannot evaluate', async () => {
    await importPolicy(db.pool, { json: aPolicyFile(), actor: 'test' });
    await importPolicy(db.pool, {
      json: aPolicyFile({ code: 'test-carry', name: 'Carried quarter', metric: 'ROLLING_QUARTER_AVG', gapHandling: 'CARRY_FORWARD' }),
      actor: 'test',
    });
    await aBank().withMonthAverages('C1', { '2026-07': '600000.00', '2026-08': '600000.00', '2026-09': '600000.00' }).build(db.pool);
    await evaluateMonth(db.pool, { month: '2026-07', policyCode: 'test-month', actor: 'test' });
    // Three days in August and its last day never delivered.
    await db.pool.query(`DELETE FROM business_day WHERE day IN ('2026-08-10', '2026-08-11', '2026-08-12', '2026-08-31')`);
    await db.pool.query(
      `INSERT INTO import_run (started_at, actor, source_dir, status, files, row_counts, days_closed, duration_ms) VALUES
         (now(), 'ops', '/feeds/2026-09-30', 'APPLIED', '[]', '{}', '{2026-09-29,2026-09-30}', 10),
         (now(), 'ops', '/feeds/bad', 'REJECTED', '[]', '{}', '{}', 5)`,
    );

    const body = (await status()).json();
    expect(body.lastImport).toMatchObject({ actor: 'ops', sourceDir: '/feeds/2026-09-30', daysClosed: ['2026-09-29', '2026-09-30'] });
    expect(body.closedDays).toMatchObject({ first: '2026-07-01', last: '2026-09-30', count: 92 - 4 });
    expect(body.gaps).toEqual({
      days: 4,
      rangeCount: 2,
      ranges: [
        { from: '2026-08-10', to: '2026-08-12', days: 3 },
        { from: '2026-08-31', to: '2026-08-31', days: 1 },
      ],
    });
    expect(body.policyInForce).toBe('test-month');
    expect(body.evaluations).toEqual([
      expect.objectContaining({ policy: { code: 'test-month', version: 1 }, month: '2026-07', customers: 1, inForce: true }),
    ]);
    const blocked = (code: string) =>
      body.unevaluableMonths
        .filter((month: { policy: { code: string } }) => month.policy.code === code)
        .map((month: { month: string; reason: string; missingDays: number }) => `${month.month} ${month.reason} ${month.missingDays}`);
    // REFUSE: a month with a missing day cannot be evaluated; August is not even closed.
    expect(blocked('test-month')).toEqual(['2026-08 MONTH_NOT_CLOSED 4']);
    // CARRY_FORWARD: a gap is carried, but not one before the first closed day (the quarter of July reaches back to May, August's to June: 30 + 4 days).
    expect(blocked('test-carry')).toEqual(['2026-07 DATA_GAP 61', '2026-08 MONTH_NOT_CLOSED 34']);
    expect(body.unevaluableMonths.find((month: { policy: { code: string } }) => month.policy.code === 'test-month')).toMatchObject({
      inForce: true,
      metric: 'MONTH_AVG',
    });
  });

  it('names the evaluation running now, and not one whose server died', async () => {
    const { rows } = await db.pool.query(
      `INSERT INTO tier_evaluation_run (policy_id, month, actor, started_at, status)
       SELECT id, '2026-09-01', 'hq', now(), 'RUNNING' FROM tier_policy WHERE code = 'test-month' AND active RETURNING id::text AS id`,
    );
    // A background evaluation holds this lock until it ends (evaluation-runs.service.ts).
    const holder = await db.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock(7464242006)');
      expect((await status()).json().runningEvaluation).toMatchObject({ runId: rows[0].id, policy: { code: 'test-month' }, month: '2026-09' });
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    expect((await status()).json().runningEvaluation).toBeNull();
    expect((await db.pool.query('SELECT status FROM tier_evaluation_run WHERE id = $1', [rows[0].id])).rows[0].status).toBe('FAILED');
  });

  it('is for head office only; reads and refusals are audited', async () => {
    const refused = ROLES.filter((role) => !can(role, 'import-run.read'));
    expect(refused.length).toBeGreaterThan(0);
    for (const role of refused) expect((await status(role)).statusCode, role).toBe(403);
    expect((await getAs(app, undefined, '/api/data-status')).statusCode).toBe(401);
    const rows = await auditRowsOf(db.pool, 'data-status.read');
    expect(rows.filter((row) => row.result === 'DENIED')).toHaveLength(refused.length);
    expect(rows).toContainEqual(expect.objectContaining({ actorStaffNo: sessions.get('HQ_WEALTH_ADMIN')!.staffNo, result: 'ALLOWED' }));
  });
});
