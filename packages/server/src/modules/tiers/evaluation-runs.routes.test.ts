import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES, type Role } from '../../platform/access/permissions.ts';
import { auditRowsOf, getAs, postAs, sessionsOfEveryRole, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';
import { importPolicy } from './tiers.service.ts';
import { aBank, aPolicyFile } from './tiers.test-bank.ts';

let db: TestDatabase;
let app: FastifyInstance;
let sessions: Map<Role, Session>;

beforeAll(async () => {
  db = await createTestDatabase();
  await importPolicy(db.pool, { json: aPolicyFile(), actor: 'test' });
  await aBank()
    .withMonthAverages('C1', { '2026-08': '600000.00', '2026-09': '90000.00' })
    .withMonthAverages('C2', { '2026-08': '120000.00', '2026-09': '1200000.00' })
    .withCustomer('C3')
    .build(db.pool);
  app = await anApp(db.pool);
  sessions = await sessionsOfEveryRole(app, db.pool);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const run = (body: unknown, role: Role = 'HQ_WEALTH_ADMIN') => postAs(app, sessions.get(role)!, '/api/evaluation-runs', body);
const list = (query: Record<string, string> = {}, role: Role = 'HQ_WEALTH_ADMIN') => getAs(app, sessions.get(role), '/api/evaluation-runs', query);

describe('POST /api/evaluation-runs', () => {
  it('evaluates the month through the tiers service and answers with the finished run', async () => {
    const response = await run({ month: '2026-08', policyCode: 'test-month' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      policy: { code: 'test-month', version: 1 },
      month: '2026-08',
      actor: sessions.get('HQ_WEALTH_ADMIN')!.staffNo,
      status: 'SUCCEEDED',
      customers: 3,
      qualifiedCounts: { STANDARD: 1, GOLD: 1, PLATINUM: 1, DIAMOND: 0, PRIVATE: 0 },
      statusCounts: { INITIAL: 3 },
      window: { start: '2026-08-01', end: '2026-08-31', days: 31, carriedForwardDays: [] },
      error: null,
    });
    expect(body.durationMs).toBeGreaterThanOrEqual(0);
    // The figures per org are written with the rows.
    expect((await db.pool.query('SELECT sum(customers)::int AS n FROM tier_summary')).rows[0].n).toBe(3);
    expect((await auditRowsOf(db.pool, 'evaluation.run')).at(-1)).toMatchObject({
      result: 'ALLOWED',
      details: { policyCode: 'test-month', policyVersion: 1, month: '2026-08', runId: body.id, customers: 3 },
    });
  });

  it('the next month follows from it: substandard and qualified-not-upgraded', async () => {
    const body = (await run({ month: '2026-09', policyCode: 'test-month' })).json();
    expect(body.statusCounts).toEqual({ QUALIFIED: 1, SUBSTANDARD: 1, QUALIFIED_NOT_UPGRADED: 1 });
  });

  it('records a failed evaluation as a FAILED run and answers with its error (month not closed: 409)', async () => {
    const response = await run({ month: '2026-10', policyCode: 'test-month' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'MONTH_NOT_CLOSED' });
    const failed = (await list({ month: '2026-10' })).json().runs;
    expect(failed).toEqual([expect.objectContaining({ status: 'FAILED', customers: 0, window: null, error: expect.stringContaining('not closed') })]);
    expect((await auditRowsOf(db.pool, 'evaluation.run')).at(-1)).toMatchObject({ result: 'ERROR', details: { code: 'MONTH_NOT_CLOSED' } });
  });

  it('refuses a second evaluation while one is running, from here or elsewhere (409 EVALUATION_RUNNING)', async () => {
    // Whoever evaluates the code (the command line, an import's re-derivation) holds its lock.
    const holder = await db.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT pg_advisory_xact_lock(2002, hashtext('test-month'))`);
      const refused = await run({ month: '2026-09', policyCode: 'test-month' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'EVALUATION_RUNNING' });
      await holder.query('ROLLBACK');
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock(7464242006)');
      expect((await run({ month: '2026-09', policyCode: 'month-avg-4-tier' })).json()).toMatchObject({ code: 'EVALUATION_RUNNING' });
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    expect((await list({ month: '2026-09', policyCode: 'test-month' })).json().total).toBe(1);
    expect((await run({ month: '2026-09', policyCode: 'test-month' })).statusCode).toBe(201);
  });

  it('answers 404 for a policy without an active version and 400 for a malformed body', async () => {
    expect((await run({ month: '2026-09', policyCode: 'no-such-policy' })).json()).toMatchObject({ code: 'TIER_POLICY_NOT_FOUND' });
    for (const body of [{ month: '2026-9', policyCode: 'test-month' }, { month: '2026-09' }, { month: '2026-09', policyCode: 'test-month', force: true }]) {
      const response = await run(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID' });
    }
  });

  it('is for head office only', async () => {
    const refused = ROLES.filter((role) => !can(role, 'evaluation.run'));
    expect(refused).toHaveLength(ROLES.length - 1);
    for (const role of refused) {
      expect((await run({ month: '2026-09', policyCode: 'test-month' }, role)).statusCode, role).toBe(403);
      expect((await list({}, role)).statusCode, role).toBe(403);
    }
  });
});

describe('GET /api/evaluation-runs', () => {
  it('lists runs newest first with counts, filtered by policy and month, paged', async () => {
    const all = (await list()).json();
    expect(all).toMatchObject({ total: 4, page: 1, pageSize: 20 });
    expect(all.runs.map((r: { month: string; status: string }) => `${r.month} ${r.status}`)).toEqual([
      '2026-09 SUCCEEDED',
      '2026-10 FAILED',
      '2026-09 SUCCEEDED',
      '2026-08 SUCCEEDED',
    ]);
    const page = (await list({ policyCode: 'test-month', month: '2026-09', page: '2', pageSize: '1' })).json();
    expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page.runs).toHaveLength(1);
    expect((await list({ policyCode: 'month-avg-4-tier' })).json()).toMatchObject({ total: 0, runs: [] });
    for (const query of <Record<string, string>[]>[{ page: '0' }, { pageSize: '101' }, { month: 'September' }, { sort: 'month' }]) {
      expect((await list(query)).statusCode, JSON.stringify(query)).toBe(400);
    }
    expect((await auditRowsOf(db.pool, 'evaluation-run.list')).length).toBeGreaterThanOrEqual(4);
  });
});
