/**
 * Monthly evaluation (每月评定, DOMAIN.md §4) from the API: list the runs, read one, and start a
 * month under a policy — one at a time, refused at once (not queued behind a lock) while another
 * is running. Starting answers as soon as the run is stored; the evaluation goes on in the
 * background of this process, in its own transaction, and the run row tells how far it got.
 */
import type pg from 'pg';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import type { AuditWriter } from '../../platform/audit/audit-writer.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import type { WindowInfo } from '../aum/aum.service.ts';
import { progressOf } from './evaluation-runs.rules.ts';
import type { EvaluationRunBody, EvaluationRunsQuery } from './evaluation-runs.schemas.ts';
import {
  failInterruptedRuns,
  failRun,
  findEvaluationRun,
  insertRunningRun,
  listEvaluationRuns,
  recordPhase,
  type StoredEvaluationRun,
} from './evaluation-runs.store.ts';
import { activePolicy } from './tier-policy.service.ts';
import { tryLockPolicyCode } from './tier-policy.store.ts';
import { evaluateMonth } from './tiers.service.ts';

export interface EvaluationRunsContext {
  pool: pg.Pool;
  audit: AuditWriter;
}

/** The evaluations running in the background of this process; the app waits for them when it closes. */
export type BackgroundEvaluations = Set<Promise<void>>;

/** `run` when started (or refused), `finish` when a background run ended, from its result. */
export const EVALUATION_AUDIT_ACTIONS = {
  list: 'evaluation-run.list',
  read: 'evaluation-run.read',
  run: 'evaluation.run',
  finish: 'evaluation.finish',
} as const;

/**
 * Held by a background evaluation from before its run is stored until the run's end is recorded:
 * two at once would only compete for the same cores, and whoever gets it may take a RUNNING row
 * for an orphan. A session lock, not a transaction's: a failed run is recorded after the rollback
 * (the row may be locked until then), and no reader may take it for an orphan in between.
 */
const API_EVALUATION_LOCK = 7_464_242_006;

/** Gives the connection back without the session lock; one that cannot drop it is closed instead. */
async function releaseLocked(client: pg.PoolClient): Promise<void> {
  try {
    await client.query('SELECT pg_advisory_unlock($1::bigint)', [API_EVALUATION_LOCK]);
    client.release();
  } catch (error) {
    client.release(error as Error);
  }
}

export function presentRun(run: StoredEvaluationRun) {
  const window = (run.facts.window as WindowInfo | undefined) ?? null;
  const failure = run.facts.failure as { code?: unknown } | undefined;
  return {
    id: run.id.toString(),
    policy: { code: run.policyCode, version: run.policyVersion },
    month: run.month,
    actor: run.actor,
    status: run.status,
    phase: run.phase,
    progress: progressOf(run.status, run.phase),
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null,
    customers: run.customers,
    qualifiedCounts: run.qualifiedCounts,
    serviceCounts: run.serviceCounts,
    statusCounts: run.statusCounts,
    window: window && { start: window.windowStart, end: window.windowEnd, days: window.days, carriedForwardDays: window.carriedForwardDays },
    error: run.error,
    errorCode: typeof failure?.code === 'string' ? failure.code : null,
  };
}

export async function listRuns(context: EvaluationRunsContext, caller: ApiCaller, query: EvaluationRunsQuery) {
  let { runs, total } = await listEvaluationRuns(context.pool, query);
  if (runs.some((run) => run.status === 'RUNNING') && (await failInterruptedEvaluations(context.pool)) > 0) {
    ({ runs, total } = await listEvaluationRuns(context.pool, query));
  }
  await context.audit.record(
    auditEventBy(caller, {
      action: EVALUATION_AUDIT_ACTIONS.list,
      result: 'ALLOWED',
      details: { ...(query.policyCode ? { policyCode: query.policyCode } : {}), ...(query.month ? { month: query.month } : {}), page: query.page },
    }),
  );
  return { runs: runs.map(presentRun), total, page: query.page, pageSize: query.pageSize };
}

export async function readRun(context: EvaluationRunsContext, caller: ApiCaller, id: bigint) {
  let run = await findEvaluationRun(context.pool, id);
  if (run?.status === 'RUNNING' && (await failInterruptedEvaluations(context.pool)) > 0) run = await findEvaluationRun(context.pool, id);
  if (!run) throw new DomainError('EVALUATION_RUN_NOT_FOUND', `there is no evaluation run ${id}`, { id: id.toString() });
  await context.audit.record(
    auditEventBy(caller, { action: EVALUATION_AUDIT_ACTIONS.read, result: 'ALLOWED', details: { id: id.toString() } }),
  );
  return presentRun(run);
}

/**
 * Starts evaluating the month under the policy's active version and answers with the RUNNING run.
 * One transaction of our own first tries both locks — if another evaluation (here, on the command
 * line or in an import) holds either, the start is refused with EVALUATION_RUNNING — and keeps
 * them until the evaluation ends. A failed evaluation leaves its run FAILED with the reason.
 */
