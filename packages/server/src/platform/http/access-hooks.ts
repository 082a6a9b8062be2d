import type { FastifyInstance, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { DomainError } from '../errors/domain-error.ts';
import { authenticate, type IdentitySettings, type StaffIdentity, type StaffSession } from '../../modules/identity/identity.service.ts';
import { CSRF_HEADER, type Csrf } from './csrf.ts';
import { AUTHENTICATED, PUBLIC, type PermissionCheck } from './route-permission.ts';
import { sessionTokenOf } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in staff member; set on every non-public route, null on public ones. */
    staff: StaffIdentity | null;
    /** The session behind the cookie; set together with `staff`. */
    staffSession: StaffSession | null;
  }
}

export interface AccessHookOptions {
  pool: pg.Pool;
  csrf: Csrf;
  can: PermissionCheck;
  identity: Partial<IdentitySettings>;
}

// Safe methods change nothing (by our own rule for routes), so they need no CSRF token.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * For every request to a non-public route: authenticate the cookie (401 UNAUTHENTICATED),
 * check the CSRF token on writes (403 CSRF_TOKEN_INVALID), then the route's permission
 * (403 FORBIDDEN). Runs onRequest, before the body is parsed, so unauthenticated callers
 * cost one indexed lookup and nothing more. Unknown URLs (no route, no permission) fall
 * through to the 404 handler, which reveals nothing.
 */
export function installAccessHooks(app: FastifyInstance, options: AccessHookOptions): void {
  app.decorateRequest('staff', null);
  app.decorateRequest('staffSession', null);
  app.addHook('onRequest', async (request) => {
    const permission = request.routeOptions.config.permission;
    if (permission === undefined || permission === PUBLIC) return;
    const token = sessionTokenOf(request);
    const authenticated = token ? await authenticate(options.pool, token, new Date(), options.identity) : undefined;
    if (!authenticated) throw new DomainError('UNAUTHENTICATED', '请先登录 / please log in: no valid session');
    request.staff = authenticated.staff;
    request.staffSession = authenticated.session;
    if (!SAFE_METHODS.has(request.method) && !options.csrf.isValid(authenticated.session.id, csrfHeaderOf(request))) {
      throw new DomainError('CSRF_TOKEN_INVALID', 'the X-CSRF-Token header is missing or does not match the session');
    }
    if (permission !== AUTHENTICATED && !options.can(authenticated.staff.role, permission)) {
      throw new DomainError('FORBIDDEN', `your role may not do this (${permission})`, { permission });
    }
  });
}

function csrfHeaderOf(request: FastifyRequest): string | undefined {
  const value = request.headers[CSRF_HEADER];
  return Array.isArray(value) ? value[0] : value;
}

/** The staff member of an authenticated route; a route that calls it on a public route is a bug. */
export function staffOf(request: FastifyRequest): { staff: StaffIdentity; session: StaffSession } {
  if (!request.staff || !request.staffSession) throw new DomainError('UNAUTHENTICATED', '请先登录 / please log in: no valid session');
  return { staff: request.staff, session: request.staffSession };
}
