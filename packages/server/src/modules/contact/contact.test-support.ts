/** Builders for the contact tests: records, consents and events written straight into their tables. */
import type pg from 'pg';

export async function aRecord(
  pool: pg.Pool,
  record: { customerId: bigint; staffId: number; on: string; channel?: string; purpose?: string; outcome?: string },
): Promise<bigint> {
  const { rows } = await pool.query(
    `INSERT INTO contact_record (customer_id, staff_id, channel, purpose, occurred_at, outcome)
     VALUES ($1, $2, $3, $4, ($5::date + time '10:00')::timestamptz, $6) RETURNING id`,
    [record.customerId, record.staffId, record.channel ?? 'PHONE', record.purpose ?? 'SERVICE', record.on, record.outcome ?? 'REACHED'],
  );
  return rows[0].id as bigint;
}

export async function aConsent(pool: pg.Pool, customerId: bigint, channel: string, granted: boolean): Promise<void> {
  await pool.query(`INSERT INTO marketing_consent (customer_id, channel, granted, source) VALUES ($1, $2, $3, 'COUNTER')`, [customerId, channel, granted]);
}

export async function bornOn(pool: pg.Pool, customerId: bigint, birthDate: string): Promise<void> {
  await pool.query(`UPDATE customer SET birth_date = $2 WHERE id = $1`, [customerId, birthDate]);
}

export async function anEvent(
  pool: pg.Pool,
  event: { customerId: bigint; type: string; kind: string; dedupeKey: string; eventDate: string; detectedOn: string; facts?: Record<string, unknown> },
): Promise<bigint> {
  const { rows } = await pool.query(
    `INSERT INTO contact_event (customer_id, kind, type, dedupe_key, event_date, detected_on, facts) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [event.customerId, event.kind, event.type, event.dedupeKey, event.eventDate, event.detectedOn, JSON.stringify(event.facts ?? {})],
  );
  return rows[0].id as bigint;
}
