/**
 * SQL for the work log (migration 0017). A day's visits are read from contact_record (migration
 * 0016), by the day they happened in China Standard Time; the customers shown are those in the
 * reader's scope. Which staff a head may read is the org scope of platform/access/scope.sql.ts.
 */
import type pg from 'pg';
import { customerScopeCondition, orgScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import type { Queryable } from '../../platform/db/transaction.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import type { ContactChannel, ContactPurpose } from './contact-rules.schemas.ts';
import type { WorkLogEntry, WorkLogSection } from './work-log.rules.ts';

/** The bank's day: a contact at 23:30 in Beijing belongs to that day, whatever the server's zone. */
const BANK_TIME_ZONE = 'Asia/Shanghai';
const dayOf = (column: string) => `(${column} AT TIME ZONE '${BANK_TIME_ZONE}')::date`;
const startOf = (dayParam: string) => `(${dayParam}::date::timestamp AT TIME ZONE '${BANK_TIME_ZONE}')`;

/** Roles that keep a work log: those who contact customers (contact.write). */
export const LOG_KEEPING_ROLES = ['SUB_BRANCH_HEAD', 'OUTLET_HEAD', 'RELATIONSHIP_MANAGER', 'WEALTH_ADVISOR'] as const;

export interface LogStaff {
  staffId: number;
  staffNo: string;
  name: string;
  role: string;
}

const STAFF_COLUMNS = 'st.id AS staff_id, st.staff_no, st.name, st.role';
const toStaff = (row: Record<string, unknown>): LogStaff => ({
  staffId: row.staff_id as number,
  staffNo: row.staff_no as string,
  name: row.name as string,
  role: row.role as string,
});

export async function findStaffById(db: Queryable, staffId: number): Promise<LogStaff | undefined> {
  const { rows } = await db.query(`SELECT ${STAFF_COLUMNS} FROM staff st WHERE st.id = $1`, [staffId]);
  return rows[0] ? toStaff(rows[0]) : undefined;
}

/** A staff member of an org in the viewer's org scope (a head's team), by number. */
export async function findStaffInOrgScope(db: Queryable, viewer: Viewer, staffNo: string): Promise<LogStaff | undefined> {
  const params = new SqlParams();
  const no = params.add(staffNo);
  const { rows } = await db.query(
    `SELECT ${STAFF_COLUMNS} FROM staff st JOIN org o ON o.id = st.org_id WHERE st.staff_no = ${no} AND ${orgScopeCondition(viewer, 'o', params)}`,
    params.values,
  );
  return rows[0] ? toStaff(rows[0]) : undefined;
}

/** The active log-keeping staff of the orgs in the viewer's org scope (a head's team, themselves included). */
export async function listTeam(db: Queryable, viewer: Viewer): Promise<LogStaff[]> {
  const params = new SqlParams();
  const roles = params.add(LOG_KEEPING_ROLES);
  const { rows } = await db.query(
    `SELECT ${STAFF_COLUMNS} FROM staff st JOIN org o ON o.id = st.org_id
      WHERE st.status = 'ACTIVE' AND st.role = ANY(${roles}::text[]) AND ${orgScopeCondition(viewer, 'o', params)}
      ORDER BY o.code, st.staff_no`,
    params.values,
  );
  return rows.map(toStaff);
}

export interface StoredDay {
  updatedAt: Date | null;
  entries: WorkLogEntry[];
}

export async function readDay(db: Queryable, staffId: number, day: string): Promise<StoredDay> {
  const [saved, entries] = await Promise.all([
    db.query('SELECT updated_at FROM work_log_day WHERE staff_id = $1 AND log_date = $2', [staffId, day]),
    db.query('SELECT section, text FROM work_log_entry WHERE staff_id = $1 AND log_date = $2 ORDER BY position', [staffId, day]),
  ]);
  return {
    updatedAt: (saved.rows[0]?.updated_at as Date | undefined) ?? null,
    entries: entries.rows.map((row) => ({ section: row.section as WorkLogSection, text: row.text as string })),
  };
}

/** Replaces the day's entries. The upsert of the day row first serialises two saves of one day. */
export async function replaceDay(client: pg.PoolClient, staffId: number, day: string, entries: readonly WorkLogEntry[]): Promise<void> {
  await client.query(
    `INSERT INTO work_log_day (staff_id, log_date) VALUES ($1, $2) ON CONFLICT (staff_id, log_date) DO UPDATE SET updated_at = now()`,
    [staffId, day],
  );
  await client.query('DELETE FROM work_log_entry WHERE staff_id = $1 AND log_date = $2', [staffId, day]);
  if (entries.length === 0) return;
  await client.query(
    `INSERT INTO work_log_entry (staff_id, log_date, position, section, text)
     SELECT $1, $2, e.position - 1, e.section, e.text FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS e (section, text, position)`,
    [staffId, day, entries.map((e) => e.section), entries.map((e) => e.text)],
  );
}

export interface VisitRow {
  recordId: bigint;
  customerId: bigint;
  customerNo: string;
  customerName: string;
  channel: ContactChannel;
  purpose: ContactPurpose;
  occurredAt: Date;
  durationMinutes: number | null;
  outcome: string;
  notes: string;
  nextStep: string;
}

/** The staff member's contact records of the day, of customers in the viewer's scope, in time order. */
export async function listVisits(db: Queryable, viewer: Viewer, staffId: number, day: string): Promise<VisitRow[]> {
  const params = new SqlParams();
  const staff = params.add(staffId);
  const dayParam = params.add(day);
  const { rows } = await db.query(
    `SELECT r.id, r.customer_id, c.customer_no, c.name AS customer_name, r.channel, r.purpose, r.occurred_at, r.duration_minutes,
            r.outcome, r.notes, r.next_step
       FROM contact_record r JOIN customer c ON c.id = r.customer_id
      WHERE r.staff_id = ${staff}::int AND r.occurred_at >= ${startOf(dayParam)} AND r.occurred_at < ${startOf(`(${dayParam}::date + 1)`)}
        AND ${customerScopeCondition(viewer, 'c', params)}
      ORDER BY r.occurred_at, r.id`,
    params.values,
  );
  return rows.map((row) => ({
    recordId: row.id as bigint,
    customerId: row.customer_id as bigint,
    customerNo: row.customer_no as string,
    customerName: row.customer_name as string,
    channel: row.channel as ContactChannel,
    purpose: row.purpose as ContactPurpose,
    occurredAt: row.occurred_at as Date,
    durationMinutes: (row.duration_minutes as number | null) ?? null,
    outcome: row.outcome as string,
    notes: row.notes as string,
    nextStep: row.next_step as string,
  }));
}

export interface WeekFigures {
  /** Per staff member and day: entries written, whether the day was saved, contacts made. */
  days: { staffId: number; day: string; saved: boolean; entries: number; contacts: number }[];
  /** Per staff member and channel: contacts in the week. */
  channels: { staffId: number; channel: ContactChannel; contacts: number }[];
  /** Per staff member: distinct customers contacted in the week (null: the whole team). */
  customers: { staffId: number | null; customers: number }[];
}

/**
 * The week's figures of the given staff in three set-based statements. Counts only, no customer
 * identity: a supervisor sees how much work was done, the customers are in the day views.
 */
export async function weekFigures(db: Queryable, staffIds: readonly number[], start: string, end: string): Promise<WeekFigures> {
  const window = `r.staff_id = ANY($1::int[]) AND r.occurred_at >= ${startOf('$2')} AND r.occurred_at < ${startOf('($3::date + 1)')}`;
  const values = [staffIds, start, end];
  const [days, channels, customers] = await Promise.all([
    db.query(
      `WITH written AS (
         SELECT d.staff_id, d.log_date AS day, true AS saved,
                (SELECT count(*)::int FROM work_log_entry e WHERE e.staff_id = d.staff_id AND e.log_date = d.log_date) AS entries
           FROM work_log_day d WHERE d.staff_id = ANY($1::int[]) AND d.log_date BETWEEN $2::date AND $3::date),
       contacted AS (
         SELECT r.staff_id, ${dayOf('r.occurred_at')} AS day, count(*)::int AS contacts FROM contact_record r WHERE ${window} GROUP BY 1, 2)
       SELECT COALESCE(w.staff_id, c.staff_id) AS staff_id, to_char(COALESCE(w.day, c.day), 'YYYY-MM-DD') AS day,
              COALESCE(w.saved, false) AS saved, COALESCE(w.entries, 0) AS entries, COALESCE(c.contacts, 0) AS contacts
         FROM written w FULL JOIN contacted c ON c.staff_id = w.staff_id AND c.day = w.day`,
      values,
    ),
    db.query(`SELECT r.staff_id, r.channel, count(*)::int AS contacts FROM contact_record r WHERE ${window} GROUP BY 1, 2`, values),
    db.query(
      `SELECT r.staff_id, count(DISTINCT r.customer_id)::int AS customers FROM contact_record r WHERE ${window} GROUP BY ROLLUP (r.staff_id)`,
      values,
    ),
  ]);
  return {
    days: days.rows.map((row) => ({ staffId: row.staff_id, day: row.day, saved: row.saved, entries: row.entries, contacts: row.contacts })),
    channels: channels.rows.map((row) => ({ staffId: row.staff_id, channel: row.channel, contacts: row.contacts })),
    customers: customers.rows.map((row) => ({ staffId: row.staff_id ?? null, customers: row.customers })),
  };
}

export async function todayInDatabase(db: Queryable): Promise<string> {
  const { rows } = await db.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
  return rows[0].today as string;
}
