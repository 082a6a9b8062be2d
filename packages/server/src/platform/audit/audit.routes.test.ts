import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anApp } from '../../modules/identity/identity.routes.test-support.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { can, ROLES, type Role } from '../access/permissions.ts';
import { appendAuditEvents, verifyAuditChain } from './audit-chain.store.ts';
import { auditRowsOf, getAs, sessionsOfEveryRole, type Session } from './audit.routes.test-support.ts';
import { anAuditEvent } from './audit.test-support.ts';

let db: TestDatabase;
let app: FastifyInstance;
let sessions: Map<Role, Session>;

beforeAll(async () => {
  db = await createTestDatabase();
  await appendAuditEvents(db.pool, [
    anAuditEvent({ actorStaffNo: 'RM001', action: 'customer.file', customerIds: [11n], result: 'ALLOWED', details: { view: 'FULL' } }),
    anAuditEvent({ actorStaffNo: 'RM001', action: 'customer.file', customerIds: [12n], result: 'DENIED', details: { reason: 'CUSTOMER_NOT_FOUND' } }),
    anAuditEvent({ actorStaffNo: 'OH001', action: 'customer.search', customerIds: [11n, 13n], result: 'ALLOWED' }),
    anAuditEvent({ actorStaffNo: 'OH001', action: 'customer.show-in-full', customerIds: [11n], result: 'ALLOWED', details: {} }),
  ]);
  app = await anApp(db.pool);
  sessions = await sessionsOfEveryRole(app, db.pool);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const query = (params: Record<string, string> = {}, role: Role = 'AUDITOR') => getAs(app, sessions.get(role), '/api/audit-events', params);
const actionsOf = (body: { events: { action: string; actorStaffNo: string | null }[] }) => body.events.map((event) => `${event.actorStaffNo} ${event.action}`);

describe('GET /api/audit-events', () => {
  it('gives auditors and head office the trail newest first, filtered by staff, customer, action and result', async () => {
    const byStaff = (await query({ staffNo: 'RM001' })).json();
    expect(actionsOf(byStaff)).toEqual(['RM001 customer.file', 'RM001 customer.file']);
    expect(byStaff.events[0]).toMatchObject({ customerIds: ['12'], result: 'DENIED', details: { reason: 'CUSTOMER_NOT_FOUND' }, sourceIp: '10.1.2.3' });
    expect(actionsOf((await query({ customerId: '11' }, 'HQ_WEALTH_ADMIN')).json())).toEqual([
      'OH001 customer.show-in-full',
      'OH001 customer.search',
      'RM001 customer.file',
    ]);
    expect(actionsOf((await query({ action: 'customer.search' })).json())).toEqual(['OH001 customer.search']);
    expect(actionsOf((await query({ result: 'DENIED', staffNo: 'RM001' })).json())).toEqual(['RM001 customer.file']);
  });

  it('filters by time: from inclusive, to exclusive, a day meaning the China Standard Time day', async () => {
    const { rows } = await db.pool.query(`SELECT min(occurred_at) AS first FROM audit_event`);
    const first = (rows[0].first as Date).toISOString();
    expect((await query({ from: first, staffNo: 'RM001' })).json().events).toHaveLength(2);
    expect((await query({ to: first, staffNo: 'RM001' })).json().events).toHaveLength(0);
    // The day of the seeded events in China Standard Time (UTC+8), included whole.
    const day = new Date((rows[0].first as Date).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await query({ from: day, to: day, staffNo: 'OH001' })).json().events).toHaveLength(2);
    expect((await query({ from: '2020-01-01', to: '2020-12-31' })).json().events).toEqual([]);
  });

  it('pages by cursor', async () => {
    const first = (await query({ pageSize: '2', staffNo: 'OH001' })).json();
    expect(first.events).toHaveLength(2);
    expect(first.nextCursor).toBeNull();
    const page1 = (await query({ pageSize: '1', action: 'customer.file' })).json();
    expect(page1.nextCursor).toBe(page1.events[0].id);
    const page2 = (await query({ pageSize: '1', action: 'customer.file', cursor: page1.nextCursor })).json();
    expect(page2.events.map((event: { customerIds: string[] }) => event.customerIds)).toEqual([['11']]);
    expect(page2.nextCursor).toBeNull();
  });

  it('audits the query itself with the filters used', async () => {
    await query({ staffNo: 'RM001', result: 'DENIED' });
    const rows = await auditRowsOf(db.pool, 'audit.query');
    expect(rows.at(-1)).toEqual({
      actorStaffNo: sessions.get('AUDITOR')!.staffNo,
      action: 'audit.query',
      result: 'ALLOWED',
      customerIds: [],
      details: { staffNo: 'RM001', result: 'DENIED', pageSize: 50 },
    });
    // The query is in the trail, and the trail still verifies.
    expect(actionsOf((await query({ action: 'audit.query', pageSize: '1' })).json())).toEqual([`${sessions.get('AUDITOR')!.staffNo} audit.query`]);
    expect(await verifyAuditChain(db.pool)).toMatchObject({ ok: true });
  });

  it('refuses every role without audit.read (403, itself audited) and anonymous callers (401)', async () => {
    const refused = ROLES.filter((role) => !can(role, 'audit.read'));
    expect(refused).toHaveLength(ROLES.length - 2);
    for (const role of refused) expect((await query({}, role)).statusCode, role).toBe(403);
    expect((await getAs(app, undefined, '/api/audit-events')).statusCode).toBe(401);
    const denied = (await auditRowsOf(db.pool, 'audit.query')).filter((row) => row.result === 'DENIED');
    expect(denied.map((row) => row.actorStaffNo)).toEqual(refused.map((role) => sessions.get(role)!.staffNo));
  });

  it('refuses malformed filters with 400 and a message per problem', async () => {
    for (const params of <Record<string, string>[]>[
      { customerId: 'abc' },
      { customerId: '1.5' },
      { from: 'yesterday' },
      { from: '2026-09-30T10:00:00' },
      { from: '2026-10-01', to: '2026-09-01' },
      { result: 'OK' },
      { pageSize: '0' },
      { pageSize: '201' },
      { cursor: '-1' },
      { actor: 'RM001' },
    ]) {
      const response = await query(params);
      expect(response.statusCode, JSON.stringify(params)).toBe(400);
      expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID' });
      expect(response.json().details.issues.length, JSON.stringify(params)).toBeGreaterThan(0);
    }
  });
});

describe('GET /api/audit-events/actions', () => {
  const actions = (role: Role = 'AUDITOR') => getAs(app, sessions.get(role), '/api/audit-events/actions');

  it('lists every action in the trail once, alphabetically, for the filter of the audit screen', async () => {
    // Read first: the page is read before its own audit row is written.
    const { rows } = await db.pool.query('SELECT DISTINCT action FROM audit_event ORDER BY action');
    const response = await actions();
    expect(response.statusCode).toBe(200);
    const listed: string[] = response.json().actions;
    expect(listed).toEqual(rows.map((row) => row.action));
    expect(listed).toEqual(expect.arrayContaining(['customer.file', 'customer.search', 'customer.show-in-full', 'audit.query']));
    expect((await auditRowsOf(db.pool, 'audit.actions')).at(-1)).toMatchObject({ actorStaffNo: sessions.get('AUDITOR')!.staffNo, result: 'ALLOWED' });
    // The read is in the trail at once, and so in the next list.
    expect((await actions('HQ_WEALTH_ADMIN')).json().actions).toContain('audit.actions');
  });

  it('refuses every role without audit.read (403, audited)', async () => {
    const refused = ROLES.filter((role) => !can(role, 'audit.read'));
    for (const role of refused) expect((await actions(role)).statusCode, role).toBe(403);
    expect((await auditRowsOf(db.pool, 'audit.actions')).filter((row) => row.result === 'DENIED')).toHaveLength(refused.length);
  });
});
