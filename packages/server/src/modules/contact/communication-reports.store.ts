/**
 * SQL for communication reports (migration 0017). Every statement that reads a report carries the
 * caller's record scope on its customer (platform/access/scope.sql.ts): a report of a customer out
 * of scope does not exist for the caller. A draft is the author's own work: nobody else sees it.
 * Writes are conditional on the version read (optimistic concurrency).
 */
import type pg from 'pg';
import { customerScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import type { Queryable } from '../../platform/db/transaction.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import type { ContactChannel } from './contact-rules.schemas.ts';
import type { ReportStatus } from './communication-reports.rules.ts';

interface StaffName {
  staffNo: string;
  name: string;
}

export interface ReportRatings {
  effectiveness: number;
  compliance: number;
  progress: number;
}

export interface ReportTransitionRow {
  from: ReportStatus | null;
  to: ReportStatus;
  by: StaffName;
  ratings: ReportRatings | null;
  comment: string;
  at: Date;
}

export interface ReportRow {
  id: bigint;
  customerId: bigint;
  customerNo: string;
  customerName: string;
  outletCode: string;
  outletName: string;
  authorStaffId: number;
  author: StaffName;
  contactRecord: { id: bigint; channel: ContactChannel; occurredAt: Date } | null;
  opportunityId: bigint | null;
  metOn: string;
  keyPoints: string;
  needs: string;
  nextActions: string;
  status: ReportStatus;
  version: number;
  submittedAt: Date | null;
  review: { reviewer: StaffName; ratings: ReportRatings | null; comment: string; reviewedAt: Date } | null;
  history: ReportTransitionRow[];
  createdAt: Date;
  updatedAt: Date;
}

const SELECT_REPORT = `
  SELECT r.id, r.customer_id, c.customer_no, c.name AS customer_name, o.code AS outlet_code, o.name AS outlet_name,
         r.author_staff_id, a.staff_no AS author_staff_no, a.name AS author_name,
         r.contact_record_id, cr.channel AS record_channel, cr.occurred_at AS record_occurred_at,
         r.opportunity_id, to_char(r.met_on, 'YYYY-MM-DD') AS met_on, r.key_points, r.needs, r.next_actions,
         r.status, r.version, r.submitted_at,
         rv.staff_no AS reviewer_staff_no, rv.name AS reviewer_name, r.reviewed_at,
         r.effectiveness, r.compliance, r.progress, r.review_comment, r.created_at, r.updated_at,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('from', t.from_status, 'to', t.to_status, 'staffNo', ts.staff_no, 'name', ts.name,
                    'effectiveness', t.effectiveness, 'compliance', t.compliance, 'progress', t.progress, 'comment', t.comment, 'at', t.at)
                    ORDER BY t.id)
                   FROM communication_report_transition t JOIN staff ts ON ts.id = t.staff_id WHERE t.report_id = r.id), '[]') AS history
    FROM communication_report r
    JOIN customer c ON c.id = r.customer_id
    JOIN org o ON o.id = c.home_outlet_id
    JOIN staff a ON a.id = r.author_staff_id
    LEFT JOIN contact_record cr ON cr.id = r.contact_record_id
    LEFT JOIN staff rv ON rv.id = r.reviewed_by_staff_id`;

function ratingsOf(row: Record<string, unknown>): ReportRatings | null {
  if (row.effectiveness === null || row.compliance === null || row.progress === null) return null;
  return { effectiveness: Number(row.effectiveness), compliance: Number(row.compliance), progress: Number(row.progress) };
}

function toRow(row: Record<string, unknown>): ReportRow {
  return {
    id: row.id as bigint,
    customerId: row.customer_id as bigint,
    customerNo: row.customer_no as string,
    customerName: row.customer_name as string,
    outletCode: row.outlet_code as string,
    outletName: row.outlet_name as string,
    authorStaffId: row.author_staff_id as number,
    author: { staffNo: row.author_staff_no as string, name: row.author_name as string },
    contactRecord:
      row.contact_record_id === null
        ? null
        : { id: row.contact_record_id as bigint, channel: row.record_channel as ContactChannel, occurredAt: row.record_occurred_at as Date },
    opportunityId: (row.opportunity_id as bigint | null) ?? null,
    metOn: row.met_on as string,
    keyPoints: row.key_points as string,
    needs: row.needs as string,
    nextActions: row.next_actions as string,
    status: row.status as ReportStatus,
    version: row.version as number,
    submittedAt: (row.submitted_at as Date | null) ?? null,
    review:
      row.reviewed_at === null
        ? null
        : {
            reviewer: { staffNo: row.reviewer_staff_no as string, name: row.reviewer_name as string },
            ratings: ratingsOf(row),
            comment: row.review_comment as string,
            reviewedAt: row.reviewed_at as Date,
          },
    history: (row.history as Record<string, unknown>[]).map((t) => ({
      from: t.from as ReportStatus | null,
      to: t.to as ReportStatus,
      by: { staffNo: t.staffNo as string, name: t.name as string },
      ratings: ratingsOf(t),
      comment: t.comment as string,
      at: new Date(t.at as string),
    })),
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
  };
}

/** The report is visible: its customer is in scope, and it is not someone else's draft. */
function visible(viewer: Viewer, params: SqlParams): string {
  return `${customerScopeCondition(viewer, 'c', params)} AND (r.status <> 'DRAFT' OR r.author_staff_id = ${params.add(viewer.staffId)}::int)`;
}

export async function findReport(db: Queryable, viewer: Viewer, id: bigint): Promise<ReportRow | undefined> {
  const params = new SqlParams();
  const idParam = params.add(id);
  const { rows } = await db.query(`${SELECT_REPORT} WHERE r.id = ${idParam}::bigint AND ${visible(viewer, params)}`, params.values);
  return rows[0] ? toRow(rows[0]) : undefined;
}

export type ReportList =
  /** Reports the caller wrote, every state. */
  | { kind: 'mine' }
  /** Submitted reports waiting for review in the caller's scope, not their own. */
  | { kind: 'inbox' }
  /** Reports the caller reviewed or returned at least once. */
  | { kind: 'reviewed' };

export const REPORT_LIST_LIMIT = 200;

/** Reports in the caller's scope: mine and reviewed newest first, the inbox oldest submission first. */
export async function listReports(db: Queryable, viewer: Viewer, list: ReportList): Promise<ReportRow[]> {
  const params = new SqlParams();
  const me = params.add(viewer.staffId);
  let where: string;
  let order = 'r.updated_at DESC, r.id DESC';
  switch (list.kind) {
    case 'mine':
      where = `r.author_staff_id = ${me}::int`;
      break;
    case 'inbox':
      where = `r.status = 'SUBMITTED' AND r.author_staff_id <> ${me}::int`;
      order = 'r.submitted_at, r.id';
      break;
    case 'reviewed':
      where = `EXISTS (SELECT 1 FROM communication_report_transition t WHERE t.report_id = r.id AND t.staff_id = ${me}::int
        AND t.to_status IN ('REVIEWED', 'RETURNED'))`;
      break;
  }
  const { rows } = await db.query(
    `${SELECT_REPORT} WHERE ${where} AND ${visible(viewer, params)} ORDER BY ${order} LIMIT ${REPORT_LIST_LIMIT}`,
    params.values,
  );
  return rows.map(toRow);
}

/** The customer, if in the caller's scope. */
export async function findScopedCustomer(db: Queryable, viewer: Viewer, customerId: bigint): Promise<{ customerId: bigint; customerNo: string } | undefined> {
  const params = new SqlParams();
  const id = params.add(customerId);
  const { rows } = await db.query(
    `SELECT c.id, c.customer_no FROM customer c WHERE c.id = ${id}::bigint AND ${customerScopeCondition(viewer, 'c', params)}`,
    params.values,
  );
  return rows[0] ? { customerId: rows[0].id as bigint, customerNo: rows[0].customer_no as string } : undefined;
}

/** Whether the contact record exists and is of this customer. */
export async function isRecordOfCustomer(db: Queryable, recordId: bigint, customerId: bigint): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM contact_record WHERE id = $1 AND customer_id = $2', [recordId, customerId]);
  return rows.length > 0;
}

