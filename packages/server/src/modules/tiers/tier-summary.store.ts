/**
 * SQL for tier results per month and org (tier_summary, migration 0006): written by the
 * evaluation, read by the summary and transitions APIs. Scope is applied inside every statement
 * (ARCHITECTURE.md "Access control"), never by filtering in Node.
 */
import { customerScopeCondition, orgScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import type { Queryable } from './tier-policy.store.ts';
import type { ResultCombination } from './tier-summary.rules.ts';
import { firstDayOf, type EvaluationStatus, type TierCode } from './tiers.rules.ts';

/** Removes a month's figures of a policy version, before the evaluation writes the month again. */
export async function deleteTierSummary(db: Queryable, key: { policyId: number; month: string }): Promise<void> {
  await db.query('DELETE FROM tier_summary WHERE policy_id = $1 AND month = $2', [key.policyId, firstDayOf(key.month)]);
}

/**
 * The INSERT of a month's figures, for a data-modifying WITH of the evaluation's own statement
 * (tiers.store.ts replaceEvaluations): `source` names the result rows as they are written
 * (customer_id, metric_cents and the tiers and status), so they commit together and are counted
 * without reading the freshly written rows back (which measured 2–5 s for a million, against
 * under 1 s here).
 */
export function insertTierSummarySql(source: string, policyId: string, month: string): string {
  return `INSERT INTO tier_summary (policy_id, month, home_outlet_id, previous_service_tier, service_tier, qualified_tier, status,
       customers, metric_cents)
     SELECT ${policyId}, ${month}, c.home_outlet_id, r.previous_service_tier, r.service_tier, r.qualified_tier, r.status,
       count(*), sum(r.metric_cents)
     FROM ${source} r JOIN customer c ON c.id = r.customer_id
     GROUP BY c.home_outlet_id, r.previous_service_tier, r.service_tier, r.qualified_tier, r.status`;
}

export interface OrgUnit {
  id: number;
  code: string;
  name: string;
  level: string;
}

/** The org if the viewer may see its figures; undefined both when it does not exist and when it is out of scope. */
export async function findOrgInScope(db: Queryable, viewer: Viewer, orgId: number): Promise<OrgUnit | undefined> {
  const params = new SqlParams();
  const id = params.add(orgId);
  const { rows } = await db.query<OrgUnit>(
    `SELECT o.id, o.code, o.name, o.level FROM org o WHERE o.id = ${id}::int AND ${orgScopeCondition(viewer, 'o', params)}`,
    params.values,
  );
  return rows[0];
}

export async function listChildOrgs(db: Queryable, orgId: number): Promise<OrgUnit[]> {
  const { rows } = await db.query<OrgUnit>(
    'SELECT id, code, name, level FROM org WHERE parent_id = $1 ORDER BY code COLLATE "C"',
    [orgId],
  );
  return rows;
}

/** The latest month evaluated successfully under the code, 'YYYY-MM'. */
export async function latestEvaluatedMonth(db: Queryable, policyCode: string): Promise<string | undefined> {
  const { rows } = await db.query<{ month: string | null }>(
    `SELECT to_char(max(r.month), 'YYYY-MM') AS month FROM tier_evaluation_run r JOIN tier_policy p ON p.id = r.policy_id
     WHERE p.code = $1 AND r.status = 'SUCCEEDED'`,
    [policyCode],
  );
  return rows[0]?.month ?? undefined;
}

/** One combination of tiers and status with its customers and their metric total. */
export interface TierResultRow extends ResultCombination {
  /** The direct child of the org asked for whose subtree holds the customers; null: the org itself. */
  childOrgId: number | null;
}

const GROUPED = ['previous_service_tier', 'service_tier', 'qualified_tier', 'status'];
const grouped = (alias: string) => GROUPED.map((column) => `${alias}.${column}`).join(', ');

function toRow(row: Record<string, unknown>): TierResultRow {
  return {
    childOrgId: (row.child_org_id as number | null) ?? null,
    previousServiceTier: row.previous_service_tier as TierCode | null,
    serviceTier: row.service_tier as TierCode,
    qualifiedTier: row.qualified_tier as TierCode,
    status: row.status as EvaluationStatus,
    customers: Number(row.customers),
    metricCents: BigInt(row.metric_cents as string),
  };
}

/**
 * Figures of the outlets in the org's subtree from the summary, grouped by the direct child the
 * outlet lies under. For viewers whose scope is a set of outlets (outlet, subtree, all): the
 * outlet must be an OUTLET and inside the viewer's org scope, exactly the condition a customer's
 * home outlet meets in customerScopeCondition.
 */
export async function readOrgResults(
  db: Queryable,
  query: { viewer: Viewer; orgId: number; policyId: number; month: string },
): Promise<TierResultRow[]> {
  const params = new SqlParams();
  const org = params.add(query.orgId);
  const policy = params.add(query.policyId);
  const month = params.add(firstDayOf(query.month));
  // UNION (not UNION ALL) ends the walk even on a cycle in bad org data.
  const { rows } = await db.query(
    `WITH RECURSIVE below (id, child_org_id) AS (
       SELECT ${org}::int, NULL::int
       UNION
       SELECT c.id, COALESCE(b.child_org_id, c.id) FROM org c JOIN below b ON c.parent_id = b.id)
     SELECT b.child_org_id, ${grouped('s')},
            sum(s.customers) AS customers, sum(s.metric_cents)::text AS metric_cents
     FROM tier_summary s
     JOIN below b ON b.id = s.home_outlet_id
     JOIN org o ON o.id = s.home_outlet_id AND o.level = 'OUTLET'
     WHERE s.policy_id = ${policy}::int AND s.month = ${month}::date AND ${orgScopeCondition(query.viewer, 'o', params)}
     GROUP BY b.child_org_id, ${grouped('s')}`,
    params.values,
  );
  return rows.map(toRow);
}

/**
 * Figures over the customers the viewer may see, counted from tier_evaluation itself: for RMs
 * and advisors, whose customers are a few hundred of an outlet (an index scan per customer), and
 * for any scope that is not a set of outlets.
 */
export async function readCustomerResults(
  db: Queryable,
  query: { viewer: Viewer; policyId: number; month: string },
): Promise<TierResultRow[]> {
  const params = new SqlParams();
  const policy = params.add(query.policyId);
  const month = params.add(firstDayOf(query.month));
  const { rows } = await db.query(
    `SELECT NULL::int AS child_org_id, ${grouped('e')},
            count(*) AS customers, sum(e.metric_cents)::text AS metric_cents
     FROM tier_evaluation e JOIN customer c ON c.id = e.customer_id
     WHERE e.policy_id = ${policy}::int AND e.month = ${month}::date AND ${customerScopeCondition(query.viewer, 'c', params)}
     GROUP BY ${grouped('e')}`,
    params.values,
  );
  return rows.map(toRow);
}
