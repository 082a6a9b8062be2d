/**
 * Special admission use cases (DOMAIN.md §4): request, decide a step, list, read. Scope is in
 * the SQL (special-admission.store.ts); the rules of who decides what are pure
 * (special-admission.rules.ts); every step writes an audit row (DOMAIN.md §11).
 */
import type pg from 'pg';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import type { AuditWriter } from '../../platform/audit/audit-writer.ts';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { tryHoldPolicyCodesShared } from '../tiers/tier-policy.store.ts';
import { policyContext } from './policy-context.ts';
import {
  admissionEffect,
  admissionState,
  applyDecision,
  approvalChain,
  approverLevelOf,
  checkDecision,
  checkRequest,
  EXPIRY_REMINDER_DAYS,
  firstEvaluationMonth,
  requiredLevel,
  type DecisionProblem,
  type RequestProblem,
} from './special-admission.rules.ts';
import type { AdmissionResponse, DecisionBody, RequestBody } from './special-admission.schemas.ts';
import {
  findAdmission,
  findRequestTarget,
  hasOpenOrCurrentAdmission,
  insertAdmission,
  latestEvaluatedMonth,
  listAdmissions,
  recordDecision,
  todayInDatabase,
  type AdmissionList,
  type AdmissionRow,
} from './special-admission.store.ts';

export interface ServiceTierContext {
  pool: pg.Pool;
  audit: AuditWriter;
}

export const ADMISSION_AUDIT = {
  request: 'special-admission.request',
  approve: 'special-admission.approve',
  reject: 'special-admission.reject',
  list: 'GET /api/special-admissions',
  read: 'GET /api/special-admissions/:admissionId',
} as const;

const viewerOf = (caller: ApiCaller): Viewer => ({ role: caller.role, staffId: caller.staffId, orgId: caller.orgId });

function notFound(id: bigint): DomainError {
  return new DomainError('SPECIAL_ADMISSION_NOT_FOUND', `no special admission ${id} in your scope`, { id: id.toString() });
}

/** The refusals of the rules as errors; each code written out, so the catalogue test sees it. */
const REFUSALS: Record<RequestProblem['code'] | DecisionProblem | 'SPECIAL_ADMISSION_EVALUATION_RUNNING', (message: string, details: Record<string, unknown>) => DomainError> = {
  SPECIAL_ADMISSION_EVALUATION_RUNNING: (m, d) => new DomainError('SPECIAL_ADMISSION_EVALUATION_RUNNING', m, d),
  SPECIAL_ADMISSION_NOT_ABOVE_QUALIFICATION: (m, d) => new DomainError('SPECIAL_ADMISSION_NOT_ABOVE_QUALIFICATION', m, d),
  SPECIAL_ADMISSION_TIER_NOT_IN_POLICY: (m, d) => new DomainError('SPECIAL_ADMISSION_TIER_NOT_IN_POLICY', m, d),
  SPECIAL_ADMISSION_NO_APPROVER: (m, d) => new DomainError('SPECIAL_ADMISSION_NO_APPROVER', m, d),
  SPECIAL_ADMISSION_CLOSED: (m, d) => new DomainError('SPECIAL_ADMISSION_CLOSED', m, d),
  SPECIAL_ADMISSION_OWN_REQUEST: (m, d) => new DomainError('SPECIAL_ADMISSION_OWN_REQUEST', m, d),
  SPECIAL_ADMISSION_WRONG_LEVEL: (m, d) => new DomainError('SPECIAL_ADMISSION_WRONG_LEVEL', m, d),
  SPECIAL_ADMISSION_ALREADY_DECIDED: (m, d) => new DomainError('SPECIAL_ADMISSION_ALREADY_DECIDED', m, d),
};
const refusal = (code: keyof typeof REFUSALS, message: string, details: Record<string, unknown>) => REFUSALS[code](message, details);