export interface ReportContentInput {
  contactRecordId: bigint | null;
  opportunityId: bigint | null;
  metOn: string;
  keyPoints: string;
  needs: string;
  nextActions: string;
}

export async function insertReport(client: pg.PoolClient, input: ReportContentInput & { customerId: bigint; authorStaffId: number }): Promise<bigint> {
  const { rows } = await client.query(
    `INSERT INTO communication_report (customer_id, author_staff_id, contact_record_id, opportunity_id, met_on, key_points, needs, next_actions)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [input.customerId, input.authorStaffId, input.contactRecordId, input.opportunityId, input.metOn, input.keyPoints, input.needs, input.nextActions],
  );
  const id = rows[0].id as bigint;
  await insertTransition(client, { reportId: id, from: null, to: 'DRAFT', staffId: input.authorStaffId });
  return id;
}

async function insertTransition(
  client: pg.PoolClient,
  input: { reportId: bigint; from: ReportStatus | null; to: ReportStatus; staffId: number; ratings?: Partial<ReportRatings>; comment?: string },
): Promise<void> {
  await client.query(
    `INSERT INTO communication_report_transition (report_id, from_status, to_status, staff_id, effectiveness, compliance, progress, comment)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      input.reportId,
      input.from,
      input.to,
      input.staffId,
      input.ratings?.effectiveness ?? null,
      input.ratings?.compliance ?? null,
      input.ratings?.progress ?? null,
      input.comment ?? '',
    ],
  );
}

