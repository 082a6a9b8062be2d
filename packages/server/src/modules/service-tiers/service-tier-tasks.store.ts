/**
 * Tasks a service tier change creates (migration 0013 service_tier_task): a downgrade after the
 * grace period means the customer's VIP card must be exchanged for one of the new tier
 * (DOMAIN.md §4). Written by the evaluation in its own transaction, read by the card screens.
 */
import type { Queryable } from '../../platform/db/transaction.ts';

/**
 * Replaces the month's OPEN card-exchange tasks of a policy version with one per DOWNGRADED
 * customer of the month's results (just written); tasks already done or cancelled stay.
 * Uses the status index of tier_evaluation (migration 0010): downgrades are a few per cent of a month.
 */
export async function replaceCardExchangeTasks(db: Queryable, key: { policyId: number; month: string }): Promise<void> {
  await db.query(`DELETE FROM service_tier_task WHERE kind = 'CARD_EXCHANGE' AND policy_id = $1 AND month = $2 AND status = 'OPEN'`, [key.policyId, key.month]);
  await db.query(
    `INSERT INTO service_tier_task (kind, customer_id, from_tier, to_tier, policy_id, month, created_by)
     SELECT 'CARD_EXCHANGE', e.customer_id, e.previous_service_tier, e.service_tier, e.policy_id, e.month, 'evaluation'
       FROM tier_evaluation e
      WHERE e.policy_id = $1 AND e.month = $2 AND e.status = 'DOWNGRADED'
     ON CONFLICT (kind, policy_id, month, customer_id) DO NOTHING`,
    [key.policyId, key.month],
  );
}
