/**
 * What head office needs to know before trusting the figures (issue 5, data management): the last
 * import, the last closed business day, each policy's latest evaluation, and the days without
 * balances with the months they keep from being evaluated. Bank-wide operational data, no
 * customer in it: the permission (import-run.read, HQ) is the scope. Audited.
 */
import type pg from 'pg';
import { auditEventBy, type ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import type { AuditWriter } from '../../platform/audit/audit-writer.ts';
import { windowMonths, type WindowMetric } from '../aum/aum.rules.ts';
import { failInterruptedEvaluations } from '../tiers/evaluation-runs.service.ts';
import { findPolicyInForce } from '../tiers/policy-in-force.ts';
import { unevaluableReason } from './data-status.rules.ts';
import { MAX_GAP_RANGES, type DataStatusView } from './data-status.schemas.ts';
import {
  findLastAppliedImport,
  findRunningEvaluation,
  listActivePolicies,
  listGapRanges,
  listLatestEvaluations,
  readClosedDays,
  readMonthWindows,
} from './data-status.store.ts';

export interface DataStatusContext {
  pool: pg.Pool;
  audit: AuditWriter;
}

export const DATA_STATUS_AUDIT_ACTION = 'data-status.read';

export async function readDataStatus(context: DataStatusContext, caller: ApiCaller): Promise<DataStatusView> {
  const { pool } = context;
  const [lastImport, closedDays, gaps, evaluations, runningNow, policies, inForce] = await Promise.all([
    findLastAppliedImport(pool),
    readClosedDays(pool),
    listGapRanges(pool, MAX_GAP_RANGES),
    listLatestEvaluations(pool),
    findRunningEvaluation(pool),
    listActivePolicies(pool),
    findPolicyInForce(pool),
  ]);
  // A run left RUNNING by a server that died is not running: marked FAILED as soon as it is seen.
  const running = runningNow && (await failInterruptedEvaluations(pool)) > 0 ? await findRunningEvaluation(pool) : runningNow;
  const policyInForce = inForce?.policyCode ?? null;
  const windows = await readMonthWindows(
    pool,
    policies.map((policy) => ({
      code: policy.code,
      windowMonths: windowMonths(policy.metric as WindowMetric, '2000-01').length,
      point: policy.metric === 'POINT',
    })),
  );
  const policyByCode = new Map(policies.map((policy) => [policy.code, policy]));
  const unevaluableMonths = windows.flatMap((window) => {
    const policy = policyByCode.get(window.policyCode)!;
    const reason = unevaluableReason({ gapHandling: policy.gapHandling, ...window });
    if (!reason) return [];
    return [
      {
        policy: { code: policy.code, version: policy.version },
        metric: policy.metric,
        gapHandling: policy.gapHandling,
        inForce: policy.code === policyInForce,
        month: window.month,
        reason,
        missingDays: window.missingDays,
      },
    ];
  });
  await context.audit.record(auditEventBy(caller, { action: DATA_STATUS_AUDIT_ACTION, result: 'ALLOWED' }));
  return {
    lastImport: lastImport ? { ...lastImport, finishedAt: lastImport.finishedAt.toISOString() } : null,
    closedDays: { ...closedDays, lastClosedAt: closedDays.lastClosedAt?.toISOString() ?? null },
    gaps,
    policyInForce,
    evaluations: evaluations.map((evaluation) => ({
      runId: evaluation.runId,
      policy: { code: evaluation.policyCode, version: evaluation.policyVersion },
      month: evaluation.month,
      customers: evaluation.customers,
      qualifiedCounts: evaluation.qualifiedCounts,
      finishedAt: evaluation.finishedAt.toISOString(),
      inForce: evaluation.policyCode === policyInForce,
    })),
    runningEvaluation: running
      ? { runId: running.runId, policy: { code: running.policyCode, version: running.policyVersion }, month: running.month, startedAt: running.startedAt.toISOString() }
      : null,
    unevaluableMonths,
  };
}
