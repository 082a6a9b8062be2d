/** SQL for tier evaluations (tier_evaluation_run, tier_evaluation; migration 0002). */
import type pg from 'pg';
import { firstDayOf, isMonth, TIER_CODES, type EvaluationStatus, type TierCode } from './tiers.rules.ts';
import type { Queryable, StoredTierPolicy } from './tier-policy.store.ts';
import type { AdmissionFacts } from './tiers.explanation.ts';
import { deleteTierSummary, insertTierSummarySql } from './tier-summary.store.ts';
import { replaceCardExchangeTasks } from '../service-tiers/service-tier-tasks.store.ts';
import {
  CONSENT_AND_ADMISSION_COLUMNS,
  consentAndAdmissionCtes,
  decisionCtes,
  SERVICE_TIER_SQL,
  STATUS_SQL,
  SUBSTANDARD_MONTHS_SQL,
  type DecisionParams,
} from './service-tier-decision.sql.ts';

export interface EvaluatedPolicy {
  policyId: number;
  code: string;
  version: number;
}

/**
 * Which version of a policy code evaluated a month: the highest version with a successful run.
 * The chain of service tiers follows the code, whatever version last month used.
 */
export async function findEvaluatedPolicy(db: Queryable, code: string, month: string): Promise<EvaluatedPolicy | undefined> {
  const result = await db.query(
    `SELECT p.id, p.code, p.version FROM tier_evaluation_run r JOIN tier_policy p ON p.id = r.policy_id
     WHERE p.code = $1 AND r.month = $2 AND r.status = 'SUCCEEDED' ORDER BY p.version DESC LIMIT 1`,
    [code, firstDayOf(month)],
  );
  const row = result.rows[0];
  return row ? { policyId: row.id, code: row.code, version: row.version } : undefined;
}

/** Every (policy version, month ≥ fromMonth) evaluated so far, months ascending: the order a re-evaluation must follow. */
export async function listEvaluatedMonths(
  db: Queryable,
  filter: { policyCode?: string | undefined; fromMonth: string },
): Promise<{ policyId: number; month: string }[]> {
  const result = await db.query(
    `SELECT DISTINCT r.policy_id, to_char(r.month, 'YYYY-MM') AS month, r.month AS day, p.code, p.version
     FROM tier_evaluation_run r JOIN tier_policy p ON p.id = r.policy_id
     WHERE r.status = 'SUCCEEDED' AND r.month >= $1 AND ($2::text IS NULL OR p.code = $2)
     ORDER BY day, p.code, p.version`,
    [firstDayOf(filter.fromMonth), filter.policyCode ?? null],
  );
  return result.rows.map((row) => ({ policyId: row.policy_id, month: row.month }));
}

export async function insertRun(
  client: pg.PoolClient,
  run: { policyId: number; month: string; actor: string; startedAt: Date; facts: unknown },
): Promise<bigint> {
  const result = await client.query(
    `INSERT INTO tier_evaluation_run (policy_id, month, actor, started_at, status, facts)
     VALUES ($1, $2, $3, $4, 'RUNNING', $5::jsonb) RETURNING id`,
    [run.policyId, firstDayOf(run.month), run.actor, run.startedAt, JSON.stringify(run.facts)],
  );
  return result.rows[0].id as bigint;
}

export type Counts<K extends string> = Record<K, number>;

export interface EvaluationCounts {
  customers: number;
  qualified: Counts<TierCode>;
  service: Counts<TierCode>;
  statuses: Partial<Counts<EvaluationStatus>>;
}

/** The placeholders of replaceEvaluations' statement that the shared transition reads. */
const DECISION_PARAMS: DecisionParams = { month: '$2', tierOrder: '$9', graceMonths: '$7', autoUpgrade: '$8' };

/**
 * Replaces the month's results of this policy version with one set-based statement over the
 * TEMP table window_metric (aum.service.ts): qualified tier by width_bucket over the ascending
 * thresholds (inclusive lower bounds, DOMAIN.md §4), last month's service tier and substandard
 * count joined from the previous month's evaluation, then the transition of
 * tiers.rules.ts decideServiceTier written as CASEs (service-tier-decision.sql.ts, shared with the
 * policy simulator). Nothing runs per customer in Node.
 * A signed service agreement (service-tiers, migration 0013) is the customer's consent: it
 * upgrades like the policy's autoUpgrade (decideServiceTier's `consented`). An approved special
 * admission in force on the month's last day lifts the service tier (decideServiceTier's
 * `admittedTier`; the row keeps the admission's id). A downgrade writes a card-exchange task
 * (service-tier-tasks.store.ts).
 */
