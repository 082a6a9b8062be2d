/**
 * Counts by service tier per home outlet (customer_tier_count, migration 0007): the tier counts
 * and totals of searches filtered only by scope, tier and outlet, read from a few thousand rows
 * instead of the whole customer table. The table holds one build, for one evaluation run and one
 * state of the customer data; a stale build is never read, it is rebuilt.
 */
import type pg from 'pg';
import { customerScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { inTransaction, type Queryable } from '../../platform/db/transaction.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import type { TierCountRow } from './customers.rules.ts';
import { bindEvaluation, orgSubtreeSql, type EvaluationInForce } from './customer-search.store.ts';

/** Serialises rebuilds: concurrent searches that find the counts stale build them once. */
const REBUILD_LOCK = 7_464_242_007;

/** True when the stored build is of the run in force and of the customers as they are now. */
const freshSql = (runId: string) => `
  SELECT EXISTS (SELECT 1 FROM customer_tier_count_build b
    WHERE b.run_id IS NOT DISTINCT FROM ${runId}::bigint
      AND b.data_version = (SELECT version FROM customer_data_version)) AS fresh`;

/**
 * The viewer's counts per service tier (NULL: not evaluated), optionally for one outlet or org; or
 * 'STALE' when the stored counts are not those of the current data. The scope condition applies
 * to the counts' home outlet exactly as it applies to a customer's: only outlet-based scopes come
 * here (customers.rules.ts countStrategy).
 */
export async function readTierCounts(
  db: Queryable,
  query: { viewer: Viewer; evaluation: EvaluationInForce | undefined; outletId: number | undefined; orgId?: number | undefined },
): Promise<TierCountRow[] | 'STALE'> {
  const params = new SqlParams();
  const runId = params.add(query.evaluation?.runId ?? null);
  const where = [customerScopeCondition(query.viewer, 's', params)];
  if (query.outletId !== undefined) where.push(`s.home_outlet_id = ${params.add(query.outletId)}::int`);
  if (query.orgId !== undefined) where.push(`s.home_outlet_id IN (${orgSubtreeSql(params.add(query.orgId))})`);
  const { rows } = await db.query(
    `WITH state AS (${freshSql(runId)})
     SELECT state.fresh, counts.service_tier, counts.customers
       FROM state LEFT JOIN LATERAL (
         SELECT s.service_tier, sum(s.customers)::int AS customers FROM customer_tier_count s
          WHERE state.fresh AND ${where.join(' AND ')} GROUP BY s.service_tier) counts ON true`,
    params.values,
  );
  if (!rows[0]?.fresh) return 'STALE';
  return rows.filter((row) => row.customers !== null).map((row) => ({ serviceTier: row.service_tier, customers: row.customers }));
}

/**
 * Rebuilds the counts for the run in force. One statement (one snapshot) reads the data version
 * and counts the customers, so the version stored is the one counted. Waiting searches find the
 * counts fresh after the lock and build nothing.
 */
export async function rebuildTierCounts(pool: pg.Pool, evaluation: EvaluationInForce | undefined): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [REBUILD_LOCK]);
    const params = new SqlParams();
    const runId = params.add(evaluation?.runId ?? null);
    const state = await client.query(freshSql(runId), params.values);
    if (state.rows[0]?.fresh) return;
    const bound = bindEvaluation(params, evaluation);
    await client.query(
      `WITH cleared AS (DELETE FROM customer_tier_count),
       counted AS (
         INSERT INTO customer_tier_count (home_outlet_id, service_tier, customers)
         SELECT c.home_outlet_id, e.service_tier, count(*)
           FROM customer c
           LEFT JOIN tier_evaluation e ON e.policy_id = ${bound.policy}::int AND e.month = ${bound.month}::date AND e.customer_id = c.id
          GROUP BY c.home_outlet_id, e.service_tier)
       INSERT INTO customer_tier_count_build (singleton, run_id, data_version, built_at)
       SELECT true, ${runId}::bigint, v.version, now() FROM customer_data_version v
       ON CONFLICT (singleton) DO UPDATE SET run_id = EXCLUDED.run_id, data_version = EXCLUDED.data_version, built_at = EXCLUDED.built_at`,
      params.values,
    );
  });
}
