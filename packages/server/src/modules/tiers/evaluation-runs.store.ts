/**
 * tier_evaluation_run (migrations 0002, 0011) for the data-management screens, and the life of a
 * run started in the background: stored RUNNING, its phase, its end (evaluation-runs.service.ts).
 */
import type { Queryable } from './tier-policy.store.ts';
import type { EvaluationPhase } from './evaluation-runs.rules.ts';
import { firstDayOf } from './tiers.rules.ts';

export interface StoredEvaluationRun {
  id: bigint;
  policyCode: string;
  policyVersion: number;
  month: string;
  actor: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  /** The step a run started in the background reached; null for the others. */
  phase: EvaluationPhase | null;
  startedAt: Date;
  finishedAt: Date | null;
  customers: number;
  qualifiedCounts: Record<string, number>;
  serviceCounts: Record<string, number>;
  statusCounts: Record<string, number>;
  facts: Record<string, unknown>;
  error: string | null;
}

const COLUMNS = `r.id::text AS id, p.code, p.version, to_char(r.month, 'YYYY-MM') AS month, r.actor, r.status, r.phase, r.started_at,
  r.finished_at, r.customers, r.qualified_counts, r.service_counts, r.status_counts, r.facts, r.error`;

function toRun(row: Record<string, unknown>): StoredEvaluationRun {
  return {
    id: BigInt(row.id as string),
    policyCode: row.code as string,
    policyVersion: row.version as number,
    month: row.month as string,
    actor: row.actor as string,
    status: row.status as StoredEvaluationRun['status'],
    phase: row.phase as EvaluationPhase | null,
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

/** A run about to start in the background, committed at once so that it can be watched. */
export async function insertRunningRun(db: Queryable, run: { policyId: number; month: string; actor: string }): Promise<bigint> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO tier_evaluation_run (policy_id, month, actor, started_at, status)
     VALUES ($1, $2, $3, clock_timestamp(), 'RUNNING') RETURNING id::text AS id`,
    [run.policyId, firstDayOf(run.month), run.actor],
  );
  return BigInt(rows[0]!.id);
}

/**
 * The step a background run reached. Written outside the evaluating transaction, which touches the
 * row only at its very end; once that has ended the run the condition fails and nothing changes.
 */
export async function recordPhase(db: Queryable, id: bigint, phase: EvaluationPhase): Promise<void> {
  await db.query(`UPDATE tier_evaluation_run SET phase = $2 WHERE id = $1 AND status = 'RUNNING'`, [id.toString(), phase]);
}

/** Inside the evaluating transaction, just before it finishes the run: the window it used. */
export async function recordRunFacts(db: Queryable, id: bigint, facts: unknown): Promise<void> {
  await db.query('UPDATE tier_evaluation_run SET facts = $2::jsonb WHERE id = $1', [id.toString(), JSON.stringify(facts)]);
}

/** After the evaluating transaction rolled back: why (over an "interrupted" written meanwhile, too). */
export async function failRun(db: Queryable, id: bigint, failure: { code: string; message: string }): Promise<void> {
  await db.query(
    `UPDATE tier_evaluation_run SET status = 'FAILED', finished_at = clock_timestamp(), error = $2,
       facts = facts || jsonb_build_object('failure', jsonb_build_object('code', $3::text))
     WHERE id = $1 AND status <> 'SUCCEEDED'`,
    [id.toString(), failure.message, failure.code],
  );
}

export const INTERRUPTED = { code: 'EVALUATION_INTERRUPTED', message: 'interrupted: the server stopped before the evaluation ended' } as const;

/**
 * Marks FAILED every run still RUNNING. Only for a caller that holds the lock every background
 * evaluation holds until it ends: a RUNNING row then belongs to a process that died.
 */
export async function failInterruptedRuns(db: Queryable): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE tier_evaluation_run SET status = 'FAILED', finished_at = clock_timestamp(), error = $1,
       facts = facts || jsonb_build_object('failure', jsonb_build_object('code', $2::text))
     WHERE status = 'RUNNING'`,
    [INTERRUPTED.message, INTERRUPTED.code],
  );
  return rowCount ?? 0;
}