export async function replaceEvaluations(
  client: pg.PoolClient,
  input: { policy: StoredTierPolicy; month: string; runId: bigint; previousMonth: string; previousPolicyId: number | undefined },
): Promise<EvaluationCounts> {
  const { policy } = input;
  await client.query('DELETE FROM tier_evaluation WHERE policy_id = $1 AND month = $2', [policy.id, firstDayOf(input.month)]);
  await deleteTierSummary(client, { policyId: policy.id, month: input.month });
  const result = await client.query(
    `WITH ${consentAndAdmissionCtes(DECISION_PARAMS)}, joined AS (
       SELECT w.customer_id, w.metric_cents, ${CONSENT_AND_ADMISSION_COLUMNS},
              COALESCE(($3::text[])[width_bucket(w.metric_cents, $4::bigint[])], 'STANDARD') AS qualified_tier,
              p.service_tier AS previous_service_tier,
              -- a downgrade starts the count again
              CASE WHEN p.status = 'DOWNGRADED' THEN 0 ELSE p.substandard_months END AS carried_months
       FROM window_metric w
       LEFT JOIN tier_evaluation p ON p.policy_id = $5::integer AND p.month = $6::date AND p.customer_id = w.customer_id
       LEFT JOIN consented cs ON cs.customer_id = w.customer_id
       LEFT JOIN admitted ad ON ad.customer_id = w.customer_id
     ), ${decisionCtes('joined', DECISION_PARAMS)}, inserted AS (
       INSERT INTO tier_evaluation (policy_id, month, customer_id, run_id, metric_cents, qualified_tier,
         previous_service_tier, service_tier, substandard_months, status, special_admission_id)
       SELECT $1::integer, $2::date, f.customer_id, $10::bigint, f.metric_cents, f.qualified_tier, f.previous_service_tier,
         ${SERVICE_TIER_SQL}, ${SUBSTANDARD_MONTHS_SQL}, ${STATUS_SQL},
         CASE WHEN f.by_admission THEN f.admission_id END
       FROM lifted f
       RETURNING customer_id, metric_cents, qualified_tier, previous_service_tier, service_tier, status
     ), summarized AS (
       -- The figures per org and month, from the rows as they are written (tier-summary.store.ts).
       ${insertTierSummarySql('inserted', '$1::integer', '$2::date')}
     )
     SELECT qualified_tier, service_tier, status, count(*)::integer AS customers
     FROM inserted GROUP BY GROUPING SETS ((qualified_tier), (service_tier), (status))`,
    [
      policy.id,
      firstDayOf(input.month),
      policy.tiers.map((t) => t.tier),
      policy.tiers.map((t) => t.thresholdCents),
      input.previousPolicyId ?? null,
      firstDayOf(input.previousMonth),
      policy.graceMonths,
      policy.autoUpgrade,
      TIER_CODES,
      input.runId,
    ],
  );
  await replaceCardExchangeTasks(client, { policyId: policy.id, month: firstDayOf(input.month) });
  const counts: EvaluationCounts = { customers: 0, qualified: zeroCounts(), service: zeroCounts(), statuses: {} };
  for (const row of result.rows) {
    if (row.qualified_tier) {
      counts.qualified[row.qualified_tier as TierCode] = row.customers;
      counts.customers += row.customers;
    }
    if (row.service_tier) counts.service[row.service_tier as TierCode] = row.customers;
    if (row.status) counts.statuses[row.status as EvaluationStatus] = row.customers;
  }
  return counts;
}

function zeroCounts(): Counts<TierCode> {
  return Object.fromEntries(TIER_CODES.map((tier) => [tier, 0])) as Counts<TierCode>;
}

export async function finishRun(client: pg.PoolClient, runId: bigint, counts: EvaluationCounts): Promise<void> {
  await client.query(
    `UPDATE tier_evaluation_run SET status = 'SUCCEEDED', finished_at = clock_timestamp(), customers = $2,
       qualified_counts = $3::jsonb, service_counts = $4::jsonb, status_counts = $5::jsonb WHERE id = $1`,
    [runId, counts.customers, JSON.stringify(counts.qualified), JSON.stringify(counts.service), JSON.stringify(counts.statuses)],
  );
}

