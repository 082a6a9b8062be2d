import type pg from 'pg';
import type { FeedError } from './feed-errors.ts';

/** Import runs and applied files: what the data-management screens and idempotency read. */
export interface RunRecord {
  startedAt: Date;
  actor: string;
  sourceDir: string;
  status: 'APPLIED' | 'REJECTED' | 'NOTHING_TO_DO';
  files: unknown;
  rowCounts: unknown;
  errors: FeedError[];
  errorCount: number;
  daysClosed: string[];
  durationMs: number;
}

type Queryable = Pick<pg.PoolClient, 'query'>;

export async function insertRun(client: Queryable, run: RunRecord): Promise<bigint> {
  const result = await client.query(
    `INSERT INTO import_run (started_at, actor, source_dir, status, files, row_counts, errors, error_count, days_closed, duration_ms)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date[], $10) RETURNING id`,
    [
      run.startedAt,
      run.actor,
      run.sourceDir,
      run.status,
      JSON.stringify(run.files),
      JSON.stringify(run.rowCounts),
      JSON.stringify(run.errors),
      run.errorCount,
      run.daysClosed,
      run.durationMs,
    ],
  );
  return result.rows[0].id as bigint;
}

export async function finishRun(
  client: Queryable,
  id: bigint,
  run: Pick<RunRecord, 'rowCounts' | 'daysClosed' | 'durationMs' | 'files'> & { appliedCounts: unknown },
): Promise<void> {
  await client.query(
    `UPDATE import_run SET row_counts = $2, days_closed = $3::date[], duration_ms = $4, files = $5, applied_counts = $6, finished_at = now()
     WHERE id = $1`,
    [id, JSON.stringify(run.rowCounts), run.daysClosed, run.durationMs, JSON.stringify(run.files), JSON.stringify(run.appliedCounts)],
  );
}

export async function appliedChecksums(client: Queryable, names: string[]): Promise<Map<string, string>> {
  const result = await client.query('SELECT file_name, sha256 FROM imported_file WHERE file_name = ANY($1)', [names]);
  return new Map(result.rows.map((row) => [row.file_name as string, row.sha256 as string]));
}

export async function recordAppliedFiles(
  client: Queryable,
  runId: bigint,
  files: { name: string; sha256: string; rows: number }[],
): Promise<void> {
  await client.query(
    `INSERT INTO imported_file (file_name, sha256, rows, import_run_id)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::bigint[])
     ON CONFLICT (file_name) DO UPDATE SET sha256 = EXCLUDED.sha256, rows = EXCLUDED.rows,
       import_run_id = EXCLUDED.import_run_id, applied_at = now()`,
    [files.map((f) => f.name), files.map((f) => f.sha256), files.map((f) => f.rows), files.map(() => runId.toString())],
  );
}

export async function closedDaysAmong(client: Queryable, days: string[]): Promise<Set<string>> {
  const result = await client.query('SELECT day::text AS day FROM business_day WHERE day = ANY($1::date[])', [days]);
  return new Set(result.rows.map((row) => row.day as string));
}
