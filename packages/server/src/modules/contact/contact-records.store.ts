/** SQL for contact records (contact_record, migration 0016). Readers pass a customer already found in their scope. */
import type pg from 'pg';
import type { Queryable } from '../../platform/db/transaction.ts';
import type { RecordBody } from './contact-records.schemas.ts';

export interface RecordRow {
  id: bigint;
  customerId: bigint;
  customerNo: string;
  customerName: string;
  staffNo: string;
  staffName: string;
  channel: string;
  purpose: string;
  occurredAt: Date;
  durationMinutes: number | null;
  outcome: string;
  notes: string;
  nextStep: string;
  nextStepOn: string | null;
  planItemIds: string[];
}

const SELECT = `
  SELECT r.id, r.customer_id, c.customer_no, c.name AS customer_name, s.staff_no, s.name AS staff_name, r.channel, r.purpose,
         r.occurred_at, r.duration_minutes, r.outcome, r.notes, r.next_step, to_char(r.next_step_on, 'YYYY-MM-DD') AS next_step_on,
         coalesce((SELECT array_agg(p.id::text ORDER BY p.id) FROM contact_plan_item p WHERE p.done_record_id = r.id AND p.customer_id = r.customer_id), '{}') AS plan_item_ids
    FROM contact_record r JOIN customer c ON c.id = r.customer_id JOIN staff s ON s.id = r.staff_id`;

const toRow = (row: Record<string, unknown>): RecordRow => ({
  id: row.id as bigint,
  customerId: row.customer_id as bigint,
  customerNo: row.customer_no as string,
  customerName: row.customer_name as string,
  staffNo: row.staff_no as string,
  staffName: row.staff_name as string,
  channel: row.channel as string,
  purpose: row.purpose as string,
  occurredAt: row.occurred_at as Date,
  durationMinutes: (row.duration_minutes as number | null) ?? null,
  outcome: row.outcome as string,
  notes: row.notes as string,
  nextStep: row.next_step as string,
  nextStepOn: (row.next_step_on as string | null) ?? null,
  planItemIds: row.plan_item_ids as string[],
});

export async function insertRecord(client: pg.PoolClient, customerId: bigint, staffId: number, body: RecordBody): Promise<bigint> {
  const { rows } = await client.query(
    `INSERT INTO contact_record (customer_id, staff_id, channel, purpose, occurred_at, duration_minutes, outcome, notes, next_step, next_step_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [customerId, staffId, body.channel, body.purpose, body.occurredAt, body.durationMinutes ?? null, body.outcome, body.notes, body.nextStep, body.nextStepOn ?? null],
  );
  return rows[0].id as bigint;
}

export async function findRecord(db: Queryable, id: bigint): Promise<RecordRow | undefined> {
  const { rows } = await db.query(`${SELECT} WHERE r.id = $1`, [id]);
  return rows[0] ? toRow(rows[0]) : undefined;
}

/** A customer's records, newest first (the contact timeline). */
export async function listCustomerRecords(db: Queryable, customerId: bigint, limit = 200): Promise<RecordRow[]> {
  const { rows } = await db.query(`${SELECT} WHERE r.customer_id = $1 ORDER BY r.occurred_at DESC, r.id DESC LIMIT $2`, [customerId, limit]);
  return rows.map(toRow);
}

/** Whether `at` lies after the database's clock (a few minutes of drift between devices allowed). */
export async function isInFuture(db: Queryable, at: string): Promise<boolean> {
  const { rows } = await db.query(`SELECT $1::timestamptz > now() + interval '5 minutes' AS future`, [at]);
  return rows[0].future as boolean;
}
