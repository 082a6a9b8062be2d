/**
 * Compliance with the contact rules (DOMAIN.md §7 "compliance with the rules is measured"): for a
 * period, each duty of each customer (and each staff member's weekly count) is MET, DUE, OVERDUE
 * or NOT_APPLICABLE (contact-duties.rules.ts); the figures are counted per rule, staff member and
 * outlet. An RM sees their own customers; heads and admins their org (sub)tree.
 */
import { customerScopeCondition } from '../../platform/access/scope.sql.ts';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { SqlParams } from '../../platform/db/sql-params.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import type { Locale } from '../../platform/http/locale.ts';
import { policyContext } from '../service-tiers/policy-context.ts';
import { complianceFigures, type StatusCounts } from './contact-compliance.store.ts';
import type { ComplianceResponse } from './contact-compliance.schemas.ts';
import { complianceDutySpecs, periodOf } from './contact-duties.rules.ts';
import { describeDuty } from './contact-duty-messages.ts';
import { calendarFestivalDates } from './contact-plans.service.ts';
import { findActiveRuleSet } from './contact-rule-sets.store.ts';
import type { ContactRuleKind, RulePeriod } from './contact-rules.schemas.ts';
import { orgInScope, todayInDatabase, withinOrgCondition } from './contact-scope.store.ts';
import { viewerOf, worksOwnCustomers } from './contact-support.ts';

export const COMPLIANCE_AUDIT = 'GET /api/contact/compliance';
const OVERDUE_LIMIT = 500;

/** Met share of what is owed, 4 decimals; null when nothing is owed (all not applicable, or no duty). */
export function complianceRate(counts: StatusCounts): number | null {
  const owed = counts.met + counts.due + counts.overdue;
  return owed === 0 ? null : Math.round((counts.met / owed) * 10_000) / 10_000;
}

const withRate = <T extends StatusCounts>(row: T) => ({ met: row.met, due: row.due, overdue: row.overdue, notApplicable: row.notApplicable, rate: complianceRate(row) });

export async function compliance(
  context: ApiContext,
  caller: ApiCaller,
  query: { period: RulePeriod; date?: string | undefined; orgId?: string | undefined },
  locale: Locale,
): Promise<ComplianceResponse> {
  const viewer = viewerOf(caller);
  const today = await todayInDatabase(context.pool);
  const period = periodOf(query.period, query.date ?? today);
  const own = worksOwnCustomers(caller.role);
  const orgId = query.orgId === undefined ? undefined : Number(query.orgId);
  if (orgId !== undefined && (own || !(await orgInScope(context.pool, viewer, orgId)))) {
    throw new DomainError('CONTACT_ORG_NOT_FOUND', `no org ${orgId} in your scope`, { orgId: query.orgId });
  }
  const ruleSet = await findActiveRuleSet(context.pool);
  const { evaluation } = await policyContext(context.pool);
  const empty = { met: 0, due: 0, overdue: 0, notApplicable: 0 };
  const response: ComplianceResponse = {
    period: { kind: query.period, ...period },
    ruleSetVersion: ruleSet?.version ?? null,
    evaluationMonth: evaluation?.month.slice(0, 7) ?? null,
    totals: withRate(empty),
    byRule: [],
    byStaff: [],
    byOrg: [],
    overdueCustomers: [],
  };
  if (ruleSet && evaluation) {
    const specs = complianceDutySpecs(ruleSet.rules, period, today, calendarFestivalDates);
    const customerCondition = (params: SqlParams) => {
      // An RM answers for the customers they maintain, not those they only support.
      if (own) return `(m.maintainer_staff_id = ${params.add(caller.staffId)}::int AND ${customerScopeCondition(viewer, 'c', params)})`;
      const scope = customerScopeCondition(viewer, 'c', params);
      return orgId === undefined ? scope : `(${scope} AND ${withinOrgCondition(params, orgId, 'c.home_outlet_id')})`;
    };
    const figures = await inTransaction(context.pool, (client) => complianceFigures(client, { specs, evaluation, today, customerCondition, overdueLimit: OVERDUE_LIMIT }));
    const rules = new Map(ruleSet.rules.map((rule) => [rule.code, rule]));
    const totals = { ...empty };
    for (const group of figures.groups) {
      if (group.grouping === 'RULE') {
        for (const key of ['met', 'due', 'overdue', 'notApplicable'] as const) totals[key] += group[key];
        response.byRule.push({ ruleCode: group.ruleCode!, kind: group.kind!, source: rules.get(group.ruleCode!)?.source ?? '', ...withRate(group) });
      } else {
        const org = { id: String(group.orgId), code: group.orgCode ?? '', name: group.orgName ?? '' };
        if (group.grouping === 'STAFF') response.byStaff.push({ staff: { staffNo: group.staffNo!, name: group.staffName ?? '' }, org, ...withRate(group) });
        else response.byOrg.push({ org, ...withRate(group) });
      }
    }
    response.totals = withRate(totals);
    response.overdueCustomers = figures.overdue.map((row) => {
      const { code: _code, kind: _kind, appliesTo: _appliesTo, ...parameters } = rules.get(row.ruleCode) ?? ({} as Record<string, unknown>);
      return {
        customer: { id: row.customerId.toString(), customerNo: row.customerNo, name: row.customerName },
        tier: row.tier as ComplianceResponse['overdueCustomers'][number]['tier'],
        ruleCode: row.ruleCode,
        maintainer: { staffNo: row.staffNo, name: row.staffName },
        dueOn: row.dueOn,
        why: describeDuty(row.kind as ContactRuleKind, { ...parameters, ...row.facts, period: row.key, dueOn: row.dueOn, occasion: row.occasion }, locale),
      };
    });
    await context.audit.record(
      auditEventBy(caller, {
        action: COMPLIANCE_AUDIT,
        result: 'ALLOWED',
        customerIds: [...new Set(figures.overdue.map((row) => row.customerId))],
        details: { period: query.period, start: period.start, end: period.end, ...(query.orgId !== undefined && { orgId: query.orgId }) },
      }),
    );
    return response;
  }
  await context.audit.record(auditEventBy(caller, { action: COMPLIANCE_AUDIT, result: 'ALLOWED', details: { period: query.period, start: period.start, end: period.end } }));
  return response;
}
