/**
 * Import runs for head office's data-management screens (issue 4 "Customer APIs"; docs/pipeline.md
 * §1): what each delivery did, and the row errors of a refused one with sensitive values masked.
 * Bank-wide operational data: the permission (import-run.read, HQ) is the scope. Audited.
 */
import type pg from 'pg';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import type { AuditWriter } from '../../platform/audit/audit-writer.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import type { ImportRunQuery, ImportRunsQuery } from './import-runs.schemas.ts';
import { maskFeedErrorMessage } from './import-runs.rules.ts';
import { countImportErrorsByFile, findImportRun, listImportRuns, readImportErrors, type StoredImportRun } from './import-runs.store.ts';

export interface ImportRunsContext {
  pool: pg.Pool;
  audit: AuditWriter;
}

export const IMPORT_RUN_AUDIT_ACTIONS = { list: 'import-run.list', read: 'import-run.read' } as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The planned files as stored (ingest.service.ts PlannedFile), read defensively: the column is free-form jsonb. */
function presentFiles(files: unknown) {
  return (Array.isArray(files) ? files : []).filter(isObject).map((file) => ({
    name: String(file.name ?? ''),
    kind: String(file.kind ?? ''),
    action: String(file.action ?? ''),
    rows: typeof file.rows === 'number' && Number.isInteger(file.rows) ? file.rows : null,
    sha256: String(file.sha256 ?? ''),
  }));
}

function presentRowCounts(rowCounts: unknown): Record<string, number> {
  if (!isObject(rowCounts)) return {};
  return Object.fromEntries(Object.entries(rowCounts).filter((entry): entry is [string, number] => Number.isInteger(entry[1])));
}

const APPLIED_COUNT_KEYS = ['orgs', 'staff', 'products', 'customers', 'accounts', 'maintainers', 'maintainersKeptInApp', 'fxRates'] as const;

/** The stored AppliedCounts, read defensively (free-form jsonb); a count missing from an older run reads 0. */
function presentAppliedCounts(applied: unknown) {
  if (!isObject(applied)) return null;
  const count = (key: string) => (Number.isInteger(applied[key]) ? (applied[key] as number) : 0);
  return Object.fromEntries(APPLIED_COUNT_KEYS.map((key) => [key, count(key)])) as Record<(typeof APPLIED_COUNT_KEYS)[number], number>;
}

function presentRun(run: StoredImportRun) {
  return {
    id: run.id.toString(),
    status: run.status,
    actor: run.actor,
    sourceDir: run.sourceDir,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt.toISOString(),
    durationMs: run.durationMs,
    files: presentFiles(run.files),
    rowCounts: presentRowCounts(run.rowCounts),
    daysClosed: run.daysClosed,
    errorCount: run.errorCount,
    errorsStored: run.errorsStored,
  };
}

export async function listRuns(context: ImportRunsContext, caller: ApiCaller, query: ImportRunsQuery) {
  const { runs, total } = await listImportRuns(context.pool, query);
  await context.audit.record(
    auditEventBy(caller, {
      action: IMPORT_RUN_AUDIT_ACTIONS.list,
      result: 'ALLOWED',
      details: { ...(query.status ? { status: query.status } : {}), page: query.page },
    }),
  );
  return { runs: runs.map(presentRun), total, page: query.page, pageSize: query.pageSize };
}

/** One run with a page of its errors; each message masked again on the way out (import-runs.rules.ts). */
export async function readRun(context: ImportRunsContext, caller: ApiCaller, id: bigint, query: ImportRunQuery) {
  const run = await findImportRun(context.pool, id);
  if (!run) throw new DomainError('IMPORT_RUN_NOT_FOUND', `there is no import run ${id}`, { id: id.toString() });
  const [errors, errorFiles] = await Promise.all([readImportErrors(context.pool, id, query), countImportErrorsByFile(context.pool, id)]);
  await context.audit.record(
    auditEventBy(caller, {
      action: IMPORT_RUN_AUDIT_ACTIONS.read,
      result: 'ALLOWED',
      details: { id: id.toString(), page: query.page, ...(query.file !== undefined ? { file: query.file } : {}) },
    }),
  );
  return {
    ...presentRun(run),
    applied: presentAppliedCounts(run.appliedCounts),
    errors: {
      items: errors.map((error) => ({
        file: error.file,
        line: error.line,
        field: error.field,
        message: maskFeedErrorMessage(error.file, error.field, error.reason),
      })),
      page: query.page,
      pageSize: query.pageSize,
      total: query.file === undefined ? run.errorsStored : (errorFiles.find((entry) => entry.file === query.file)?.errors ?? 0),
      file: query.file ?? null,
    },
    errorFiles,
  };
}
