/**
 * SQL of the tier trend (GET /api/tiers/trend): per evaluated month of a window, customers and
 * metric totals by service tier, in one statement. Each month is read as the highest policy
 * version that evaluated it, as the summary does; scope is applied inside the statement.
 */
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { customerScopeCondition, orgScopeCondition } from '../../platform/access/scope.sql.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import type { Queryable } from './tier-policy.store.ts';
import type { TrendRow } from './tier-trend.rules.ts';
import { firstDayOf, type TierCode, type WindowMetric } from './tiers.rules.ts';

interface TrendWindow {
  policyCode: string;
  /** First and last month of the window, 'YYYY-MM', inclusive. */
  from: string;
  to: string;
}

/** The run read for each month: the highest version of the code that evaluated it. */
function runsOf(window: TrendWindow, params: SqlParams): string {
  const code = params.add(window.policyCode);
  const from = params.add(firstDayOf(window.from));
  const to = params.add(firstDayOf(window.to));
  return `runs AS (
    SELECT DISTINCT ON (r.month) r.month, r.policy_id, p.version, p.metric
    FROM tier_evaluation_run r JOIN tier_policy p ON p.id = r.policy_id
    WHERE p.code = ${code} AND r.status = 'SUCCEEDED' AND r.month BETWEEN ${from}::date AND ${to}::date
    ORDER BY r.month, p.version DESC)`;
}

const SELECTED = `to_char(runs.month, 'YYYY-MM') AS month, runs.version, runs.metric`;

function toRow(row: Record<string, unknown>): TrendRow {
  return {
    month: row.month as string,
    policyVersion: Number(row.version),
    metric: row.metric as WindowMetric,
    serviceTier: (row.service_tier as TierCode | null) ?? null,
    customers: Number(row.customers ?? 0),
    metricCents: BigInt((row.metric_cents as string | null) ?? '0'),
  };
}

/**
 * Org basis: the tier_summary rows of the outlets in the org's subtree (as evaluated, like the
 * summary). A month evaluated with no customer there still yields a row (service tier null).
 */
export async function readOrgTrend(db: Queryable, query: TrendWindow & { viewer: Viewer; orgId: number }): Promise<TrendRow[]> {
  const params = new SqlParams();
  const runs = runsOf(query, params);
  const org = params.add(query.orgId);
  // UNION (not UNION ALL) ends the walk even on a cycle in bad org data.
  const { rows } = await db.query(
    `WITH RECURSIVE below (id) AS (
       SELECT ${org}::int UNION SELECT c.id FROM org c JOIN below b ON c.parent_id = b.id),
     ${runs}
     SELECT ${SELECTED}, s.service_tier, sum(s.customers) AS customers, sum(s.metric_cents)::text AS metric_cents
     FROM runs LEFT JOIN (tier_summary s
       JOIN below b ON b.id = s.home_outlet_id
       JOIN org o ON o.id = s.home_outlet_id AND o.level = 'OUTLET' AND ${orgScopeCondition(query.viewer, 'o', params)})
       ON s.policy_id = runs.policy_id AND s.month = runs.month
     GROUP BY runs.month, runs.version, runs.metric, s.service_tier
     ORDER BY runs.month`,
    params.values,
  );
  return rows.map(toRow);
}

/** Own-customers basis (RMs, advisors): counted from the evaluation rows of the customers in scope. */
export async function readCustomerTrend(db: Queryable, query: TrendWindow & { viewer: Viewer }): Promise<TrendRow[]> {
  const params = new SqlParams();
  const runs = runsOf(query, params);
  const { rows } = await db.query(
    `WITH ${runs}
     SELECT ${SELECTED}, e.service_tier, count(e.customer_id) AS customers, sum(e.metric_cents)::text AS metric_cents
     FROM runs LEFT JOIN (tier_evaluation e
       JOIN customer c ON c.id = e.customer_id AND ${customerScopeCondition(query.viewer, 'c', params)})
       ON e.policy_id = runs.policy_id AND e.month = runs.month
     GROUP BY runs.month, runs.version, runs.metric, e.service_tier
     ORDER BY runs.month`,
    params.values,
  );
  return rows.map(toRow);
}
