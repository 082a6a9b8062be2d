/**
 * Monthly evaluation (每月评定, DOMAIN.md §4) from the API: list the runs, and run a month under
 * a policy — one at a time, refused at once (not queued behind a lock) while another is running.
 */
import type pg from 'pg';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import type { AuditWriter } from '../../platform/audit/audit-writer.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import type { WindowInfo } from '../aum/aum.service.ts';
import type { EvaluationRunBody, EvaluationRunsQuery } from './evaluation-runs.schemas.ts';
import { findEvaluationRun, listEvaluationRuns, type StoredEvaluationRun } from './evaluation-runs.store.ts';
import { activePolicy } from './tier-policy.service.ts';
import { tryLockPolicyCode } from './tier-policy.store.ts';
import { insertFailedRun } from './tiers.store.ts';
import { evaluateMonth } from './tiers.service.ts';

export interface EvaluationRunsContext {
  pool: pg.Pool;
  audit: AuditWriter;
}

export const EVALUATION_AUDIT_ACTIONS = { list: 'evaluation-run.list', run: 'evaluation.run' } as const;

/** Held for the whole of an evaluation started here: two at once would only compete for the same cores. */
const API_EVALUATION_LOCK = 7_464_242_006;

export function presentRun(run: StoredEvaluationRun) {
  const window = (run.facts.window as WindowInfo | undefined) ?? null;
  return {
    id: run.id.toString(),
    policy: { code: run.policyCode, version: run.policyVersion },
    month: run.month,
    actor: run.actor,
    status: run.status,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null,
    customers: run.customers,
    qualifiedCounts: run.qualifiedCounts,
    serviceCounts: run.serviceCounts,
    statusCounts: run.statusCounts,
    window: window && { start: window.windowStart, end: window.windowEnd, days: window.days, carriedForwardDays: window.carriedForwardDays },
    error: run.error,
  };
}

export async function listRuns(context: EvaluationRunsContext, caller: ApiCaller, query: EvaluationRunsQuery) {
  const { runs, total } = await listEvaluationRuns(context.pool, query);
  await context.audit.record(
    auditEventBy(caller, {
      action: EVALUATION_AUDIT_ACTIONS.list,
      result: 'ALLOWED',
      details: { ...(query.policyCode ? { policyCode: query.policyCode } : {}), ...(query.month ? { month: query.month } : {}), page: query.page },
    }),
  );
  return { runs: runs.map(presentRun), total, page: query.page, pageSize: query.pageSize };
}

/**
 * Evaluates the month under the policy's active version inside one transaction of our own, which
 * first tries both locks: if another evaluation (here, on the command line or in an import) holds
 * either, the request is refused with EVALUATION_RUNNING instead of waiting minutes for it. A
 * failed evaluation is recorded as a FAILED run after the rollback, as the CLI's are.
 */
export async function runEvaluation(context: EvaluationRunsContext, caller: ApiCaller, body: EvaluationRunBody) {
  const startedAt = new Date();
  const client = await context.pool.connect();
  let policyId: number | undefined;
  let runId: bigint;
  try {
    await client.query('BEGIN');
    // The policy code's lock is the one the CLI and an import re-deriving corrected months take.
    const { rows } = await client.query<{ free: boolean }>('SELECT pg_try_advisory_xact_lock($1::bigint) AS free', [API_EVALUATION_LOCK]);
    if (!rows[0]?.free || !(await tryLockPolicyCode(client, body.policyCode))) {
      throw new DomainError('EVALUATION_RUNNING', 'another tier evaluation is running; try again when it ends', { month: body.month, code: body.policyCode });
    }
    policyId = (await activePolicy(client, body.policyCode)).id;
    runId = (await evaluateMonth(client, { month: body.month, policyCode: body.policyCode, actor: caller.staffNo })).runId;
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    if (policyId !== undefined) {
      await insertFailedRun(context.pool, { policyId, month: body.month, actor: caller.staffNo, startedAt, error: (error as Error).message }).catch(() => {});
    }
    const code = error instanceof DomainError ? error.code : 'INTERNAL';
    await context.audit.record(
      auditEventBy(caller, { action: EVALUATION_AUDIT_ACTIONS.run, result: 'ERROR', details: { policyCode: body.policyCode, month: body.month, code } }),
    );
    throw error;
  } finally {
    client.release();
  }
  const run = await findEvaluationRun(context.pool, runId);
  if (!run) throw new DomainError('EVALUATION_NOT_FOUND', `evaluation run ${runId} vanished`, { month: body.month, code: body.policyCode });
  await context.audit.record(
    auditEventBy(caller, {
      action: EVALUATION_AUDIT_ACTIONS.run,
      result: 'ALLOWED',
      details: { policyCode: run.policyCode, policyVersion: run.policyVersion, month: run.month, runId: run.id.toString(), customers: run.customers },
    }),
  );
  return presentRun(run);
}
