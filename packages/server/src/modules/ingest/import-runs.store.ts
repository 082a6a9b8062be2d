/**
 * Reading import runs (import_run, migration 0001) for the data-management screens. The errors
 * of a run (at most 1,000 stored, all counted) are paged inside PostgreSQL, never loaded whole.
 */
import type pg from 'pg';

type Queryable = Pick<pg.Pool, 'query'>;

export const IMPORT_RUN_STATUSES = ['APPLIED', 'REJECTED', 'NOTHING_TO_DO'] as const;
export type ImportRunStatus = (typeof IMPORT_RUN_STATUSES)[number];

export interface StoredImportRun {
  id: bigint;
  startedAt: Date;
  finishedAt: Date;
  actor: string;
  sourceDir: string;
  status: ImportRunStatus;
  files: unknown;
  rowCounts: unknown;
  /** Every error found, also those past the stored cap. */
  errorCount: number;
  /** The errors kept with the run (the first 1,000). */
  errorsStored: number;
  daysClosed: string[];
  durationMs: number;
  /** What an applied run wrote (ingest apply.store.ts AppliedCounts); null for refused and older runs. */
  appliedCounts: unknown;
}

export interface StoredImportError {
  file: string;
  line: number;
  field: string;
  reason: string;
}

const COLUMNS = `id::text AS id, started_at, finished_at, actor, source_dir, status, files, row_counts, error_count,
  jsonb_array_length(errors) AS errors_stored, days_closed::text[] AS days_closed, duration_ms, applied_counts`;

function toRun(row: Record<string, unknown>): StoredImportRun {
  return {
    id: BigInt(row.id as string),
    startedAt: row.started_at as Date,
    finishedAt: row.finished_at as Date,
    actor: row.actor as string,
    sourceDir: row.source_dir as string,
    status: row.status as ImportRunStatus,
    files: row.files,
    rowCounts: row.row_counts,
    errorCount: row.error_count as number,
    errorsStored: row.errors_stored as number,
    daysClosed: row.days_closed as string[],
    durationMs: row.duration_ms as number,
    appliedCounts: row.applied_counts ?? null,
  };
}

/** Runs newest first, optionally of one status. */
export async function listImportRuns(
  db: Queryable,
  query: { status?: ImportRunStatus | undefined; page: number; pageSize: number },
): Promise<{ runs: StoredImportRun[]; total: number }> {
  const status = query.status ?? null;
  const [page, count] = await Promise.all([
    db.query(
      `SELECT ${COLUMNS} FROM import_run WHERE ($1::text IS NULL OR status = $1) ORDER BY id DESC LIMIT $2 OFFSET $3`,
      [status, query.pageSize, (query.page - 1) * query.pageSize],
    ),
    db.query<{ total: number }>('SELECT count(*)::int AS total FROM import_run WHERE ($1::text IS NULL OR status = $1)', [status]),
  ]);
  return { runs: page.rows.map(toRun), total: count.rows[0]?.total ?? 0 };
}

export async function findImportRun(db: Queryable, id: bigint): Promise<StoredImportRun | undefined> {
  const { rows } = await db.query(`SELECT ${COLUMNS} FROM import_run WHERE id = $1`, [id.toString()]);
  return rows[0] ? toRun(rows[0]) : undefined;
}

const ERRORS_OF_RUN = `import_run r CROSS JOIN LATERAL jsonb_array_elements(r.errors) WITH ORDINALITY AS e (value, position)`;

/** One page of a run's stored errors, in their stored order (by file, then line); optionally of one file. */
export async function readImportErrors(
  db: Queryable,
  id: bigint,
  page: { page: number; pageSize: number; file?: string | undefined },
): Promise<StoredImportError[]> {
  const { rows } = await db.query<StoredImportError>(
    `SELECT coalesce(e.value ->> 'file', '') AS file, coalesce((e.value ->> 'line')::int, 0) AS line, coalesce(e.value ->> 'field', '') AS field,
            coalesce(e.value ->> 'reason', e.value ->> 'message', '') AS reason
     FROM ${ERRORS_OF_RUN}
     WHERE r.id = $1 AND ($4::text IS NULL OR coalesce(e.value ->> 'file', '') = $4) ORDER BY e.position LIMIT $2 OFFSET $3`,
    [id.toString(), page.pageSize, (page.page - 1) * page.pageSize, page.file ?? null],
  );
  return rows;
}

/** How many of the run's stored errors each file has, files in the order their errors are stored. */
export async function countImportErrorsByFile(db: Queryable, id: bigint): Promise<{ file: string; errors: number }[]> {
  const { rows } = await db.query<{ file: string; errors: number }>(
    `SELECT coalesce(e.value ->> 'file', '') AS file, count(*)::int AS errors
     FROM ${ERRORS_OF_RUN} WHERE r.id = $1 GROUP BY 1 ORDER BY min(e.position)`,
    [id.toString()],
  );
  return rows;
}
