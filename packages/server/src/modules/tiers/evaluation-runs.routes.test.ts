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
const read = (id: string, role: Role = 'HQ_WEALTH_ADMIN') => getAs(app, sessions.get(role), `/api/evaluation-runs/${id}`);

/** Polls the run as the web does until it has ended; every answer seen on the way. */
async function watch(id: string) {
  const seen = [];
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const response = await read(id);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    seen.push(body);
    if (body.status !== 'RUNNING') return { run: body, seen };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`evaluation run ${id} did not end`);
}

/** Starts and watches to the end. */
async function evaluate(body: { month: string; policyCode: string }) {
  const started = await run(body);
  expect(started.statusCode, started.body).toBe(202);
  return (await watch(started.json().id)).run;
}

describe('POST /api/evaluation-runs', () => {
  it('answers 202 with the RUNNING run at once; the run reaches SUCCEEDED with its counts', async () => {
    const response = await run({ month: '2026-08', policyCode: 'test-month' });
    expect(response.statusCode).toBe(202);
    const started = response.json();
    expect(started).toMatchObject({
      policy: { code: 'test-month', version: 1 },
      month: '2026-08',
      actor: sessions.get('HQ_WEALTH_ADMIN')!.staffNo,
      status: 'RUNNING',
      finishedAt: null,
      customers: 0,
      progress: { total: 2 },
      error: null,
    });
    const { run: body, seen } = await watch(started.id);
    expect(body).toMatchObject({
      id: started.id,
      status: 'SUCCEEDED',
      progress: { done: 2, total: 2 },
      customers: 3,
      qualifiedCounts: { STANDARD: 1, GOLD: 1, PLATINUM: 1, DIAMOND: 0, PRIVATE: 0 },
      statusCounts: { INITIAL: 3 },
      window: { start: '2026-08-01', end: '2026-08-31', days: 31, carriedForwardDays: [] },
      error: null,
      errorCode: null,
    });
    expect(body.durationMs).toBeGreaterThanOrEqual(0);
    // Progress never goes back.
    const done = seen.map((answer) => answer.progress.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    // The figures per org are written with the rows, and the results point at the run started.
    expect((await db.pool.query('SELECT sum(customers)::int AS n FROM tier_summary')).rows[0].n).toBe(3);
    expect((await db.pool.query('SELECT DISTINCT run_id::text AS id FROM tier_evaluation')).rows).toEqual([{ id: started.id }]);
    expect((await auditRowsOf(db.pool, 'evaluation.run')).at(-1)).toMatchObject({
      result: 'ALLOWED',
      details: { policyCode: 'test-month', policyVersion: 1, month: '2026-08', runId: started.id },
    });
    expect((await auditRowsOf(db.pool, 'evaluation.finish')).at(-1)).toMatchObject({
      actorStaffNo: sessions.get('HQ_WEALTH_ADMIN')!.staffNo,
      result: 'ALLOWED',
      details: { policyCode: 'test-month', month: '2026-08', runId: started.id, customers: 3 },
    });
  });

  it('the next month follows from it: substandard and qualified-not-upgraded', async () => {
    const body = await evaluate({ month: '2026-09', policyCode: 'test-month' });
    expect(body.statusCounts).toEqual({ QUALIFIED: 1, SUBSTANDARD: 1, QUALIFIED_NOT_UPGRADED: 1 });
  });

  it('shows a failed evaluation as FAILED with its reason (month not closed), and audits the failure', async () => {
    const body = await evaluate({ month: '2026-10', policyCode: 'test-month' });
    expect(body).toMatchObject({ status: 'FAILED', customers: 0, window: null, errorCode: 'MONTH_NOT_CLOSED', error: expect.stringContaining('not closed') });
    expect(body.finishedAt).not.toBeNull();
    const failed = (await list({ month: '2026-10' })).json().runs;
    expect(failed).toEqual([expect.objectContaining({ id: body.id, status: 'FAILED' })]);
    expect((await auditRowsOf(db.pool, 'evaluation.finish')).at(-1)).toMatchObject({
      result: 'ERROR',
      details: { runId: body.id, code: 'MONTH_NOT_CLOSED' },
    });
  });

  it('refuses a second start while one of ours runs, and shows the running one in its phase', async () => {
    // A reader of the results keeps the evaluation waiting in its last step.
    const holder = await db.pool.connect();
    let id: string;
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE tier_evaluation IN ACCESS EXCLUSIVE MODE');
      const started = await run({ month: '2026-09', policyCode: 'test-month' });
      expect(started.statusCode).toBe(202);
      id = started.json().id;
      let current = (await read(id)).json();
      for (let attempt = 0; attempt < 200 && current.phase !== 'evaluate'; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        current = (await read(id)).json();
      }
      expect(current).toMatchObject({ status: 'RUNNING', phase: 'evaluate', progress: { done: 1, total: 2 } });
      for (const policyCode of ['test-month', 'month-avg-4-tier']) {
        const refused = await run({ month: '2026-09', policyCode });
        expect(refused.statusCode, policyCode).toBe(409);
        expect(refused.json()).toMatchObject({ code: 'EVALUATION_RUNNING' });
      }
      expect((await auditRowsOf(db.pool, 'evaluation.run')).at(-1)).toMatchObject({ result: 'ERROR', details: { code: 'EVALUATION_RUNNING' } });
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    expect((await watch(id)).run).toMatchObject({ status: 'SUCCEEDED', progress: { done: 2, total: 2 } });
  });

  it('refuses a start while the command line or an import evaluates (409 EVALUATION_RUNNING)', async () => {
    // Whoever evaluates the code (the command line, an import's re-derivation) holds its lock.
    const holder = await db.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT pg_advisory_xact_lock(2002, hashtext('test-month'))`);
      const refused = await run({ month: '2026-09', policyCode: 'test-month' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'EVALUATION_RUNNING' });
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    expect((await list({ month: '2026-09', policyCode: 'test-month' })).json().total).toBe(2);
  });

  it('answers 404 for a policy without an active version and 400 for a malformed body', async () => {
    expect((await run({ month: '2026-09', policyCode: 'no-such-policy' })).json()).toMatchObject({ code: 'TIER_POLICY_NOT_FOUND' });
    for (const body of [{ month: '2026-9', policyCode: 'test-month' }, { month: '2026-09' }, { month: '2026-09', policyCode: 'test-month', force: true }]) {
      const response = await run(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID' });
    }
  });

  it('is for head office only, and the refusals are audited', async () => {
    const refused = ROLES.filter((role) => !can(role, 'evaluation.run'));
    expect(refused).toHaveLength(ROLES.length - 1);
    const someRun = (await list()).json().runs[0].id;
    for (const role of refused) {
      expect((await run({ month: '2026-09', policyCode: 'test-month' }, role)).statusCode, role).toBe(403);
      expect((await list({}, role)).statusCode, role).toBe(403);
      expect((await read(someRun, role)).statusCode, role).toBe(403);
    }
    for (const action of ['evaluation.run', 'evaluation-run.list', 'evaluation-run.read']) {
      expect((await auditRowsOf(db.pool, action)).filter((row) => row.result === 'DENIED'), action).toHaveLength(refused.length);
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

describe('GET /api/evaluation-runs/:id', () => {
  it('answers 404 EVALUATION_RUN_NOT_FOUND for an unknown run and 400 for a malformed id', async () => {
    const missing = await read('999999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'EVALUATION_RUN_NOT_FOUND' });
    for (const id of ['abc', '0', '-1', '1.5', '99999999999999999999']) expect((await read(id)).statusCode, id).toBe(400);
    expect((await auditRowsOf(db.pool, 'evaluation-run.read')).filter((row) => row.result === 'ALLOWED').length).toBeGreaterThan(3);
  });

  it('shows a run left RUNNING by a server that died as FAILED (interrupted), in the run and in the list', async () => {
    const { rows } = await db.pool.query(
      `INSERT INTO tier_evaluation_run (policy_id, month, actor, started_at, status, phase)
       SELECT id, '2026-09-01', 'ghost', now(), 'RUNNING', 'window' FROM tier_policy WHERE code = 'test-month' AND active
       RETURNING id::text AS id`,
    );
    const orphan = rows[0].id as string;
    // While an evaluation holds the lock, a RUNNING run may be its own: it is left alone.
    const holder = await db.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock(7464242006)');
      expect((await read(orphan)).json()).toMatchObject({ status: 'RUNNING', phase: 'window', progress: { done: 0, total: 2 } });
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    expect((await list({ month: '2026-09', policyCode: 'test-month', pageSize: '1' })).json().runs[0]).toMatchObject({
      id: orphan,
      status: 'FAILED',
      errorCode: 'EVALUATION_INTERRUPTED',
    });
    expect((await read(orphan)).json()).toMatchObject({
      status: 'FAILED',
      errorCode: 'EVALUATION_INTERRUPTED',
      error: expect.stringContaining('interrupted'),
      progress: { done: 0, total: 2 },
    });
  });
});
