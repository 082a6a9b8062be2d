import { testSearchKey } from '../../test-support/search-key.ts';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  aStaffMemberWithPassword,
  anApp,
  loggedIn,
  postLogin,
  sessionCookieOf,
} from '../../modules/identity/identity.routes.test-support.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { buildApp } from './app.ts';

let db: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool, { can: (role, permission) => role === 'HQ_WEALTH_ADMIN' && permission === 'tier-policy.write' });
  // Test routes registered the way a module would: after buildApp, before the app is ready.
  app.post('/test/write', { config: { permission: 'authenticated' } }, async () => ({ written: true }));
  app.post('/test/policy', { config: { permission: 'tier-policy.write' } }, async () => ({ written: true }));
});
afterAll(async () => {
  await app.close();
  await db.drop();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const write = (url: string, token: string, csrfToken?: string) =>
  app.inject({
    method: 'POST',
    url,
    payload: {},
    headers: { cookie: `guibin_session=${token}`, ...(csrfToken === undefined ? {} : { 'x-csrf-token': csrfToken }) },
  });

describe('CSRF on cookie-authenticated writes', () => {
  it('refuses a write without or with a wrong token (403) and lets the right one through', async () => {
    const staff = await aStaffMemberWithPassword(db.pool);
    const session = await loggedIn(app, staff.staffNo);
    const other = await loggedIn(app, (await aStaffMemberWithPassword(db.pool)).staffNo);
    for (const token of [undefined, 'wrong', other.csrfToken]) {
      const response = await write('/test/write', session.token, token);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    }
    const allowed = await write('/test/write', session.token, session.csrfToken);
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json()).toEqual({ written: true });
  });

  it('checks authentication before CSRF: no session → 401', async () => {
    expect((await write('/test/write', 'no-such-session', 'whatever')).statusCode).toBe(401);
  });
});

describe('named permissions', () => {
  it('asks can(role, permission): 403 FORBIDDEN when the role lacks it, 200 when it holds it', async () => {
    const rm = await loggedIn(app, (await aStaffMemberWithPassword(db.pool)).staffNo);
    const hq = await loggedIn(app, (await aStaffMemberWithPassword(db.pool, { role: 'HQ_WEALTH_ADMIN', orgCode: 'HQ', level: 'HEAD_OFFICE' })).staffNo);
    const denied = await write('/test/policy', rm.token, rm.csrfToken);
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ code: 'FORBIDDEN', details: { permission: 'tier-policy.write' } });
    expect((await write('/test/policy', hq.token, hq.csrfToken)).statusCode).toBe(200);
  });

  it('checks named permissions against the role → permission table by default', async () => {
    const plain = await anApp(db.pool);
    plain.post('/test/policy', { config: { permission: 'tier-policy.write' } }, async () => ({ written: true }));
    const hq = await loggedIn(plain, (await aStaffMemberWithPassword(db.pool, { role: 'HQ_WEALTH_ADMIN', orgCode: 'HQ', level: 'HEAD_OFFICE' })).staffNo);
    const response = await plain.inject({
      method: 'POST',
      url: '/test/policy',
      payload: {},
      headers: { cookie: `guibin_session=${hq.token}`, 'x-csrf-token': hq.csrfToken },
    });
    expect(response.statusCode).toBe(200); // HQ_WEALTH_ADMIN holds tier-policy.write (docs/access-model.md)
    const rm = await loggedIn(plain, (await aStaffMemberWithPassword(db.pool)).staffNo);
    const refused = await plain.inject({
      method: 'POST',
      url: '/test/policy',
      payload: {},
      headers: { cookie: `guibin_session=${rm.token}`, 'x-csrf-token': rm.csrfToken },
    });
    expect(refused.statusCode).toBe(403);
    await plain.close();
  });
});

describe('deny by default at startup', () => {
  it('does not start when a route declares no permission', async () => {
    const broken = await buildApp({ pool: db.pool, searchKey: testSearchKey });
    // Not awaited: the plugin loads during startup (ready/listen), which must then fail.
    void broken.register(async (module) => {
      module.get('/test/forgotten', async () => ({ open: true }));
    });
    await expect(broken.ready()).rejects.toThrow(/GET \/test\/forgotten declares no permission/);
  });

  it('keeps the documentation and operational endpoints public', async () => {
    for (const url of ['/api/docs/json', '/api/docs/', '/healthz', '/metrics']) expect((await app.inject(url)).statusCode).toBe(200);
    const document = (await app.inject('/api/docs/json')).json();
    expect(document.paths['/api/auth/login'].post.tags).toEqual(['auth']);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/auth/logout', '/api/auth/me']));
  });
});

describe('login rate limit', () => {
  it('answers the 11th attempt within a minute with 429 and a coded body', async () => {
    const limited = await buildApp({ pool: db.pool, searchKey: testSearchKey, identity: { hashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 } } });
    const staff = await aStaffMemberWithPassword(db.pool, { staffNo: 'RL00001' });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt += 1) statuses.push((await postLogin(limited, 'NOBODY-2', 'Guibin-2026-no')).statusCode);
    expect(statuses.every((status) => status === 401)).toBe(true);
    const eleventh = await postLogin(limited, staff.staffNo);
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.json()).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('重试') });
    expect(eleventh.headers['retry-after']).toBeDefined();
    // Only login is limited: other routes still answer.
    expect((await limited.inject('/healthz')).statusCode).toBe(200);
    await limited.close();
  });
});

describe('the session cookie over TLS', () => {
  it('is Secure when GUIBIN_COOKIE_SECURE=1', async () => {
    vi.stubEnv('GUIBIN_COOKIE_SECURE', '1');
    const staff = await aStaffMemberWithPassword(db.pool);
    expect(sessionCookieOf(await postLogin(app, staff.staffNo)).secure).toBe(true);
  });
});
