import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { sessionIdOf } from './identity.password.ts';
import { aStaffMemberWithPassword, anApp, loggedIn, PASSWORD, postLogin, sessionCookieOf } from './identity.routes.test-support.ts';
import { permissionsOf } from '../../platform/access/permissions.ts';

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

const me = (token?: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: token ? { cookie: `guibin_session=${token}` } : {} });
const revokedAt = async (token: string) =>
  (await db.pool.query('SELECT revoked_at FROM staff_session WHERE id = $1', [sessionIdOf(token)])).rows[0]?.revoked_at as Date | null | undefined;

describe('POST /api/auth/login', () => {
  it('sets an HttpOnly SameSite=Lax cookie and returns the staff member, never the password or hash', async () => {
    const staff = await aStaffMemberWithPassword(db.pool);
    const response = await postLogin(app, staff.staffNo);
    expect(response.statusCode).toBe(200);
    const cookie = sessionCookieOf(response);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy(); // plain HTTP without GUIBIN_COOKIE_SECURE
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const body = response.json();
    expect(body).toEqual({
      staff: {
        staffNo: staff.staffNo,
        name: '测试员工',
        role: 'RELATIONSHIP_MANAGER',
        orgId: expect.any(Number),
        org: { id: body.staff.orgId, code: 'OUT-001', name: 'OUT-001', level: 'OUTLET' },
      },
      mustChangePassword: false,
      csrfToken: expect.any(String),
      permissions: permissionsOf('RELATIONSHIP_MANAGER'),
    });
    expect(body.permissions).toEqual(expect.arrayContaining(['customer.read', 'customer.show-in-full', 'tier.read']));
    expect(response.body).not.toContain(PASSWORD);
    expect(response.body).not.toContain('argon2');
    expect(response.body).not.toContain(cookie.value);
  });

  it('answers a wrong password exactly like an unknown staff number', async () => {
    const staff = await aStaffMemberWithPassword(db.pool);
    const wrong = await postLogin(app, staff.staffNo, 'Guibin-2026-no');
    const unknown = await postLogin(app, 'NOBODY-1', PASSWORD);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().code).toBe('LOGIN_FAILED');
    expect(wrong.cookies).toEqual([]);
  });

  it('locks the account after repeated failures with 423', async () => {
    const staff = await aStaffMemberWithPassword(db.pool);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) statuses.push((await postLogin(app, staff.staffNo, 'Guibin-2026-no')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const locked = await postLogin(app, staff.staffNo);
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({ code: 'ACCOUNT_LOCKED', details: { lockedUntil: expect.any(String) } });
  });

  it('rejects a body that is not JSON (login CSRF)', async () => {
    const staff = await aStaffMemberWithPassword(db.pool);
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ staffNo: staff.staffNo, password: PASSWORD }),
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('rotates the session: a cookie held before login is not the session after, and is revoked', async () => {
    const staff = await aStaffMemberWithPassword(db.pool);
    const before = await loggedIn(app, staff.staffNo);
    const response = await postLogin(app, staff.staffNo, PASSWORD, before.token);
    const after = sessionCookieOf(response).value;
    expect(after).not.toBe(before.token);
    expect(await revokedAt(before.token)).toBeInstanceOf(Date);
    expect((await me(before.token)).statusCode).toBe(401);
    expect((await me(after)).statusCode).toBe(200);
  });

  it('never adopts a session token chosen by the client (fixation)', async () => {
    const staff = await aStaffMemberWithPassword(db.pool);
    const planted = 'attacker-chosen-token-aaaaaaaaaaaaaaaaaaaaaaa';
    const after = sessionCookieOf(await postLogin(app, staff.staffNo, PASSWORD, planted)).value;
    expect(after).not.toBe(planted);
    expect((await me(planted)).statusCode).toBe(401);
  });
});

describe('GET /api/auth/me and POST /api/auth/logout', () => {
  it('answers 401 UNAUTHENTICATED without a cookie or with an unknown one', async () => {
    for (const response of [await me(), await me('no-such-session')]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });

  it('returns the staff member and the same CSRF token as login', async () => {
    const staff = await aStaffMemberWithPassword(db.pool);
    const session = await loggedIn(app, staff.staffNo);
    const response = await me(session.token);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ staff: { staffNo: staff.staffNo }, csrfToken: session.csrfToken });
  });

  it('ends the session on logout: cookie cleared, me → 401', async () => {
    const staff = await aStaffMemberWithPassword(db.pool);
    const session = await loggedIn(app, staff.staffNo);
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: `guibin_session=${session.token}`, 'x-csrf-token': session.csrfToken },
    });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    const cleared = sessionCookieOf(response);
    expect(cleared.value).toBe('');
    expect(cleared.expires?.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await revokedAt(session.token)).toBeInstanceOf(Date);
    expect((await me(session.token)).statusCode).toBe(401);
  });

  it('answers 401 once the session has expired or gone idle', async () => {
    const staff = await aStaffMemberWithPassword(db.pool);
    const expired = await loggedIn(app, staff.staffNo);
    const idle = await loggedIn(app, staff.staffNo);
    await db.pool.query(`UPDATE staff_session SET expires_at = now() - interval '1 second' WHERE id = $1`, [sessionIdOf(expired.token)]);
    await db.pool.query(`UPDATE staff_session SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`, [sessionIdOf(idle.token)]);
    expect((await me(expired.token)).statusCode).toBe(401);
    expect((await me(idle.token)).statusCode).toBe(401);
  });
});