/** Replaces the content when the version is still `version`; false: someone changed it first. */
export async function updateContent(client: pg.PoolClient, id: bigint, version: number, content: ReportContentInput): Promise<boolean> {
  const { rowCount } = await client.query(
    `UPDATE communication_report SET contact_record_id = $3, opportunity_id = $4, met_on = $5, key_points = $6, needs = $7, next_actions = $8,
            version = version + 1, updated_at = now()
      WHERE id = $1 AND version = $2 AND status IN ('DRAFT', 'RETURNED')`,
    [id, version, content.contactRecordId, content.opportunityId, content.metOn, content.keyPoints, content.needs, content.nextActions],
  );
  return rowCount === 1;
}

/**
 * Moves the report from `from` to `to` when the version is still `version` (false: someone
 * changed it first), and appends the transition. A submission clears the previous review: it
 * stays in the history, and the report waits for a new one.
 */
export async function moveReport(
  client: pg.PoolClient,
  input: { id: bigint; version: number; from: ReportStatus; to: ReportStatus; staffId: number; ratings?: Partial<ReportRatings>; comment?: string },
): Promise<boolean> {
  const review = input.to === 'REVIEWED' || input.to === 'RETURNED';
  const { rowCount } = await client.query(
    review
      ? `UPDATE communication_report SET status = $4, version = version + 1, updated_at = now(), reviewed_by_staff_id = $5, reviewed_at = now(),
                effectiveness = $6, compliance = $7, progress = $8, review_comment = $9
          WHERE id = $1 AND version = $2 AND status = $3`
      : `UPDATE communication_report SET status = $4, version = version + 1, updated_at = now(), submitted_at = now(), reviewed_by_staff_id = NULL,
                reviewed_at = NULL, effectiveness = NULL, compliance = NULL, progress = NULL, review_comment = ''
          WHERE id = $1 AND version = $2 AND status = $3`,
    review
      ? [input.id, input.version, input.from, input.to, input.staffId, input.ratings?.effectiveness ?? null, input.ratings?.compliance ?? null, input.ratings?.progress ?? null, input.comment ?? '']
      : [input.id, input.version, input.from, input.to],
  );
  if (rowCount !== 1) return false;
  await insertTransition(client, {
    reportId: input.id,
    from: input.from,
    to: input.to,
    staffId: input.staffId,
    ...(input.ratings && { ratings: input.ratings }),
    ...(input.comment !== undefined && { comment: input.comment }),
  });
  return true;
}