/** After a rollback: what was tried and why it failed, for the data-management screens. */
export async function insertFailedRun(
  db: Queryable,
  run: { policyId: number; month: string; actor: string; startedAt: Date; error: string },
): Promise<void> {
  await db.query(
    `INSERT INTO tier_evaluation_run (policy_id, month, actor, started_at, finished_at, status, error)
     VALUES ($1, $2, $3, $4, clock_timestamp(), 'FAILED', $5)`,
    [run.policyId, firstDayOf(run.month), run.actor, run.startedAt, run.error],
  );
}

export interface StoredEvaluation {
  customerNo: string;
  metricCents: bigint;
  qualifiedTier: TierCode;
  previousServiceTier: TierCode | null;
  serviceTier: TierCode;
  substandardMonths: number;
  status: EvaluationStatus;
  /** The run's facts: { window, previous: { month, policyVersion } | null }. */
  runFacts: Record<string, unknown>;
  /** The special admission that decided a SPECIAL_ADMISSION row. */
  admission?: AdmissionFacts;
}

export async function findCustomerId(db: Queryable, customerNo: string): Promise<bigint | undefined> {
  const result = await db.query('SELECT id FROM customer WHERE customer_no = $1', [customerNo]);
  return result.rows[0]?.id as bigint | undefined;
}

export async function findEvaluation(
  db: Queryable,
  key: { policyId: number; month: string; customerId: bigint },
): Promise<StoredEvaluation | undefined> {
  const result = await db.query(
    `SELECT c.customer_no, e.metric_cents, e.qualified_tier, e.previous_service_tier, e.service_tier,
            e.substandard_months, e.status, r.facts, ${ADMISSION_FACTS_SQL} AS admission
     FROM tier_evaluation e JOIN customer c ON c.id = e.customer_id JOIN tier_evaluation_run r ON r.id = e.run_id
     LEFT JOIN special_admission sa ON sa.id = e.special_admission_id
     WHERE e.policy_id = $1 AND e.month = $2 AND e.customer_id = $3`,
    [key.policyId, firstDayOf(key.month), key.customerId],
  );
  const row = result.rows[0];
  if (!row) return undefined;
  return {
    customerNo: row.customer_no,
    metricCents: row.metric_cents,
    qualifiedTier: row.qualified_tier,
    previousServiceTier: row.previous_service_tier,
    serviceTier: row.service_tier,
    substandardMonths: row.substandard_months,
    status: row.status,
    runFacts: row.facts,
    ...(row.admission && { admission: row.admission as AdmissionFacts }),
  };
}

/**
 * The admission that decided a row (alias sa, LEFT JOINed on tier_evaluation.special_admission_id),
 * as the explanation's AdmissionFacts, or NULL. Its approvers are the levels of its chain: an
 * admission in force was approved at every step.
 */
export const ADMISSION_FACTS_SQL = `CASE WHEN sa.id IS NULL THEN NULL ELSE json_build_object('tier', sa.tier,
  'startsOn', to_char(sa.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(sa.ends_on, 'YYYY-MM-DD'), 'approverLevels', sa.approval_chain) END`;

/**
 * The COPY text of an export: `customer_no,metric,qualified_tier`, metric in yuan with two
 * decimals computed by exact numeric division of the cents (no float), rows by customer number in
 * byte order so that the file is the same on every server whatever its collation.
 * COPY takes no parameters: both values are inlined, the id an integer from the database and the
 * month checked again here.
 */
export function exportCopySql(policyId: number, month: string): string {
  if (!Number.isInteger(policyId) || !isMonth(month)) throw new Error('invalid export key');
  return `COPY (
    SELECT c.customer_no, (e.metric_cents::numeric / 100)::numeric(20, 2) AS metric, e.qualified_tier
    FROM tier_evaluation e JOIN customer c ON c.id = e.customer_id
    WHERE e.policy_id = ${policyId} AND e.month = DATE '${firstDayOf(month)}'
    ORDER BY c.customer_no COLLATE "C"
  ) TO STDOUT WITH (FORMAT csv, HEADER true)`;
}
