/**
 * The tier trend (issue 5 "Tier dashboards": trend over 12 months): per evaluated month of a
 * window, customers and metric totals by service tier, for an org in the caller's scope or, for
 * RMs and advisors, their own customers — the same figures the summary gives month by month.
 */
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { formatCents } from '../../platform/money.ts';
import { basisOf, orgInScope, orgRef, resolveEvaluation, TIER_AUDIT_ACTIONS, viewerOf, type TierResultsContext } from './tier-summary.service.ts';
import { foldTrend, windowStart, type TrendMonth } from './tier-trend.rules.ts';
import { DEFAULT_TREND_MONTHS, type TierTrendQuery } from './tier-trend.schemas.ts';
import { readCustomerTrend, readOrgTrend } from './tier-trend.store.ts';
import { TIER_CODES } from './tiers.rules.ts';

const presentMonth = (month: TrendMonth) => ({
  month: month.month,
  policyVersion: month.policyVersion,
  metric: month.metric,
  customers: month.customers,
  metricTotal: formatCents(month.metricCents),
  serviceTiers: Object.fromEntries(
    TIER_CODES.map((tier) => [tier, { customers: month.serviceTiers[tier].customers, metricTotal: formatCents(month.serviceTiers[tier].metricCents) }]),
  ) as Record<(typeof TIER_CODES)[number], { customers: number; metricTotal: string }>,
});

export async function tierTrend(context: TierResultsContext, caller: ApiCaller, query: TierTrendQuery) {
  const viewer = viewerOf(caller);
  const org = await orgInScope(context, caller, viewer, query.orgId, TIER_AUDIT_ACTIONS.trend);
  // The window ends with the named month (default: the latest evaluated), which must be evaluated.
  const { policy, month: to } = await resolveEvaluation(context.pool, { month: query.month, policyCode: query.policyCode });
  const from = windowStart(to, query.months ?? DEFAULT_TREND_MONTHS);
  const basis = basisOf(caller.role);
  const window = { policyCode: policy.code, from, to };
  const rows =
    basis === 'ORG' ? await readOrgTrend(context.pool, { ...window, viewer, orgId: org.id }) : await readCustomerTrend(context.pool, { ...window, viewer });
  await context.audit.record(
    auditEventBy(caller, { action: TIER_AUDIT_ACTIONS.trend, result: 'ALLOWED', details: { policyCode: policy.code, from, to, orgId: org.id, basis } }),
  );
  return { policy: { code: policy.code }, org: orgRef(org), basis, from, to, months: foldTrend(rows).map(presentMonth) };
}
