import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { z } from 'zod';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { staffOf } from '../../platform/http/access-hooks.ts';
import type { Csrf } from '../../platform/http/csrf.ts';
import { AUTHENTICATED, PUBLIC } from '../../platform/http/route-permission.ts';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from '../../platform/http/session-cookie.ts';
import { errorBody, loginBody, sessionView } from './identity.schemas.ts';
import { login, logout, type IdentitySettings, type StaffIdentity, type StaffSession } from './identity.service.ts';
import { permissionsOf } from '../../platform/access/permissions.ts';
import { orgOf } from '../orgs/orgs.service.ts';

export interface LoginRateLimit {
  /** Attempts per window per client IP (default 10). */
  max: number;
  /** Window length in milliseconds (default one minute). */
  timeWindowMs: number;
}

export const DEFAULT_LOGIN_RATE_LIMIT: LoginRateLimit = { max: 10, timeWindowMs: 60_000 };

export interface IdentityRouteOptions {
  pool: pg.Pool;
  csrf: Csrf;
  identity: Partial<IdentitySettings>;
  loginRateLimit: LoginRateLimit;
}

const TAGS = ['auth'];

const viewOf = async (pool: pg.Pool, staff: StaffIdentity, session: StaffSession, csrf: Csrf) => ({
  staff: { staffNo: staff.staffNo, name: staff.name, role: staff.role, orgId: staff.orgId, org: await orgOf(pool, staff.orgId) },
  mustChangePassword: session.mustChange,
  csrfToken: csrf.tokenFor(session.id),
  permissions: permissionsOf(staff.role),
});

/**
 * Login is public and carries no CSRF token (there is no session yet), so it insists on
 * `Content-Type: application/json`: a cross-site form can only send urlencoded, multipart or
 * text/plain, and a cross-site fetch with JSON needs a CORS preflight that we do not grant.
 * This stops login CSRF (logging a victim into the attacker's account).
 */
async function requireJson(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const mediaType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'login requires Content-Type: application/json', { expected: 'application/json' });
  }
}

/** Staff login, logout and the current session (docs/sessions.md). */
export const identityRoutes: FastifyPluginAsyncZod<IdentityRouteOptions> = async (app, { pool, csrf, identity, loginRateLimit }) => {
  app.post(
    '/api/auth/login',
    {
      config: { permission: PUBLIC, rateLimit: { max: loginRateLimit.max, timeWindow: loginRateLimit.timeWindowMs } },
      onRequest: requireJson,
      schema: {
        tags: TAGS,
        summary: 'Log in with staff number and password; sets the guibin_session cookie',
        body: loginBody,
        response: { 200: sessionView, 401: errorBody, 415: errorBody, 423: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      // Rotation: whatever session the client held before (possibly one an attacker planted)
      // is revoked, and the new token is always server-generated.
      const result = await login(
        pool,
        {
          staffNo: request.body.staffNo,
          password: request.body.password,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          previousToken: sessionTokenOf(request),
        },
        identity,
      );
      setSessionCookie(request, reply, result.token, result.session.expiresAt);
      return viewOf(pool, result.staff, result.session, csrf);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { permission: AUTHENTICATED },
      schema: { tags: TAGS, summary: 'End the current session and clear the cookie', response: { 204: z.null().describe('the session has ended'), 401: errorBody, 403: errorBody } },
    },
    async (request, reply) => {
      const token = sessionTokenOf(request);
      if (token) await logout(pool, token);
      clearSessionCookie(request, reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { permission: AUTHENTICATED },
      schema: { tags: TAGS, summary: 'The logged-in staff member and the CSRF token of the session', response: { 200: sessionView, 401: errorBody } },
    },
    async (request) => {
      const { staff, session } = staffOf(request);
      return viewOf(pool, staff, session, csrf);
    },
  );
};
