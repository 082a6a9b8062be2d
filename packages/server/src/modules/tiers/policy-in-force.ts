/**
 * The tier policy the bank runs on: the one whose results the customer APIs show as a customer's
 * current tier. A bank evaluates its months under one policy code; it is the code of the most
 * recent successful evaluation (latest month first, then the latest finished run), so switching
 * policy is done by evaluating under the new code, and comparing policies without switching is
 * the simulator's job, which writes no evaluation.
 */
import type { Queryable } from '../../platform/db/transaction.ts';

export interface PolicyInForce {
  policyCode: string;
  /** The latest month evaluated under that code, 'YYYY-MM-01'. */
  month: string;
}

export async function findPolicyInForce(db: Queryable): Promise<PolicyInForce | undefined> {
  const { rows } = await db.query<{ code: string; month: string }>(
    `SELECT p.code, to_char(r.month, 'YYYY-MM-DD') AS month
       FROM tier_evaluation_run r JOIN tier_policy p ON p.id = r.policy_id
      WHERE r.status = 'SUCCEEDED'
      ORDER BY r.month DESC, r.finished_at DESC, r.id DESC
      LIMIT 1`,
  );
  const row = rows[0];
  return row ? { policyCode: row.code, month: row.month } : undefined;
}