export async function startEvaluation(
  context: EvaluationRunsContext & { background: BackgroundEvaluations; log?: (error: unknown, message: string) => void },
  caller: ApiCaller,
  body: EvaluationRunBody,
) {
  const client = await context.pool.connect();
  let runId: bigint | undefined;
  let run: StoredEvaluationRun | undefined;
  let locked = false;
  try {
    const { rows } = await client.query<{ free: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS free', [API_EVALUATION_LOCK]);
    locked = rows[0]?.free === true;
    await client.query('BEGIN');
    // The policy code's lock is the one the CLI and an import re-deriving corrected months take.
    if (!locked || !(await tryLockPolicyCode(client, body.policyCode))) {
      throw new DomainError('EVALUATION_RUNNING', 'another tier evaluation is running; try again when it ends', { month: body.month, code: body.policyCode });
    }
    const policy = await activePolicy(client, body.policyCode);
    await failInterruptedRuns(context.pool);
    runId = await insertRunningRun(context.pool, { policyId: policy.id, month: body.month, actor: caller.staffNo });
    // Read before the evaluation starts: the answer is the run as started, RUNNING.
    run = await findEvaluationRun(context.pool, runId);
    if (!run) throw new DomainError('EVALUATION_RUN_NOT_FOUND', `evaluation run ${runId} vanished`, { id: runId.toString() });
    await context.audit.record(
      auditEventBy(caller, {
        action: EVALUATION_AUDIT_ACTIONS.run,
        result: 'ALLOWED',
        details: { policyCode: body.policyCode, policyVersion: policy.version, month: body.month, runId: runId.toString() },
      }),
    );
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    if (runId !== undefined) await failRun(context.pool, runId, failureOf(error)).catch(() => {});
    if (locked) await releaseLocked(client);
    else client.release();
    await context.audit.record(
      auditEventBy(caller, {
        action: EVALUATION_AUDIT_ACTIONS.run,
        result: 'ERROR',
        details: { policyCode: body.policyCode, month: body.month, code: failureOf(error).code },
      }),
    );
    throw error;
  }
  const job = evaluateInBackground(context, caller, client, { ...body, runId: run.id });
  context.background.add(job);
  void job.finally(() => context.background.delete(job));
  return presentRun(run);
}

function failureOf(error: unknown): { code: string; message: string } {
  return error instanceof DomainError ? { code: error.code, message: error.message } : { code: 'INTERNAL', message: (error as Error).message };
}

/**
 * The evaluation itself, on the client holding the locks; never rejects: its outcome is in the run
 * row and the audit trail. The session lock is dropped only once that outcome is recorded.
 */
async function evaluateInBackground(
  context: EvaluationRunsContext & { log?: (error: unknown, message: string) => void },
  caller: ApiCaller,
  client: pg.PoolClient,
  input: EvaluationRunBody & { runId: bigint },
): Promise<void> {
  const { runId } = input;
  // One write after the other: on two connections a later phase could land before an earlier one.
  let phases = Promise.resolve();
  try {
    const summary = await evaluateMonth(client, {
      month: input.month,
      policyCode: input.policyCode,
      actor: caller.staffNo,
      runId,
      onStep: (phase) => {
        phases = phases
          .then(() => recordPhase(context.pool, runId, phase))
          .catch((error: unknown) => context.log?.(error, 'recording the phase of an evaluation failed'));
      },
    });
    await client.query('COMMIT');
    await context.audit.record(
      auditEventBy(caller, {
        action: EVALUATION_AUDIT_ACTIONS.finish,
        result: 'ALLOWED',
        details: { policyCode: input.policyCode, month: input.month, runId: runId.toString(), customers: summary.customers },
      }),
    );
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    const failure = failureOf(error);
    try {
      await failRun(context.pool, runId, failure);
      await context.audit.record(
        auditEventBy(caller, {
          action: EVALUATION_AUDIT_ACTIONS.finish,
          result: 'ERROR',
          details: { policyCode: input.policyCode, month: input.month, runId: runId.toString(), code: failure.code },
        }),
      );
    } catch (recordError) {
      // The run stays RUNNING; the next start or server start marks it interrupted.
      context.log?.(recordError, 'recording a failed evaluation failed');
    }
  } finally {
    await phases;
    await releaseLocked(client);
  }
}

/**
 * Runs left RUNNING by a process that died (a server stopped or killed mid-evaluation) are marked
 * FAILED (interrupted) when they are next seen: whenever a RUNNING run is read and no evaluation
 * holds the lock, it has no process left. Checked when read, not at server start, so that it holds
 * with several servers too and building the app (e.g. for the OpenAPI document) touches no database.
 * Returns how many were marked.
 */
export async function failInterruptedEvaluations(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ free: boolean }>('SELECT pg_try_advisory_xact_lock($1::bigint) AS free', [API_EVALUATION_LOCK]);
    const failed = rows[0]?.free ? await failInterruptedRuns(client) : 0;
    await client.query('COMMIT');
    return failed;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
