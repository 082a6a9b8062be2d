/**
 * The state of the data spine for head office's data-management screen, read set-based from the
 * tables the import, the close and the evaluation write (import_run, business_day,
 * tier_evaluation_run, tier_policy; migrations 0001, 0002). A read model over several modules'
 * tables: one statement each beats asking every module in turn, and nothing here writes.
 */
import type pg from 'pg';

type Queryable = Pick<pg.Pool, 'query'>;

export interface LastImport {
  id: string;
  finishedAt: Date;
  actor: string;
  sourceDir: string;
  daysClosed: string[];
}

/** The latest import that changed data (APPLIED). */
export async function findLastAppliedImport(db: Queryable): Promise<LastImport | undefined> {
  const { rows } = await db.query(
    `SELECT id::text AS id, finished_at, actor, source_dir, days_closed::text[] AS days_closed
     FROM import_run WHERE status = 'APPLIED' ORDER BY id DESC LIMIT 1`,
  );
  const row = rows[0];
  return row && { id: row.id, finishedAt: row.finished_at, actor: row.actor, sourceDir: row.source_dir, daysClosed: row.days_closed };
}

export interface ClosedDays {
  first: string | null;
  last: string | null;
  count: number;
  lastClosedAt: Date | null;
}

export async function readClosedDays(db: Queryable): Promise<ClosedDays> {
  const { rows } = await db.query(
    `SELECT min(day)::text AS first, max(day)::text AS last, count(*)::int AS count, max(closed_at) AS last_closed_at FROM business_day`,
  );
  const row = rows[0];
  return { first: row.first, last: row.last, count: row.count, lastClosedAt: row.last_closed_at };
}

export interface GapRange {
  from: string;
  to: string;
  days: number;
}

/** Runs of consecutive calendar days without balances between the first and the last closed day (gaps and islands). */
export async function listGapRanges(db: Queryable, limit: number): Promise<{ ranges: GapRange[]; days: number; rangeCount: number }> {
  const { rows } = await db.query(
    `WITH bounds AS (SELECT min(day) AS first, max(day) AS last FROM business_day),
     missing AS (
       SELECT d::date AS day FROM bounds, generate_series(bounds.first, bounds.last, interval '1 day') AS d
       WHERE NOT EXISTS (SELECT 1 FROM business_day b WHERE b.day = d::date)
     ),
     ranges AS (
       SELECT min(day) AS first, max(day) AS last, count(*)::int AS days
       FROM (SELECT day, day - (row_number() OVER (ORDER BY day))::int AS island FROM missing) AS numbered
       GROUP BY island
     )
     SELECT first::text AS "from", last::text AS "to", days, sum(days) OVER ()::int AS total_days, count(*) OVER ()::int AS range_count
     FROM ranges ORDER BY first LIMIT $1`,
    [limit],
  );
  return {
    ranges: rows.map((row) => ({ from: row.from, to: row.to, days: row.days })),
    days: rows[0]?.total_days ?? 0,
    rangeCount: rows[0]?.range_count ?? 0,
  };
}

export interface LatestEvaluation {
  runId: string;
  policyCode: string;
  policyVersion: number;
  month: string;
  customers: number;
  qualifiedCounts: Record<string, number>;
  finishedAt: Date;
}

/** Per policy code, its latest successful evaluation: latest month, then the latest finished run. */
export async function listLatestEvaluations(db: Queryable): Promise<LatestEvaluation[]> {
  const { rows } = await db.query(
    `SELECT DISTINCT ON (p.code) r.id::text AS run_id, p.code, p.version, to_char(r.month, 'YYYY-MM') AS month, r.customers,
            r.qualified_counts, r.finished_at
     FROM tier_evaluation_run r JOIN tier_policy p ON p.id = r.policy_id
     WHERE r.status = 'SUCCEEDED'
     ORDER BY p.code, r.month DESC, r.finished_at DESC, r.id DESC`,
  );
  return rows.map((row) => ({
    runId: row.run_id,
    policyCode: row.code,
    policyVersion: row.version,
    month: row.month,
    customers: row.customers,
    qualifiedCounts: row.qualified_counts,
    finishedAt: row.finished_at,
  }));
}

