/**
 * The service tier card of the customer 360 and the recording of consent (DOMAIN.md §4 客户自愿):
 * a signed service agreement is stored, and the next monthly evaluation upgrades a
 * qualified-not-upgraded customer who has one (tiers.store.ts replaceEvaluations). The month in
 * force is not rewritten: results stay what their data said when evaluated (DOMAIN.md §4
 * "deterministic"), so the card says which evaluation will upgrade.
 */
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { addMonths } from '../aum/aum.rules.ts';
import { policyContext } from './policy-context.ts';
import { findCardEvaluation, findStaffId, insertAgreement, listAgreements, listTasks, type AgreementRow, type TaskRow } from './service-tier-card.store.ts';
import type { AgreementBody } from './service-tier-card.schemas.ts';
import { presentAdmission, type ServiceTierContext } from './special-admission.service.ts';
import { isCustomerInScope, listAdmissions, todayInDatabase } from './special-admission.store.ts';

export const CARD_AUDIT = {
  card: 'GET /api/customers/:customerId/service-tier',
  agreement: 'service-agreement.write',
  tasks: 'GET /api/service-tier-tasks',
} as const;

const viewerOf = (caller: ApiCaller): Viewer => ({ role: caller.role, staffId: caller.staffId, orgId: caller.orgId });

const presentAgreement = (row: AgreementRow) => ({ ...row, id: row.id.toString(), recordedAt: row.recordedAt.toISOString() });

export const presentTask = (row: TaskRow) => ({
  id: row.id.toString(),
  kind: row.kind,
  customer: { id: row.customerId.toString(), customerNo: row.customerNo, name: row.customerName, outletCode: row.outletCode, outletName: row.outletName },
  fromTier: row.fromTier,
  toTier: row.toTier,
  policyCode: row.policyCode,
  month: row.month,
  status: row.status,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

async function requireInScope(context: ServiceTierContext, caller: ApiCaller, customerId: bigint, action: string): Promise<void> {
  if (await isCustomerInScope(context.pool, viewerOf(caller), customerId)) return;
  await context.audit.record(auditEventBy(caller, { action, result: 'DENIED', customerIds: [customerId], details: { reason: 'CUSTOMER_NOT_FOUND' } }));
  throw new DomainError('CUSTOMER_NOT_FOUND', 'no such customer in your scope');
}

export async function readServiceTierCard(context: ServiceTierContext, caller: ApiCaller, customerId: bigint) {
  await requireInScope(context, caller, customerId, CARD_AUDIT.card);
  const { evaluation: inForce } = await policyContext(context.pool);
  const [evaluation, agreements, admissions, openTasks, today] = await Promise.all([
    findCardEvaluation(context.pool, inForce, customerId),
    listAgreements(context.pool, customerId),
    listAdmissions(context.pool, viewerOf(caller), { kind: 'customer', customerId }),
    listTasks(context.pool, viewerOf(caller), { status: 'OPEN', customerId }),
    todayInDatabase(context.pool),
  ]);
  await context.audit.record(auditEventBy(caller, { action: CARD_AUDIT.card, result: 'ALLOWED', customerIds: [customerId] }));
  const presented = admissions.map((row) => presentAdmission(row, today));
  const qualifiedNotUpgraded = evaluation?.status === 'QUALIFIED_NOT_UPGRADED';
  return {
    evaluation: evaluation ?? null,
    qualifiedNotUpgraded,
    agreements: agreements.map(presentAgreement),
    pendingUpgrade: qualifiedNotUpgraded && agreements.length > 0 ? { tier: evaluation.qualifiedTier, atEvaluationOf: addMonths(evaluation.month, 1) } : null,
    activeAdmission: presented.find((a) => a.state === 'ACTIVE') ?? null,
    admissions: presented,
    openTasks: openTasks.map(presentTask),
  };
}

export async function recordAgreement(context: ServiceTierContext, caller: ApiCaller, customerId: bigint, body: AgreementBody) {
  await requireInScope(context, caller, customerId, CARD_AUDIT.agreement);
  const today = await todayInDatabase(context.pool);
  if (body.signedOn > today) {
    throw new DomainError('SERVICE_AGREEMENT_DATE_INVALID', `a signature date cannot be in the future: ${body.signedOn}`, { field: 'signedOn', signedOn: body.signedOn });
  }
  const witnessStaffNo = body.witnessStaffNo ?? caller.staffNo;
  const witnessStaffId = await findStaffId(context.pool, witnessStaffNo);
  if (witnessStaffId === undefined) throw new DomainError('STAFF_NOT_FOUND', `no staff member ${witnessStaffNo}`, { staffNo: witnessStaffNo });
  const { evaluation: inForce } = await policyContext(context.pool);
  const evaluation = await findCardEvaluation(context.pool, inForce, customerId);
  const id = await insertAgreement(context.pool, {
    customerId,
    signedOn: body.signedOn,
    agreementVersion: body.agreementVersion,
    witnessStaffId,
    qualifiedTier: evaluation?.qualifiedTier ?? 'STANDARD',
    recordedByStaffId: caller.staffId,
  });
  await context.audit.record(
    auditEventBy(caller, {
      action: CARD_AUDIT.agreement,
      result: 'ALLOWED',
      customerIds: [customerId],
      details: { agreementId: id.toString(), signedOn: body.signedOn, agreementVersion: body.agreementVersion, witnessStaffNo },
    }),
  );
  const agreements = await listAgreements(context.pool, customerId);
  return presentAgreement(agreements.find((row) => row.id === id)!);
}

export async function listServiceTierTasks(context: ServiceTierContext, caller: ApiCaller, status: 'OPEN' | 'DONE' | 'CANCELLED' | undefined) {
  const rows = await listTasks(context.pool, viewerOf(caller), { status });
  await context.audit.record(
    auditEventBy(caller, { action: CARD_AUDIT.tasks, result: 'ALLOWED', customerIds: [...new Set(rows.map((row) => row.customerId))], details: { count: rows.length } }),
  );
  return { items: rows.map(presentTask) };
}
