/** SQL for marketing consent (marketing_consent, migration 0016): append-only; the latest row per channel is in force. */
import type { Queryable } from '../../platform/db/transaction.ts';
import type { ConsentBody } from './marketing-consent.schemas.ts';

export interface ConsentRow {
  channel: string;
  granted: boolean;
  source: string;
  recordedAt: Date;
  staffNo: string | null;
  staffName: string | null;
}

export async function latestConsents(db: Queryable, customerId: bigint): Promise<ConsentRow[]> {
  const { rows } = await db.query(
    `SELECT DISTINCT ON (mc.channel) mc.channel, mc.granted, mc.source, mc.recorded_at, s.staff_no, s.name
       FROM marketing_consent mc LEFT JOIN staff s ON s.id = mc.recorded_by_staff_id
      WHERE mc.customer_id = $1 ORDER BY mc.channel, mc.id DESC`,
    [customerId],
  );
  return rows.map((row) => ({ channel: row.channel, granted: row.granted, source: row.source, recordedAt: row.recorded_at, staffNo: row.staff_no, staffName: row.name }));
}

/** Whether the customer's consent in force on a channel is a grant. */
export async function hasConsent(db: Queryable, customerId: bigint, channel: string): Promise<boolean> {
  const { rows } = await db.query(`SELECT granted FROM marketing_consent WHERE customer_id = $1 AND channel = $2 ORDER BY id DESC LIMIT 1`, [customerId, channel]);
  return rows[0]?.granted === true;
}

export async function insertConsent(db: Queryable, customerId: bigint, body: ConsentBody, staffId: number): Promise<void> {
  await db.query(`INSERT INTO marketing_consent (customer_id, channel, granted, source, recorded_by_staff_id) VALUES ($1, $2, $3, $4, $5)`, [
    customerId,
    body.channel,
    body.granted,
    body.source,
    staffId,
  ]);
}
