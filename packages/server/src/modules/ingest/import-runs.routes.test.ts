import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES, type Role } from '../../platform/access/permissions.ts';
import { auditRowsOf, getAs, sessionsOfEveryRole, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { aFeed } from '../../test-support/feed-builder.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';
import { importFeed } from './ingest.service.ts';

let db: TestDatabase;
let app: FastifyInstance;
let appliedId: string;
let rejectedId: string;
let sessions: Map<Role, Session>;

const RAW_PHONE = '13912345678';
const RAW_ID = '110101199003070011';
const RAW_ACCOUNT = '6222021234567890';

beforeAll(async () => {
  db = await createTestDatabase();
  const dir = aFeed().withDays('2026-01-01', 2).write();
  try {
    const applied = await importFeed(db.pool, { dir, actor: 'ops' });
    appliedId = String(applied.runId);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // A refused run as stored before the import masked what it quotes: raw values in the messages.
  const errors = [
    { file: 'customers.csv', line: 2, field: 'phone', reason: `not a phone number: "${RAW_PHONE}x"` },
    { file: 'customers.csv', line: 3, field: 'id_no', reason: `RESIDENT_ID ${RAW_ID} check character is 1, GB 11643 requires 5` },
    { file: 'customers.csv', line: 4, field: 'id_no', reason: `duplicate id_no "${RAW_ID}" (first on line 3)` },
    { file: 'balances/2026-01-03.csv', line: 7, field: 'account_no', reason: `unknown account "${RAW_ACCOUNT}"` },
    ...Array.from({ length: 21 }, (_, index) => ({ file: 'accounts.csv', line: 10 + index, field: 'customer_no', reason: `unknown customer "C${index}"` })),
  ];
  const { rows } = await db.pool.query(
    `INSERT INTO import_run (started_at, actor, source_dir, status, files, row_counts, error_count, errors, duration_ms)
     VALUES (now(), 'ops', '/data/feed/2026-01-03', 'REJECTED', '[]', '{"customers.csv": 3}', 1500, $1::jsonb, 42) RETURNING id::text`,
    [JSON.stringify(errors)],
  );
  rejectedId = rows[0].id;
  app = await anApp(db.pool);
  sessions = await sessionsOfEveryRole(app, db.pool);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const get = (url: string, query: Record<string, string> = {}, role: Role = 'HQ_WEALTH_ADMIN') => getAs(app, sessions.get(role), url, query);

describe('GET /api/import-runs', () => {
  it('lists runs newest first with files, row counts, days closed, durations and error counts', async () => {
    const response = await get('/api/import-runs');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(body.runs.map((run: { id: string }) => run.id)).toEqual([rejectedId, appliedId]);
    const applied = body.runs[1];
    expect(applied).toMatchObject({ status: 'APPLIED', actor: 'ops', daysClosed: ['2026-01-01', '2026-01-02'], errorCount: 0, errorsStored: 0 });
    expect(applied.files).toContainEqual(expect.objectContaining({ name: 'customers.csv', kind: 'customers', action: 'load', rows: 2 }));
    expect(applied.rowCounts['customers.csv']).toBe(2);
    expect(body.runs[0]).toMatchObject({ status: 'REJECTED', errorCount: 1500, errorsStored: 25, durationMs: 42 });
    expect(body.runs[0]).not.toHaveProperty('errors');
  });

  it('filters by status and pages', async () => {
    expect((await get('/api/import-runs', { status: 'APPLIED' })).json()).toMatchObject({ total: 1, runs: [{ id: appliedId }] });
    expect((await get('/api/import-runs', { page: '2', pageSize: '1' })).json()).toMatchObject({ total: 2, runs: [{ id: appliedId }] });
    for (const query of <Record<string, string>[]>[{ status: 'FAILED' }, { page: '0' }, { pageSize: '1000' }, { order: 'asc' }]) {
      const response = await get('/api/import-runs', query);
      expect(response.statusCode, JSON.stringify(query)).toBe(400);
      expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID' });
    }
  });
});

describe('GET /api/import-runs/:id', () => {
  it('serves the errors paged, and never a sensitive value in full', async () => {
    const response = await get(`/api/import-runs/${rejectedId}`, { pageSize: '5' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(RAW_PHONE);
    expect(response.body).not.toContain(RAW_ID);
    expect(response.body).not.toContain(RAW_ACCOUNT);
    expect(response.json().errors).toEqual({
      items: [
        { file: 'customers.csv', line: 2, field: 'phone', message: 'not a phone number: "139*****678x"' },
        { file: 'customers.csv', line: 3, field: 'id_no', message: 'RESIDENT_ID 110101********0011 check character is 1, GB 11643 requires 5' },
        { file: 'customers.csv', line: 4, field: 'id_no', message: 'duplicate id_no "110101********0011" (first on line 3)' },
        { file: 'balances/2026-01-03.csv', line: 7, field: 'account_no', message: 'unknown account "622202******7890"' },
        { file: 'accounts.csv', line: 10, field: 'customer_no', message: 'unknown customer "C0"' },
      ],
      page: 1,
      pageSize: 5,
      total: 25,
      file: null,
    });
    expect(response.json().errorFiles).toEqual([
      { file: 'customers.csv', errors: 3 },
      { file: 'balances/2026-01-03.csv', errors: 1 },
      { file: 'accounts.csv', errors: 21 },
    ]);
    const last = (await get(`/api/import-runs/${rejectedId}`, { page: '3', pageSize: '10' })).json().errors;
    expect(last.items.map((error: { line: number }) => error.line)).toEqual([26, 27, 28, 29, 30]);
  });

  it("serves one file's errors when asked, with that file's total", async () => {
    const errors = (await get(`/api/import-runs/${rejectedId}`, { file: 'customers.csv', page: '1', pageSize: '2' })).json().errors;
    expect(errors).toMatchObject({ total: 3, file: 'customers.csv', page: 1, pageSize: 2 });
    expect(errors.items.map((error: { file: string; line: number }) => `${error.file}:${error.line}`)).toEqual(['customers.csv:2', 'customers.csv:3']);
    const none = (await get(`/api/import-runs/${rejectedId}`, { file: 'products.csv' })).json().errors;
    expect(none).toMatchObject({ total: 0, items: [] });
    expect((await get(`/api/import-runs/${rejectedId}`, { file: '' })).statusCode).toBe(400);
  });

  it('answers 404 IMPORT_RUN_NOT_FOUND for an unknown run and 400 for a malformed id', async () => {
    const missing = await get('/api/import-runs/999999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'IMPORT_RUN_NOT_FOUND' });
    for (const id of ['abc', '0', '-1', '1.5', '99999999999999999999']) expect((await get(`/api/import-runs/${id}`)).statusCode, id).toBe(400);
  });

  it('is for head office only, and audits the reads', async () => {
    const refused = ROLES.filter((role) => !can(role, 'import-run.read'));
    expect(refused).toHaveLength(ROLES.length - 1);
    for (const role of refused) {
      expect((await get('/api/import-runs', {}, role)).statusCode, role).toBe(403);
      expect((await get(`/api/import-runs/${rejectedId}`, {}, role)).statusCode, role).toBe(403);
    }
    expect((await getAs(app, undefined, '/api/import-runs')).statusCode).toBe(401);
    const reads = await auditRowsOf(db.pool, 'import-run.read');
    expect(reads).toContainEqual(expect.objectContaining({ actorStaffNo: sessions.get('HQ_WEALTH_ADMIN')!.staffNo, result: 'ALLOWED', details: { id: rejectedId, page: 1 } }));
    expect(reads.filter((row) => row.result === 'DENIED')).toHaveLength(refused.length);
    expect((await auditRowsOf(db.pool, 'import-run.list')).filter((row) => row.result === 'ALLOWED').length).toBeGreaterThanOrEqual(2);
  });
});
