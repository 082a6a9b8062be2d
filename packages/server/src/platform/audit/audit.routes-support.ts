/**
 * What route plugins share to audit their requests (issue 4 "Audit": every read of business data
 * writes one row, every write one; DOMAIN.md §11 "who, what, when"): the caller of a request as
 * an actor, and the recording of requests refused for want of a permission.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error.ts';
import { staffOf } from '../http/access-hooks.ts';
import type { AuditEventInput, AuditResult, JsonObject } from './audit.rules.ts';
import type { AuditWriter } from './audit-writer.ts';

/** The logged-in staff member behind a request, with what the audit trail records of them. */
export interface ApiCaller {
  staffId: number;
  staffNo: string;
  role: string;
  orgId: number;
  ip: string;
}

export function callerOf(request: FastifyRequest): ApiCaller {
  const { staff } = staffOf(request);
  return { staffId: staff.staffId, staffNo: staff.staffNo, role: staff.role, orgId: staff.orgId, ip: request.ip };
}

export function auditEventBy(
  caller: Pick<ApiCaller, 'staffNo' | 'role' | 'ip'>,
  event: { action: string; result: AuditResult; customerIds?: readonly bigint[]; details?: JsonObject },
): AuditEventInput {
  return { actorStaffNo: caller.staffNo, actorRole: caller.role, sourceIp: caller.ip, ...event };
}

/**
 * Records a DENIED event when a logged-in staff member is refused a route for want of its
 * permission: trying to read the audit trail or tier figures without the right is worth knowing
 * about. `actionOf` names the audit action of a route (`GET /api/tiers/summary`); routes it does
 * not name are skipped.
 * A failure to record is logged, never answered in place of the refusal.
 */
export function auditRefusals(
  app: FastifyInstance,
  audit: AuditWriter,
  actionOf: (route: string) => string | undefined,
  /** The customers a refused request was about (a well-formed id in its URL), if any. */
  customerIdsOf: (request: FastifyRequest) => bigint[] = () => [],
): void {
  app.addHook('onError', async (request, _reply, error) => {
    const action = actionOf(`${request.method} ${request.routeOptions.url ?? ''}`);
    if (!action || !request.staff || !(error instanceof DomainError) || error.code !== 'FORBIDDEN') return;
    const caller = { staffNo: request.staff.staffNo, role: request.staff.role, ip: request.ip };
    await audit
      .record(auditEventBy(caller, { action, result: 'DENIED', customerIds: customerIdsOf(request), details: { reason: 'FORBIDDEN' } }))
      .catch((auditError: unknown) => request.log.error({ err: auditError }, 'audit of a refused request failed'));
  });
}
