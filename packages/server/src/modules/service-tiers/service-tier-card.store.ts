/**
 * SQL behind the customer 360's service tier card (issue 6): the customer's evaluation in force,
 * signed service agreements, open service tier tasks; and the recording of an agreement. The
 * caller's scope is checked by the service first (special-admission.store.ts isCustomerInScope).
 */
import type { Queryable } from '../../platform/db/transaction.ts';
import { customerScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import type { EvaluationStatus, TierCode } from '../tiers/tiers.rules.ts';

export interface CardEvaluation {
  policyCode: string;
  month: string;
  qualifiedTier: TierCode;
  serviceTier: TierCode;
  status: EvaluationStatus;
}

export async function findCardEvaluation(db: Queryable, evaluation: { policyId: number; month: string } | undefined, customerId: bigint): Promise<CardEvaluation | undefined> {
  if (!evaluation) return undefined;
  const { rows } = await db.query(
    `SELECT p.code, to_char(e.month, 'YYYY-MM') AS month, e.qualified_tier, e.service_tier, e.status
       FROM tier_evaluation e JOIN tier_policy p ON p.id = e.policy_id
      WHERE e.policy_id = $1 AND e.month = $2::date AND e.customer_id = $3`,
    [evaluation.policyId, evaluation.month, customerId],
  );
  const row = rows[0];
  return row ? { policyCode: row.code, month: row.month, qualifiedTier: row.qualified_tier, serviceTier: row.service_tier, status: row.status } : undefined;
}

export interface AgreementRow {
  id: bigint;
  signedOn: string;
  agreementVersion: string;
  witness: { staffNo: string; name: string };
  qualifiedTier: TierCode;
  recordedBy: { staffNo: string; name: string };
  recordedAt: Date;
}

export async function listAgreements(db: Queryable, customerId: bigint): Promise<AgreementRow[]> {
  const { rows } = await db.query(
    `SELECT a.id, to_char(a.signed_on, 'YYYY-MM-DD') AS signed_on, a.agreement_version, w.staff_no AS witness_no, w.name AS witness_name,
            a.qualified_tier, r.staff_no AS recorder_no, r.name AS recorder_name, a.recorded_at
       FROM service_agreement a JOIN staff w ON w.id = a.witness_staff_id JOIN staff r ON r.id = a.recorded_by_staff_id
      WHERE a.customer_id = $1 ORDER BY a.signed_on DESC, a.id DESC`,
    [customerId],
  );
  return rows.map((row) => ({
    id: row.id,
    signedOn: row.signed_on,
    agreementVersion: row.agreement_version,
    witness: { staffNo: row.witness_no, name: row.witness_name },
    qualifiedTier: row.qualified_tier,
    recordedBy: { staffNo: row.recorder_no, name: row.recorder_name },
    recordedAt: row.recorded_at,
  }));
}

export async function findStaffId(db: Queryable, staffNo: string): Promise<number | undefined> {
  const { rows } = await db.query('SELECT id FROM staff WHERE staff_no = $1', [staffNo]);
  return rows[0]?.id as number | undefined;
}

export async function insertAgreement(
  db: Queryable,
  input: { customerId: bigint; signedOn: string; agreementVersion: string; witnessStaffId: number; qualifiedTier: TierCode; recordedByStaffId: number },
): Promise<bigint> {
  const { rows } = await db.query(
    `INSERT INTO service_agreement (customer_id, signed_on, agreement_version, witness_staff_id, qualified_tier, recorded_by_staff_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [input.customerId, input.signedOn, input.agreementVersion, input.witnessStaffId, input.qualifiedTier, input.recordedByStaffId],
  );
  return rows[0].id as bigint;
}

export interface TaskRow {
  id: bigint;
  kind: 'CARD_EXCHANGE';
  customerId: bigint;
  customerNo: string;
  customerName: string;
  outletCode: string;
  outletName: string;
  fromTier: TierCode;
  toTier: TierCode;
  policyCode: string;
  month: string;
  status: 'OPEN' | 'DONE' | 'CANCELLED';
  createdBy: string;
  createdAt: Date;
}

export const TASK_LIMIT = 500;

/** Service tier tasks of customers in the caller's scope, newest month first; one customer's when given. */
export async function listTasks(db: Queryable, viewer: Viewer, filter: { status?: 'OPEN' | 'DONE' | 'CANCELLED' | undefined; customerId?: bigint | undefined }): Promise<TaskRow[]> {
  const params = new SqlParams();
  const status = params.add(filter.status ?? null);
  const customer = params.add(filter.customerId ?? null);
  const { rows } = await db.query(
    `SELECT t.id, t.kind, t.customer_id, c.customer_no, c.name AS customer_name, o.code AS outlet_code, o.name AS outlet_name,
            t.from_tier, t.to_tier, p.code AS policy_code, to_char(t.month, 'YYYY-MM') AS month, t.status, t.created_by, t.created_at
       FROM service_tier_task t
       JOIN customer c ON c.id = t.customer_id
       JOIN org o ON o.id = c.home_outlet_id
       JOIN tier_policy p ON p.id = t.policy_id
      WHERE (${status}::text IS NULL OR t.status = ${status}) AND (${customer}::bigint IS NULL OR t.customer_id = ${customer}::bigint)
        AND ${customerScopeCondition(viewer, 'c', params)}
      ORDER BY t.month DESC, c.customer_no LIMIT ${TASK_LIMIT}`,
    params.values,
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    customerId: row.customer_id,
    customerNo: row.customer_no,
    customerName: row.customer_name,
    outletCode: row.outlet_code,
    outletName: row.outlet_name,
    fromTier: row.from_tier,
    toTier: row.to_tier,
    policyCode: row.policy_code,
    month: row.month,
    status: row.status,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }));
}
