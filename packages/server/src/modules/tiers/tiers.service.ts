/**
 * Monthly tier evaluation (每月评定, DOMAIN.md §4) as use cases: evaluate a month under a policy,
 * re-evaluate after a correction, export the results, explain one customer's result.
 * The tiers module's face to other modules: they call this file, never the stores.
 */
import pg from 'pg';
import { materializeWindowMetric, type WindowInfo } from '../aum/aum.service.ts';
import { activePolicy } from './tier-policy.service.ts';
import { findPolicyById, lockPolicyCode, type Queryable, type StoredTierPolicy } from './tier-policy.store.ts';
import { assertMonth, previousMonth } from './tiers.rules.ts';
import * as store from './tiers.store.ts';
import { recordRunFacts } from './evaluation-runs.store.ts';
import type { EvaluationCounts } from './tiers.store.ts';

export { importPolicy, listPolicies, showPolicy, toPolicyFile } from './tier-policy.service.ts';
export type { PolicyImportResult, PolicySummary, StoredTierPolicy } from './tier-policy.service.ts';
export { explainCustomer, exportMonth } from './tier-results.service.ts';
export type { CustomerTierExplanation, ExportResult } from './tier-results.service.ts';
export type { EvaluationCounts } from './tiers.store.ts';
export type { Locale } from './tiers.explanation.ts';
export type { EvaluationStatus, TierCode } from './tiers.rules.ts';

/** A pool (each evaluation runs in its own transaction) or a client inside the caller's transaction. */
export type Db = Queryable;

export type EvaluationStep = 'window' | 'evaluate';

export interface EvaluationSummary extends EvaluationCounts {
  policy: { code: string; version: number };
  month: string;
  runId: bigint;
  window: WindowInfo;
  /** The month-1 evaluation the service tiers followed from; absent when every customer was evaluated as initial. */
  previous?: { month: string; policyVersion: number };
  durationMs: number;
}

/**
 * Evaluates every customer for month M under the active version of the policy, in one
 * transaction: window metrics (aum.service.ts), then one set-based statement for qualified tier
 * and service-tier transition. Re-running replaces the month's rows of that version. The
 * explanation is assembled when read (explainCustomer, view tier_evaluation_explained).
 */
export async function evaluateMonth(
  db: Db,
  input: { month: string; policyCode: string; actor: string; onStep?: (step: EvaluationStep) => void; runId?: bigint },
): Promise<EvaluationSummary> {
  assertMonth(input.month);
  const policy = await activePolicy(db, input.policyCode);
  return evaluateWithPolicy(db, policy, input);
}

/**
 * Re-runs every evaluated (policy version, month ≥ fromMonth), months ascending, each under the
 * version that evaluated it, so that each month's service tiers follow from the re-derived month
 * before. Called after a closed day is corrected (from = that day's month: windows end at a
 * month's end, so no earlier month read it). Given a client, all of it is part of the caller's
 * transaction; given a pool, each month commits on its own and the first failure stops the rest.
 */
export async function reevaluateFrom(
  db: Db,
  input: { policyCode?: string; fromMonth: string; actor?: string },
): Promise<EvaluationSummary[]> {
  assertMonth(input.fromMonth, 'fromMonth');
  const evaluated = await store.listEvaluatedMonths(db, { policyCode: input.policyCode, fromMonth: input.fromMonth });
  const summaries: EvaluationSummary[] = [];
  for (const { policyId, month } of evaluated) {
    const policy = await findPolicyById(db, policyId);
    if (!policy) continue;
    summaries.push(await evaluateWithPolicy(db, policy, { month, actor: input.actor ?? 'system:reevaluate' }));
  }
  return summaries;
}

async function evaluateWithPolicy(
  db: Db,
  policy: StoredTierPolicy,
  input: { month: string; actor: string; onStep?: (step: EvaluationStep) => void; runId?: bigint },
): Promise<EvaluationSummary> {
  const startedAt = new Date();
  const ownTransaction = db instanceof pg.Pool;
  const client = ownTransaction ? await db.connect() : db;
  try {
    if (ownTransaction) await client.query('BEGIN');
    await lockPolicyCode(client, policy.code);
    const lastMonth = previousMonth(input.month);
    const previous = await store.findEvaluatedPolicy(client, policy.code, lastMonth);
    input.onStep?.('window');
    const window = await materializeWindowMetric(client, { metric: policy.metric, month: input.month, gapHandling: policy.gapHandling });
    const previousFacts = previous && { month: lastMonth, policyVersion: previous.version };
    const facts = { window, previous: previousFacts ?? null };
    // A run started in the background (evaluation-runs.service.ts) is already stored, RUNNING, and
    // its progress is written by another connection: its row is touched only at the end.
    const runId = input.runId ?? (await store.insertRun(client, { policyId: policy.id, month: input.month, actor: input.actor, startedAt, facts }));
    input.onStep?.('evaluate');
    const counts = await store.replaceEvaluations(client, {
      policy,
      month: input.month,
      runId,
      previousMonth: lastMonth,
      previousPolicyId: previous?.policyId,
    });
    if (input.runId !== undefined) await recordRunFacts(client, runId, facts);
    await store.finishRun(client, runId, counts);
    if (ownTransaction) await client.query('COMMIT');
    return {
      policy: { code: policy.code, version: policy.version },
      month: input.month,
      runId,
      window,
      ...(previousFacts && { previous: previousFacts }),
      ...counts,
      durationMs: Date.now() - startedAt.getTime(),
    };
  } catch (error) {
    if (ownTransaction) {
      await client.query('ROLLBACK').catch(() => {});
      // Keep the failed attempt (a data gap, an unclosed month) for the data-management screens.
      await store
        .insertFailedRun(client, { policyId: policy.id, month: input.month, actor: input.actor, startedAt, error: (error as Error).message })
        .catch(() => {});
    }
    throw error;
  } finally {
    if (ownTransaction) (client as pg.PoolClient).release();
  }
}
