/** Reading tier_evaluation_run (migration 0002) for the data-management screens. */
import type { Queryable } from './tier-policy.store.ts';
import { firstDayOf } from './tiers.rules.ts';

export interface StoredEvaluationRun {
  id: bigint;
  policyCode: string;
  policyVersion: number;
  month: string;
  actor: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  startedAt: Date;
  finishedAt: Date | null;
  customers: number;
  qualifiedCounts: Record<string, number>;
  serviceCounts: Record<string, number>;
  statusCounts: Record<string, number>;
  facts: Record<string, unknown>;
  error: string | null;
}

const COLUMNS = `r.id::text AS id, p.code, p.version, to_char(r.month, 'YYYY-MM') AS month, r.actor, r.status, r.started_at,
  r.finished_at, r.customers, r.qualified_counts, r.service_counts, r.status_counts, r.facts, r.error`;

function toRun(row: Record<string, unknown>): StoredEvaluationRun {
  return {
    id: BigInt(row.id as string),
    policyCode: row.code as string,
    policyVersion: row.version as number,
    month: row.month as string,
    actor: row.actor as string,
    status: row.status as StoredEvaluationRun['status'],
    startedAt: row.started_at as Date,
    finishedAt: row.finished_at as Date | null,
    customers: row.customers as number,
    qualifiedCounts: row.qualified_counts as Record<string, number>,
    serviceCounts: row.service_counts as Record<string, number>,
    statusCounts: row.status_counts as Record<string, number>,
    facts: row.facts as Record<string, unknown>,
    error: row.error as string | null,
  };
}

/** Runs newest first (a handful a month: offset paging is cheap here). */
export async function listEvaluationRuns(
  db: Queryable,
  query: { policyCode?: string | undefined; month?: string | undefined; page: number; pageSize: number },
): Promise<{ runs: StoredEvaluationRun[]; total: number }> {
  const filter = `($1::text IS NULL OR p.code = $1) AND ($2::date IS NULL OR r.month = $2)`;
  const params = [query.policyCode ?? null, query.month === undefined ? null : firstDayOf(query.month)];
  const [page, count] = await Promise.all([
    db.query(
      `SELECT ${COLUMNS} FROM tier_evaluation_run r JOIN tier_policy p ON p.id = r.policy_id WHERE ${filter}
       ORDER BY r.started_at DESC, r.id DESC LIMIT $3 OFFSET $4`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    ),
    db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM tier_evaluation_run r JOIN tier_policy p ON p.id = r.policy_id WHERE ${filter}`,
      params,
    ),
  ]);
  return { runs: page.rows.map(toRun), total: count.rows[0]?.total ?? 0 };
}

export async function findEvaluationRun(db: Queryable, id: bigint): Promise<StoredEvaluationRun | undefined> {
  const { rows } = await db.query(`SELECT ${COLUMNS} FROM tier_evaluation_run r JOIN tier_policy p ON p.id = r.policy_id WHERE r.id = $1`, [
    id.toString(),
  ]);
  return rows[0] ? toRun(rows[0]) : undefined;
}