export function presentAdmission(row: AdmissionRow, today: string): AdmissionResponse {
  const state = admissionState(row, today);
  const open = row.status === 'REQUESTED' || row.status === 'IN_REVIEW';
  return {
    id: row.id.toString(),
    customer: { id: row.customerId.toString(), customerNo: row.customerNo, name: row.customerName, outletCode: row.outletCode, outletName: row.outletName },
    tier: row.tier,
    qualifiedTier: row.qualifiedTier,
    reason: row.reason,
    months: row.months,
    approvalChain: row.approvalChain,
    waitingFor: open ? (row.approvalChain[row.nextStep] ?? null) : null,
    state,
    requestedBy: { staffNo: row.requestedByStaffNo, name: row.requestedByName },
    requestedAt: row.requestedAt.toISOString(),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    ...admissionEffect(row, { today, latestEvaluatedMonth: row.latestEvaluatedMonth }),
    decisions: row.decisions.map((d) => ({
      step: d.step,
      level: d.level,
      decision: d.decision,
      comment: d.comment,
      decidedBy: { staffNo: d.staffNo, name: d.staffName },
      decidedAt: d.decidedAt.toISOString(),
    })),
  };
}

export async function requestAdmission(context: ServiceTierContext, caller: ApiCaller, body: RequestBody): Promise<AdmissionResponse> {
  const viewer = viewerOf(caller);
  const { evaluation, policy } = await policyContext(context.pool);
  const policyTiers = policy?.tiers;
  const target = await findRequestTarget(context.pool, viewer, body.customerNo, evaluation);
  if (!target) {
    await context.audit.record(auditEventBy(caller, { action: ADMISSION_AUDIT.request, result: 'DENIED', details: { reason: 'CUSTOMER_NOT_FOUND' } }));
    throw new DomainError('CUSTOMER_NOT_FOUND', 'no such customer in your scope', { customerNo: body.customerNo });
  }
  const chain = approvalChain(requiredLevel(body.tier, policyTiers), caller.role);
  const problem = checkRequest({ tier: body.tier, qualifiedTier: target.qualifiedTier, policyTiers, chain });
  if (problem) {
    throw refusal(problem.code, `a special admission to ${body.tier} cannot be requested for ${target.customerNo}`, {
      tier: body.tier,
      ...('qualifiedTier' in problem && { qualifiedTier: problem.qualifiedTier }),
    });
  }
  const id = await inTransaction(context.pool, async (client) => {
    if (await hasOpenOrCurrentAdmission(client, target.customerId)) {
      throw new DomainError('SPECIAL_ADMISSION_OPEN', `${target.customerNo} already has an open or current special admission`, { customerNo: target.customerNo });
    }
    return insertAdmission(client, { ...target, tier: body.tier, reason: body.reason, months: body.months, chain, staffId: caller.staffId, staffNo: caller.staffNo });
  });
  await context.audit.record(
    auditEventBy(caller, {
      action: ADMISSION_AUDIT.request,
      result: 'ALLOWED',
      customerIds: [target.customerId],
      details: { admissionId: id.toString(), tier: body.tier, qualifiedTier: target.qualifiedTier, months: body.months, approvalChain: chain },
    }),
  );
  return readAdmissionUnaudited(context, caller, id);
}

async function readAdmissionUnaudited(context: ServiceTierContext, caller: ApiCaller, id: bigint): Promise<AdmissionResponse> {
  const row = await findAdmission(context.pool, viewerOf(caller), id);
  if (!row) throw notFound(id);
  return presentAdmission(row, await todayInDatabase(context.pool));
}

