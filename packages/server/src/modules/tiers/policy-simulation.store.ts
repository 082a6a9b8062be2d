/**
 * SQL of the policy simulator: one set-based statement over every customer in the caller's scope
 * that computes what a policy version would give for a month and groups the result by outlet and
 * tiers. Nothing is written but TEMP tables (dropped at the end of the caller's transaction).
 */
import { customerScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import type { SimulatedRow } from './policy-simulation.rules.ts';
import {
  CONSENT_AND_ADMISSION_COLUMNS,
  consentAndAdmissionCtes,
  decisionCtes,
  SERVICE_TIER_SQL,
  STATUS_SQL,
} from './service-tier-decision.sql.ts';
import type { Queryable, StoredTierPolicy } from './tier-policy.store.ts';
import { firstDayOf, TIER_CODES, type EvaluationStatus, type TierCode } from './tiers.rules.ts';

export type MetricSource =
  /** The metric stored by an evaluation of the month whose policy has the same metric and gap handling. */
  | { kind: 'EVALUATION'; policyId: number }
  /** TEMP table window_metric, filled by aum.service.ts materializeWindowMetric. */
  | { kind: 'WINDOW' };

export interface SimulationQuery {
  viewer: Viewer;
  month: string;
  candidate: StoredTierPolicy;
  /** The evaluation whose service tiers are in force for the month. */
  baselinePolicyId: number;
  /** The evaluation of month − 1 under the candidate's code that its service tiers follow from. */
  previousPolicyId: number | undefined;
  previousMonth: string;
  metric: MetricSource;
}

/**
 * The qualified tier by width_bucket over the ascending thresholds (inclusive lower bounds) and
 * the service-tier transition: the evaluation's own SQL (service-tier-decision.sql.ts, which
 * tiers.store.ts replaceEvaluations runs), consent and special admissions in force on the month's
 * last day included, so that simulating the policy in force gives what its evaluation gave. The
 * route test checks each simulated customer against tiers.rules.ts decideServiceTier.
 */
export async function simulateRows(db: Queryable, query: SimulationQuery): Promise<SimulatedRow[]> {
  const params = new SqlParams();
  const { candidate } = query;
  const month = params.add(firstDayOf(query.month));
  const tiers = params.add(candidate.tiers.map((t) => t.tier));
  const thresholds = params.add(candidate.tiers.map((t) => t.thresholdCents));
  const baseline = params.add(query.baselinePolicyId);
  const previousPolicy = params.add(query.previousPolicyId ?? null);
  const previousMonth = params.add(firstDayOf(query.previousMonth));
  const graceMonths = params.add(candidate.graceMonths);
  const autoUpgrade = params.add(candidate.autoUpgrade);
  const tierOrder = params.add([...TIER_CODES]);
  const metricSql =
    query.metric.kind === 'EVALUATION'
      ? `SELECT m.customer_id, m.metric_cents FROM tier_evaluation m
          WHERE m.policy_id = ${params.add(query.metric.policyId)}::integer AND m.month = ${month}::date`
      : 'SELECT customer_id, metric_cents FROM window_metric';
  const scope = customerScopeCondition(query.viewer, 'c', params);
  const decision = { month, tierOrder, graceMonths, autoUpgrade };
  const { rows } = await db.query(
    `WITH ${consentAndAdmissionCtes(decision)}, joined AS (
       SELECT c.home_outlet_id, b.service_tier AS from_tier, ${CONSENT_AND_ADMISSION_COLUMNS},
              COALESCE((${tiers}::text[])[width_bucket(m.metric_cents, ${thresholds}::bigint[])], 'STANDARD') AS qualified_tier,
              p.service_tier AS previous_service_tier,
              CASE WHEN p.status = 'DOWNGRADED' THEN 0 ELSE p.substandard_months END AS carried_months
       FROM customer c
       JOIN (${metricSql}) m ON m.customer_id = c.id
       LEFT JOIN tier_evaluation b ON b.policy_id = ${baseline}::integer AND b.month = ${month}::date AND b.customer_id = c.id
       LEFT JOIN tier_evaluation p ON p.policy_id = ${previousPolicy}::integer AND p.month = ${previousMonth}::date AND p.customer_id = c.id
       LEFT JOIN consented cs ON cs.customer_id = c.id
       LEFT JOIN admitted ad ON ad.customer_id = c.id
       WHERE ${scope}
     ), ${decisionCtes('joined', decision)}
     SELECT f.home_outlet_id, f.from_tier, ${SERVICE_TIER_SQL} AS to_tier, f.qualified_tier, ${STATUS_SQL} AS status, count(*)::integer AS customers
     FROM lifted f
     GROUP BY 1, 2, 3, 4, 5`,
    params.values,
  );
  return rows.map((row) => ({
    outletId: row.home_outlet_id as number,
    from: (row.from_tier as TierCode | null) ?? null,
    to: row.to_tier as TierCode,
    qualified: row.qualified_tier as TierCode,
    status: row.status as EvaluationStatus,
    customers: row.customers as number,
  }));
}

export interface OutletOfSimulation {
  id: number;
  code: string;
  name: string;
  /** The branch above the outlet; null when the outlet hangs under no branch. */
  branch: { id: number; code: string; name: string } | null;
}

/** The outlets with their branch, walked up the org tree (UNION ends the walk on a cycle in bad data). */
export async function readOutlets(db: Queryable, outletIds: readonly number[]): Promise<OutletOfSimulation[]> {
  const { rows } = await db.query(
    `WITH RECURSIVE up (outlet_id, id, level) AS (
       SELECT o.id, o.id, o.level FROM org o WHERE o.id = ANY($1::int[])
       UNION
       SELECT u.outlet_id, p.id, p.level FROM up u JOIN org c ON c.id = u.id JOIN org p ON p.id = c.parent_id)
     SELECT o.id, o.code, o.name, b.id AS branch_id, b.code AS branch_code, b.name AS branch_name
     FROM org o
     LEFT JOIN up ON up.outlet_id = o.id AND up.level = 'BRANCH'
     LEFT JOIN org b ON b.id = up.id
     WHERE o.id = ANY($1::int[])
     ORDER BY o.code COLLATE "C"`,
    [outletIds],
  );
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    branch: row.branch_id === null ? null : { id: row.branch_id, code: row.branch_code, name: row.branch_name },
  }));
}

/** Months with a successful evaluation under the code, newest first, 'YYYY-MM'. */
export async function listEvaluatedMonthsOf(db: Queryable, code: string): Promise<string[]> {
  const { rows } = await db.query<{ month: string }>(
    `SELECT DISTINCT to_char(r.month, 'YYYY-MM') AS month FROM tier_evaluation_run r JOIN tier_policy p ON p.id = r.policy_id
      WHERE p.code = $1 AND r.status = 'SUCCEEDED' ORDER BY 1 DESC`,
    [code],
  );
  return rows.map((row) => row.month);
}
