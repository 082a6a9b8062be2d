import { testSearchKey } from '../../test-support/search-key.ts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type pg from 'pg';
import { buildApp, type AppOptions } from '../../platform/http/app.ts';
import { setPassword } from './identity.service.ts';
import { aStaffMember, FAST_SETTINGS } from './identity.test-support.ts';

export const PASSWORD = 'Guibin-2026-ok';

/** An app with fast hashing and a generous login limit (the rate-limit test sets its own). */
export function anApp(pool: pg.Pool, options: Partial<AppOptions> = {}): Promise<FastifyInstance> {
  return buildApp({ pool, searchKey: testSearchKey, identity: FAST_SETTINGS, loginRateLimit: { max: 1000, timeWindowMs: 60_000 }, ...options });
}

export async function aStaffMemberWithPassword(pool: pg.Pool, options: Parameters<typeof aStaffMember>[1] = {}) {
  const staff = await aStaffMember(pool, options);
  await setPassword(pool, staff.staffNo, PASSWORD, FAST_SETTINGS);
  return staff;
}

export function postLogin(app: FastifyInstance, staffNo: string, password = PASSWORD, cookie?: string) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { staffNo, password },
    headers: cookie ? { cookie: `guibin_session=${cookie}` } : {},
  });
}

export function sessionCookieOf(response: LightMyRequestResponse) {
  const cookie = response.cookies.find((c) => c.name === 'guibin_session');
  if (!cookie) throw new Error(`no session cookie in the response (${response.statusCode} ${response.body})`);
  return cookie;
}

/** Logs in and returns what a browser would hold: the cookie value and the CSRF token. */
export async function loggedIn(app: FastifyInstance, staffNo: string): Promise<{ token: string; csrfToken: string }> {
  const response = await postLogin(app, staffNo);
  return { token: sessionCookieOf(response).value, csrfToken: response.json().csrfToken as string };
}
