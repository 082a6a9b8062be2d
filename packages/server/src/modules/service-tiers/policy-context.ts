/** The evaluation in force (tiers/policy-in-force.ts) and its policy's tiers: what customers qualify for now, and who approves which tier. */
import type { Queryable } from '../../platform/db/transaction.ts';
import { findEvaluatedRun } from '../customers/customer-search.store.ts';
import { findPolicyInForce } from '../tiers/policy-in-force.ts';
import { findPolicyById, type StoredTierPolicy } from '../tiers/tier-policy.store.ts';

export interface PolicyContext {
  /** Absent when nothing has been evaluated yet. */
  evaluation: { policyId: number; month: string } | undefined;
  policy: StoredTierPolicy | undefined;
}

export async function policyContext(db: Queryable): Promise<PolicyContext> {
  const inForce = await findPolicyInForce(db);
  const run = inForce && (await findEvaluatedRun(db, inForce.policyCode, inForce.month));
  const policy = run && (await findPolicyById(db, run.policyId));
  return { evaluation: inForce && run ? { policyId: run.policyId, month: inForce.month } : undefined, policy };
}
