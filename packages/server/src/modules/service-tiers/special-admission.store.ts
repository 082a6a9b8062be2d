/**
 * SQL for special admissions (migration 0013). Every statement that reads a customer's admission
 * carries the caller's record scope (platform/access/scope.sql.ts) in its WHERE clause: an
 * admission of a customer out of scope does not exist for the caller.
 */
import type pg from 'pg';
import { customerScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import type { Queryable } from '../../platform/db/transaction.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import type { TierCode, VipTier } from '../tiers/tiers.rules.ts';
import type { AdmissionStatus, ApproverLevel } from './special-admission.rules.ts';

export interface RequestTarget {
  customerId: bigint;
  customerNo: string;
  /** The customer's qualified tier in the evaluation in force; STANDARD when none. */
  qualifiedTier: TierCode;
}

/** The customer a request is about, if in the caller's scope, with its qualified tier in the evaluation in force (policy id and month given). */
export async function findRequestTarget(
  db: Queryable,
  viewer: Viewer,
  customerNo: string,
  evaluation: { policyId: number; month: string } | undefined,
): Promise<RequestTarget | undefined> {
  const params = new SqlParams();
  const no = params.add(customerNo);
  const policy = params.add(evaluation?.policyId ?? null);
  const month = params.add(evaluation?.month ?? null);
  const { rows } = await db.query(
    `SELECT c.id, c.customer_no, COALESCE(e.qualified_tier, 'STANDARD') AS qualified_tier
       FROM customer c
       LEFT JOIN tier_evaluation e ON e.policy_id = ${policy}::int AND e.month = ${month}::date AND e.customer_id = c.id
      WHERE c.customer_no = ${no} AND ${customerScopeCondition(viewer, 'c', params)}`,
    params.values,
  );
  const row = rows[0];
  return row ? { customerId: row.id, customerNo: row.customer_no, qualifiedTier: row.qualified_tier } : undefined;
}

/** Locks the customer's admissions against a concurrent request (the row lock of the customer serialises requests for one customer). */
export async function hasOpenOrCurrentAdmission(client: pg.PoolClient, customerId: bigint): Promise<boolean> {
  await client.query('SELECT 1 FROM customer WHERE id = $1 FOR UPDATE', [customerId]);
  const { rows } = await client.query(
    `SELECT 1 FROM special_admission WHERE customer_id = $1
        AND (status IN ('REQUESTED', 'IN_REVIEW') OR (status = 'APPROVED' AND ends_on > current_date)) LIMIT 1`,
    [customerId],
  );
  return rows.length > 0;
}

export async function insertAdmission(
  client: pg.PoolClient,
  input: { customerId: bigint; tier: VipTier; qualifiedTier: TierCode; reason: string; months: number; chain: ApproverLevel[]; staffId: number; staffNo: string },
): Promise<bigint> {
  const { rows } = await client.query(
    `INSERT INTO special_admission (customer_id, tier, qualified_tier, reason, months, approval_chain, status, requested_by_staff_id, requested_by_staff_no)
     VALUES ($1, $2, $3, $4, $5, $6, 'REQUESTED', $7, $8) RETURNING id`,
    [input.customerId, input.tier, input.qualifiedTier, input.reason, input.months, input.chain, input.staffId, input.staffNo],
  );
  return rows[0].id as bigint;
}

export interface AdmissionDecisionRow {
  step: number;
  level: ApproverLevel;
  decision: 'APPROVE' | 'REJECT';
  comment: string;
  staffId: number;
  staffNo: string;
  staffName: string;
  decidedAt: Date;
}

export interface AdmissionRow {
  id: bigint;
  customerId: bigint;
  customerNo: string;
  customerName: string;
  outletCode: string;
  outletName: string;
  tier: VipTier;
  qualifiedTier: TierCode;
  reason: string;
  months: number;
  approvalChain: ApproverLevel[];
  nextStep: number;
  status: AdmissionStatus;
  requestedByStaffId: number;
  requestedByStaffNo: string;
  requestedByName: string;
  requestedAt: Date;
  startsOn: string | null;
  endsOn: string | null;
  /** The first month whose evaluation applies it, fixed at approval ('YYYY-MM'); null before, and for admissions approved before it was kept. */
  effectiveFrom: string | null;
  /** The latest month evaluated under the policy in force ('YYYY-MM'), null before the first evaluation. */
  latestEvaluatedMonth: string | null;
  decisions: AdmissionDecisionRow[];
}

/**
 * The latest month evaluated under the policy in force, 'YYYY-MM': the policy in force is the code
 * of the latest successfully evaluated month (tiers/policy-in-force.ts), so its latest month is
 * the latest month of any successful run.
 */
const LATEST_EVALUATED_MONTH = `SELECT to_char(max(r.month), 'YYYY-MM') FROM tier_evaluation_run r WHERE r.status = 'SUCCEEDED'`;

export async function latestEvaluatedMonth(db: Queryable): Promise<string | null> {
  const { rows } = await db.query(`SELECT (${LATEST_EVALUATED_MONTH}) AS month`);
  return (rows[0]?.month as string | null) ?? null;
}

const SELECT_ADMISSION = `
  SELECT a.id, a.customer_id, c.customer_no, c.name AS customer_name, o.code AS outlet_code, o.name AS outlet_name,
         a.tier, a.qualified_tier, a.reason, a.months, a.approval_chain, a.next_step, a.status,
         a.requested_by_staff_id, a.requested_by_staff_no, rs.name AS requested_by_name, a.requested_at,
         to_char(a.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(a.ends_on, 'YYYY-MM-DD') AS ends_on,
         to_char(a.effective_from_month, 'YYYY-MM') AS effective_from, (${LATEST_EVALUATED_MONTH}) AS latest_evaluated_month,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('step', d.step, 'level', d.level, 'decision', d.decision, 'comment', d.comment,
                    'staffId', d.decided_by_staff_id, 'staffNo', d.decided_by_staff_no, 'staffName', ds.name, 'decidedAt', d.decided_at)
                    ORDER BY d.step)
                   FROM special_admission_decision d JOIN staff ds ON ds.id = d.decided_by_staff_id WHERE d.admission_id = a.id), '[]') AS decisions
    FROM special_admission a
    JOIN customer c ON c.id = a.customer_id
    JOIN org o ON o.id = c.home_outlet_id
    JOIN staff rs ON rs.id = a.requested_by_staff_id`;

function toRow(row: Record<string, unknown>): AdmissionRow {
  const decisions = (row.decisions as Record<string, unknown>[]).map((d) => ({
    step: d.step as number,
    level: d.level as ApproverLevel,
    decision: d.decision as 'APPROVE' | 'REJECT',
    comment: d.comment as string,
    staffId: d.staffId as number,
    staffNo: d.staffNo as string,
    staffName: d.staffName as string,
    decidedAt: new Date(d.decidedAt as string),
  }));
  return {
    id: row.id as bigint,
    customerId: row.customer_id as bigint,
    customerNo: row.customer_no as string,
    customerName: row.customer_name as string,
    outletCode: row.outlet_code as string,
    outletName: row.outlet_name as string,
    tier: row.tier as VipTier,
    qualifiedTier: row.qualified_tier as TierCode,
    reason: row.reason as string,
    months: row.months as number,
    approvalChain: row.approval_chain as ApproverLevel[],
    nextStep: row.next_step as number,
    status: row.status as AdmissionStatus,
    requestedByStaffId: row.requested_by_staff_id as number,
    requestedByStaffNo: row.requested_by_staff_no as string,
    requestedByName: row.requested_by_name as string,
    requestedAt: row.requested_at as Date,
    startsOn: row.starts_on as string | null,
    endsOn: row.ends_on as string | null,
    effectiveFrom: row.effective_from as string | null,
    latestEvaluatedMonth: row.latest_evaluated_month as string | null,
    decisions,
  };
}

/** One admission of a customer in the caller's scope; `forUpdate` locks it for a decision. */
export async function findAdmission(db: Queryable, viewer: Viewer, id: bigint, forUpdate = false): Promise<AdmissionRow | undefined> {
  const params = new SqlParams();
  const idParam = params.add(id);
  const { rows } = await db.query(
    `${SELECT_ADMISSION} WHERE a.id = ${idParam}::bigint AND ${customerScopeCondition(viewer, 'c', params)}${forUpdate ? ' FOR UPDATE OF a' : ''}`,
    params.values,
  );
  return rows[0] ? toRow(rows[0]) : undefined;
}

export type AdmissionList =
  /** Requests the caller made. */
  | { kind: 'mine'; staffId: number }
  /** Open requests waiting for the caller's level, not their own, not already decided by them. */
  | { kind: 'inbox'; staffId: number; level: ApproverLevel }
  /** Requests the caller decided a step of. */
  | { kind: 'decided'; staffId: number }
  /** Approved admissions ending within `days` days from today (the expiry reminder). */
  | { kind: 'expiring'; days: number }
  /** One customer's admissions, newest first (the 360 card). */
  | { kind: 'customer'; customerId: bigint };

export const LIST_LIMIT = 200;

/** A list of admissions in the caller's scope, newest request first (expiring: soonest end first). */
export async function listAdmissions(db: Queryable, viewer: Viewer, list: AdmissionList): Promise<AdmissionRow[]> {
  const params = new SqlParams();
  let where: string;
  let order = 'a.requested_at DESC, a.id DESC';
  switch (list.kind) {
    case 'mine':
      where = `a.requested_by_staff_id = ${params.add(list.staffId)}::int`;
      break;
    case 'inbox': {
      const staff = params.add(list.staffId);
      where = `a.status IN ('REQUESTED', 'IN_REVIEW') AND a.approval_chain[a.next_step + 1] = ${params.add(list.level)}
        AND a.requested_by_staff_id <> ${staff}::int
        AND NOT EXISTS (SELECT 1 FROM special_admission_decision d WHERE d.admission_id = a.id AND d.decided_by_staff_id = ${staff}::int)`;
      order = 'a.requested_at, a.id';
      break;
    }
    case 'decided':
      where = `EXISTS (SELECT 1 FROM special_admission_decision d WHERE d.admission_id = a.id AND d.decided_by_staff_id = ${params.add(list.staffId)}::int)`;
      break;
    case 'expiring':
      where = `a.status = 'APPROVED' AND a.starts_on <= current_date AND a.ends_on > current_date
        AND a.ends_on <= current_date + ${params.add(list.days)}::int`;
      order = 'a.ends_on, a.id';
      break;
    case 'customer':
      where = `a.customer_id = ${params.add(list.customerId)}::bigint`;
      break;
  }
  const { rows } = await db.query(
    `${SELECT_ADMISSION} WHERE ${where} AND ${customerScopeCondition(viewer, 'c', params)} ORDER BY ${order} LIMIT ${LIST_LIMIT}`,
    params.values,
  );
  return rows.map(toRow);
}

export async function todayInDatabase(db: Queryable): Promise<string> {
  const { rows } = await db.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
  return rows[0].today as string;
}

export async function recordDecision(
  client: pg.PoolClient,
  input: {
    admissionId: bigint;
    step: number;
    level: ApproverLevel;
    decision: 'APPROVE' | 'REJECT';
    comment: string;
    staffId: number;
    staffNo: string;
    outcome: { status: AdmissionStatus; nextStep: number; period?: { startsOn: string; endsOn: string } };
    /** With the last approval: the first month whose evaluation applies it ('YYYY-MM'). */
    effectiveFrom?: string | undefined;
  },
): Promise<void> {
  await client.query(
    `INSERT INTO special_admission_decision (admission_id, step, level, decision, comment, decided_by_staff_id, decided_by_staff_no)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [input.admissionId, input.step, input.level, input.decision, input.comment, input.staffId, input.staffNo],
  );
  await client.query(
    `UPDATE special_admission SET status = $2, next_step = $3, starts_on = $4, ends_on = $5, effective_from_month = ($6::text || '-01')::date WHERE id = $1`,
    [
      input.admissionId,
      input.outcome.status,
      input.outcome.nextStep,
      input.outcome.period?.startsOn ?? null,
      input.outcome.period?.endsOn ?? null,
      input.effectiveFrom ?? null,
    ],
  );
}

export async function isCustomerInScope(db: Queryable, viewer: Viewer, customerId: bigint): Promise<boolean> {
  const params = new SqlParams();
  const id = params.add(customerId);
  const { rows } = await db.query(`SELECT 1 FROM customer c WHERE c.id = ${id}::bigint AND ${customerScopeCondition(viewer, 'c', params)}`, params.values);
  return rows.length > 0;
}
