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

/**
 * The evaluation in force as one row (policy_id, month), or none when nothing is evaluated: the
 * month and code of `findPolicyInForce`, read with the run `findEvaluatedRun` picks for them (the
 * highest policy version that evaluated the month). For a statement that reads it in a CTE rather
 * than in round trips of its own before it.
 */
export const EVALUATION_IN_FORCE_SQL = `
  SELECT r.policy_id, r.month
    FROM (SELECT p.code, r.month FROM tier_evaluation_run r JOIN tier_policy p ON p.id = r.policy_id
           WHERE r.status = 'SUCCEEDED'
           ORDER BY r.month DESC, r.finished_at DESC, r.id DESC
           LIMIT 1) f
    JOIN tier_policy p ON p.code = f.code
    JOIN tier_evaluation_run r ON r.policy_id = p.id AND r.month = f.month AND r.status = 'SUCCEEDED'
   ORDER BY p.version DESC, r.id DESC
   LIMIT 1`;
