/** Potential customer lists and staff flags (DOMAIN.md §4 潜力客户); scoped in SQL, audited. */
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import { formatCents } from '../../platform/money.ts';
import type { Locale } from '../tiers/tiers.explanation.ts';
import type { WindowMetric } from '../tiers/tiers.rules.ts';
import { policyContext } from './policy-context.ts';
import { parseRatioHundredths, potentialReason, type PotentialFacts } from './potentials.rules.ts';
import type { PotentialQueryInput } from './potentials.schemas.ts';
import { deleteFlag, findPotentials, upsertFlag, type PotentialRow } from './potentials.store.ts';
import type { ServiceTierContext } from './special-admission.service.ts';
import { isCustomerInScope } from './special-admission.store.ts';

export const POTENTIAL_AUDIT = { list: 'GET /api/potentials', flag: 'potential.flag', unflag: 'potential.unflag' } as const;

function factsOf(row: PotentialRow, kind: PotentialQueryInput['kind'], m: WindowMetric, month: string): PotentialFacts {
  switch (kind) {
    case 'QUALIFIED_NOT_UPGRADED':
      return { kind, metric: m, metricCents: row.metricCents!, qualifiedTier: row.qualifiedTier!, serviceTier: row.serviceTier!, month };
    case 'NEAR_THRESHOLD':
      return { kind, metric: m, metricCents: row.metricCents!, nextTier: row.nextTier!, thresholdCents: row.nextThresholdCents! };
    case 'MANY_PRODUCTS':
      return { kind, products: row.products!, productNames: row.productNames! };
    case 'FLAGGED':
      return { kind, reason: row.flagReason!, flaggedBy: row.flaggedBy!, flaggedOn: row.flaggedOn! };
  }
}

export async function listPotentials(context: ServiceTierContext, caller: ApiCaller & { locale: Locale }, query: PotentialQueryInput) {
  const nearHundredths = parseRatioHundredths(query.near);
  if (nearHundredths === undefined) throw new DomainError('POTENTIAL_NEAR_INVALID', `near must be a ratio from 0.01 to 0.99: got ${query.near}`, { field: 'near', near: query.near });
  const { evaluation, policy } = await policyContext(context.pool);
  const needsEvaluation = query.kind === 'QUALIFIED_NOT_UPGRADED' || query.kind === 'NEAR_THRESHOLD';
  const rows =
    needsEvaluation && (!evaluation || !policy)
      ? []
      : await findPotentials(context.pool, {
          kind: query.kind,
          viewer: { role: caller.role, staffId: caller.staffId, orgId: caller.orgId },
          evaluation: evaluation && policy ? { ...evaluation, tiers: policy.tiers } : undefined,
          outletId: query.outletId,
          maintainerStaffNo: query.maintainerStaffNo,
          nearHundredths,
          minProducts: query.minProducts,
          limit: query.pageSize,
          offset: (query.page - 1) * query.pageSize,
        });
  await context.audit.record(
    auditEventBy(caller, {
      action: POTENTIAL_AUDIT.list,
      result: 'ALLOWED',
      customerIds: rows.map((row) => row.customerId),
      details: { kind: query.kind, count: rows.length, ...(query.outletId !== undefined && { outletId: query.outletId }) },
    }),
  );
  const month = evaluation?.month.slice(0, 7) ?? '';
  return {
    kind: query.kind,
    evaluation: evaluation && policy ? { policyCode: policy.code, month } : null,
    total: rows[0]?.total ?? 0,
    items: rows.map((row) => ({
      customer: { id: row.customerId.toString(), customerNo: row.customerNo, name: row.name, outletCode: row.outletCode, outletName: row.outletName },
      maintainer: row.maintainer,
      qualifiedTier: row.qualifiedTier,
      serviceTier: row.serviceTier,
      metric: row.metricCents === null ? null : formatCents(row.metricCents),
      reason: potentialReason(factsOf(row, query.kind, policy?.metric ?? 'MONTH_AVG', month), caller.locale),
    })),
  };
}

async function requireInScope(context: ServiceTierContext, caller: ApiCaller, customerId: bigint, action: string) {
  if (await isCustomerInScope(context.pool, { role: caller.role, staffId: caller.staffId, orgId: caller.orgId }, customerId)) return;
  await context.audit.record(auditEventBy(caller, { action, result: 'DENIED', customerIds: [customerId], details: { reason: 'CUSTOMER_NOT_FOUND' } }));
  throw new DomainError('CUSTOMER_NOT_FOUND', 'no such customer in your scope');
}

export async function flagPotential(context: ServiceTierContext, caller: ApiCaller, customerId: bigint, reason: string) {
  await requireInScope(context, caller, customerId, POTENTIAL_AUDIT.flag);
  await upsertFlag(context.pool, { customerId, reason, staffId: caller.staffId });
  await context.audit.record(auditEventBy(caller, { action: POTENTIAL_AUDIT.flag, result: 'ALLOWED', customerIds: [customerId], details: { reason } }));
  return { customerId: customerId.toString(), reason };
}

export async function unflagPotential(context: ServiceTierContext, caller: ApiCaller, customerId: bigint) {
  await requireInScope(context, caller, customerId, POTENTIAL_AUDIT.unflag);
  const removed = await deleteFlag(context.pool, customerId);
  await context.audit.record(auditEventBy(caller, { action: POTENTIAL_AUDIT.unflag, result: 'ALLOWED', customerIds: [customerId], details: { removed } }));
}