export async function decideAdmission(context: ServiceTierContext, caller: ApiCaller, id: bigint, body: DecisionBody): Promise<AdmissionResponse> {
  if (body.decision === 'REJECT' && body.comment === '') {
    throw new DomainError('SPECIAL_ADMISSION_COMMENT_REQUIRED', 'a rejection needs a comment', { field: 'comment' });
  }
  const action = body.decision === 'APPROVE' ? ADMISSION_AUDIT.approve : ADMISSION_AUDIT.reject;
  const viewer = viewerOf(caller);
  const outcome = await inTransaction(context.pool, async (client) => {
    const row = await findAdmission(client, viewer, id, true);
    if (!row) return { done: false as const, refused: 'SPECIAL_ADMISSION_NOT_FOUND' as const, row: undefined };
    const problem = checkDecision(
      { ...row, deciderStaffIds: row.decisions.map((d) => d.staffId) },
      { staffId: caller.staffId, role: caller.role },
    );
    if (problem) return { done: false as const, refused: problem, row };
    const today = await todayInDatabase(client);
    const next = applyDecision(row, body.decision, today);
    // The month it takes effect from is read from the months evaluated so far: an evaluation running
    // now has read the admissions already and would not apply it to its month although that month
    // was not evaluated yet. So the last approval waits for no evaluation to run, and none starts before it commits.
    if (next.period && !(await tryHoldPolicyCodesShared(client))) {
      return { done: false as const, refused: 'SPECIAL_ADMISSION_EVALUATION_RUNNING' as const, row };
    }
    // The last approval fixes the first month whose evaluation applies it; months already
    // evaluated are not re-run (docs/decisions/0006-maintainer-relations-and-admission-effect.md).
    const effectiveFrom = next.period && firstEvaluationMonth(next.period.startsOn, await latestEvaluatedMonth(client));
    await recordDecision(client, {
      admissionId: id,
      step: row.nextStep,
      level: row.approvalChain[row.nextStep]!,
      decision: body.decision,
      comment: body.comment,
      staffId: caller.staffId,
      staffNo: caller.staffNo,
      outcome: next,
      effectiveFrom,
    });
    return { done: true as const, row, next, step: row.nextStep, effectiveFrom };
  });
  if (!outcome.done) {
    const row = outcome.row;
    await context.audit.record(
      auditEventBy(caller, {
        action,
        result: 'DENIED',
        ...(row && { customerIds: [row.customerId] }),
        details: { admissionId: id.toString(), reason: outcome.refused },
      }),
    );
    if (!row) throw notFound(id);
    throw refusal(outcome.refused, `special admission ${id} cannot be decided by ${caller.staffNo} now`, {
      id: id.toString(),
      ...(outcome.refused === 'SPECIAL_ADMISSION_WRONG_LEVEL' && { level: row.approvalChain[row.nextStep] ?? null, yourLevel: approverLevelOf(caller.role) ?? null }),
    });
  }
  await context.audit.record(
    auditEventBy(caller, {
      action,
      result: 'ALLOWED',
      customerIds: [outcome.row.customerId],
      details: {
        admissionId: id.toString(),
        step: outcome.step,
        level: outcome.row.approvalChain[outcome.step]!,
        status: outcome.next.status,
        ...(outcome.next.period && { startsOn: outcome.next.period.startsOn, endsOn: outcome.next.period.endsOn, effectiveFromMonth: outcome.effectiveFrom }),
      },
    }),
  );
  return readAdmissionUnaudited(context, caller, id);
}

export async function readAdmission(context: ServiceTierContext, caller: ApiCaller, id: bigint): Promise<AdmissionResponse> {
  const row = await findAdmission(context.pool, viewerOf(caller), id);
  if (!row) {
    await context.audit.record(auditEventBy(caller, { action: ADMISSION_AUDIT.read, result: 'DENIED', details: { admissionId: id.toString(), reason: 'SPECIAL_ADMISSION_NOT_FOUND' } }));
    throw notFound(id);
  }
  await context.audit.record(auditEventBy(caller, { action: ADMISSION_AUDIT.read, result: 'ALLOWED', customerIds: [row.customerId], details: { admissionId: id.toString() } }));
  return presentAdmission(row, await todayInDatabase(context.pool));
}

export async function listForCaller(
  context: ServiceTierContext,
  caller: ApiCaller,
  kind: 'mine' | 'inbox' | 'decided' | 'expiring',
): Promise<{ items: AdmissionResponse[]; today: string }> {
  let list: AdmissionList;
  if (kind === 'inbox') {
    const level = approverLevelOf(caller.role);
    if (!level) throw new DomainError('FORBIDDEN', 'only outlet heads, sub-branch heads and branch admins decide special admissions', { permission: 'special-admission.approve' });
    list = { kind, staffId: caller.staffId, level };
  } else if (kind === 'expiring') {
    list = { kind, days: EXPIRY_REMINDER_DAYS };
  } else {
    list = { kind, staffId: caller.staffId };
  }
  const rows = await listAdmissions(context.pool, viewerOf(caller), list);
  await context.audit.record(
    auditEventBy(caller, { action: ADMISSION_AUDIT.list, result: 'ALLOWED', customerIds: [...new Set(rows.map((r) => r.customerId))], details: { kind, count: rows.length } }),
  );
  const today = await todayInDatabase(context.pool);
  return { items: rows.map((row) => presentAdmission(row, today)), today };
}
