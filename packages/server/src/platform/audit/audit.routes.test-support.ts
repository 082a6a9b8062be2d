/** Helpers for tests of audited API routes: requests as a logged-in staff member, and the rows they leave. */
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { aStaffMemberWithPassword, loggedIn } from '../../modules/identity/identity.routes.test-support.ts';
import { ROLES, type Role } from '../access/permissions.ts';

export interface Session {
  staffNo: string;
  token: string;
  csrfToken: string;
}

export async function sessionOf(app: FastifyInstance, staffNo: string): Promise<Session> {
  return { staffNo, ...(await loggedIn(app, staffNo)) };
}

/**
 * A logged-in staff member of every role, each at an org of their own at the level the role
 * works at (enough for permission checks; scope tests build their org tree themselves).
 */
export async function sessionsOfEveryRole(app: FastifyInstance, pool: pg.Pool): Promise<Map<Role, Session>> {
  const sessions = new Map<Role, Session>();
  for (const role of ROLES) {
    const level = role === 'HQ_WEALTH_ADMIN' || role === 'AUDITOR' ? 'HEAD_OFFICE' : role === 'BRANCH_ADMIN' ? 'BRANCH' : role === 'SUB_BRANCH_HEAD' ? 'SUB_BRANCH' : 'OUTLET';
    const staff = await aStaffMemberWithPassword(pool, { role, orgCode: `ORG-${role}`, level });
    sessions.set(role, await sessionOf(app, staff.staffNo));
  }
  return sessions;
}

/** GET with the session's cookie (no session: anonymous). */
export function getAs(app: FastifyInstance, session: Session | undefined, url: string, query: Record<string, string> = {}) {
  return app.inject({ method: 'GET', url, query, headers: session ? { cookie: `guibin_session=${session.token}` } : {} });
}

/** POST with the session's cookie and CSRF token, as the web client sends it. */
export function postAs(app: FastifyInstance, session: Session, url: string, payload: unknown) {
  return app.inject({
    method: 'POST',
    url,
    payload: payload as Record<string, unknown>,
    headers: { cookie: `guibin_session=${session.token}`, 'x-csrf-token': session.csrfToken },
  });
}

/** PUT with the session's cookie and CSRF token, as the web client sends it. */
export function putAs(app: FastifyInstance, session: Session, url: string, payload: unknown) {
  return app.inject({
    method: 'PUT',
    url,
    payload: payload as Record<string, unknown>,
    headers: { cookie: `guibin_session=${session.token}`, 'x-csrf-token': session.csrfToken },
  });
}

export interface AuditRow {
  actorStaffNo: string | null;
  action: string;
  result: string;
  customerIds: string[];
  details: Record<string, unknown>;
}

/** The audit events of one action, oldest first. */
export async function auditRowsOf(pool: pg.Pool, action: string): Promise<AuditRow[]> {
  const { rows } = await pool.query(
    `SELECT actor_staff_no, action, result, customer_ids::text[] AS customer_ids, details FROM audit_event
     WHERE action = $1 ORDER BY audit_event.id`,
    [action],
  );
  return rows.map((row) => ({
    actorStaffNo: row.actor_staff_no,
    action: row.action,
    result: row.result,
    customerIds: row.customer_ids,
    details: row.details,
  }));
}