export interface RunningEvaluation {
  runId: string;
  policyCode: string;
  policyVersion: number;
  month: string;
  startedAt: Date;
}

/** The run started from the API that is still running, if any (one at a time). */
export async function findRunningEvaluation(db: Queryable): Promise<RunningEvaluation | undefined> {
  const { rows } = await db.query(
    `SELECT r.id::text AS run_id, p.code, p.version, to_char(r.month, 'YYYY-MM') AS month, r.started_at
     FROM tier_evaluation_run r JOIN tier_policy p ON p.id = r.policy_id WHERE r.status = 'RUNNING' ORDER BY r.id DESC LIMIT 1`,
  );
  const row = rows[0];
  return row && { runId: row.run_id, policyCode: row.code, policyVersion: row.version, month: row.month, startedAt: row.started_at };
}

export interface ActivePolicy {
  code: string;
  version: number;
  metric: string;
  gapHandling: 'REFUSE' | 'CARRY_FORWARD';
}

export async function listActivePolicies(db: Queryable): Promise<ActivePolicy[]> {
  const { rows } = await db.query(`SELECT code, version, metric, gap_handling FROM tier_policy WHERE active ORDER BY code`);
  return rows.map((row) => ({ code: row.code, version: row.version, metric: row.metric, gapHandling: row.gap_handling }));
}

export interface MonthWindowRow {
  policyCode: string;
  month: string;
  endMissing: boolean;
  missingDays: number;
  startsBeforeFirstClosedDay: boolean;
}

/**
 * For every policy and every month from the first closed day's to the last closed day's (those
 * whose last day is not after the last closed day), the facts of its evaluation window: whether
 * its last day is closed and how many of its days are not. One statement over all of them.
 */
export async function readMonthWindows(
  db: Queryable,
  policies: { code: string; windowMonths: number; point: boolean }[],
): Promise<MonthWindowRow[]> {
  if (policies.length === 0) return [];
  const { rows } = await db.query(
    `WITH bounds AS (SELECT min(day) AS first, max(day) AS last FROM business_day),
     months AS (
       SELECT m::date AS month, (m + interval '1 month' - interval '1 day')::date AS month_end
       FROM bounds, generate_series(date_trunc('month', bounds.first), date_trunc('month', bounds.last), interval '1 month') AS m
       WHERE (m + interval '1 month' - interval '1 day')::date <= bounds.last
     ),
     windows AS (
       SELECT p.code, mo.month, mo.month_end,
              CASE WHEN p.point THEN mo.month_end ELSE (mo.month - make_interval(months => p.window_months - 1))::date END AS window_start
       FROM unnest($1::text[], $2::int[], $3::boolean[]) AS p(code, window_months, point) CROSS JOIN months mo
     )
     SELECT w.code, to_char(w.month, 'YYYY-MM') AS month,
            NOT EXISTS (SELECT 1 FROM business_day b WHERE b.day = w.month_end) AS end_missing,
            ((w.month_end - w.window_start + 1) - (SELECT count(*) FROM business_day b WHERE b.day BETWEEN w.window_start AND w.month_end))::int
              AS missing_days,
            w.window_start < bounds.first AS starts_before_first
     FROM windows w CROSS JOIN bounds ORDER BY w.code, w.month`,
    [policies.map((p) => p.code), policies.map((p) => p.windowMonths), policies.map((p) => p.point)],
  );
  return rows.map((row) => ({
    policyCode: row.code,
    month: row.month,
    endMissing: row.end_missing,
    missingDays: row.missing_days,
    startsBeforeFirstClosedDay: row.starts_before_first,
  }));
}
