import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aFeed } from '../../test-support/feed-builder.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aStaffMemberWithPassword, anApp, loggedIn, postLogin } from '../identity/identity.routes.test-support.ts';
import { aStaffMember } from '../identity/identity.test-support.ts';
import { importFeed } from './ingest.service.ts';

/**
 * Staff changes from the feed, seen over HTTP (DOMAIN.md §11, issue 4): a moved staff member keeps
 * the session and sees the new role and org on the next request; one marked LEFT loses every
 * session at once and cannot log in, answered exactly as an unknown staff number; back to ACTIVE,
 * the same password works again.
 */
let db: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const me = (token: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `guibin_session=${token}` } });
const orgId = async (code: string) => (await db.pool.query('SELECT id FROM org WHERE code = $1', [code])).rows[0].id as number;

/** A delivery of staff.csv alone, for staff number R1 (the orgs are stored already). */
async function deliverStaff(row: string, header = 'staff_no,name,role,org_code,phone,status') {
  const feed = aFeed().only('staff.csv');
  feed.files.set('staff.csv', [header, row]);
  const result = await importFeed(db.pool, { dir: feed.write() });
  expect(result.errors).toEqual([]);
}

describe('staff changes from the feed', () => {
  it('a move keeps the session and takes effect on the next request; LEFT ends it and refuses login; ACTIVE again restores', async () => {
    await aStaffMember(db.pool, { orgCode: 'OUT-002' });
    await aStaffMemberWithPassword(db.pool, { staffNo: 'R1', orgCode: 'OUT-001' });
    const session = await loggedIn(app, 'R1');
    expect((await me(session.token)).json().staff).toMatchObject({ role: 'RELATIONSHIP_MANAGER', orgId: await orgId('OUT-001') });

    // An export without the status column: the staff member stays ACTIVE.
    await deliverStaff('R1,测试员工,OUTLET_HEAD,OUT-002,13800000000', 'staff_no,name,role,org_code,phone');
    const moved = await me(session.token);
    expect(moved.statusCode).toBe(200);
    expect(moved.json().staff).toMatchObject({ role: 'OUTLET_HEAD', orgId: await orgId('OUT-002') });
    expect(moved.json().permissions).toContain('customer.export');

    await deliverStaff('R1,测试员工,OUTLET_HEAD,OUT-002,13800000000,LEFT');
    expect((await me(session.token)).statusCode).toBe(401);
    const revoked = await db.pool.query(`SELECT count(*)::int AS n FROM staff_session s JOIN staff t ON t.id = s.staff_id WHERE t.staff_no = 'R1' AND s.revoked_at IS NULL`);
    expect(revoked.rows[0].n).toBe(0);
    const refused = await postLogin(app, 'R1');
    const unknown = await postLogin(app, 'NOBODY-9');
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toEqual(unknown.json());

    await deliverStaff('R1,测试员工,OUTLET_HEAD,OUT-002,13800000000,ACTIVE');
    expect((await postLogin(app, 'R1')).statusCode).toBe(200);
  });

  it('an existing session of a LEFT staff member is refused even if it was never revoked', async () => {
    await aStaffMemberWithPassword(db.pool, { staffNo: 'R2' });
    const session = await loggedIn(app, 'R2');
    await db.pool.query(`UPDATE staff SET status = 'LEFT' WHERE staff_no = 'R2'`);
    expect((await me(session.token)).statusCode).toBe(401);
  });
});
