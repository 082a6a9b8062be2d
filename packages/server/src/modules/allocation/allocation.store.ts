/**
 * Allocation SQL (DOMAIN.md §6): policies, lanes as a CASE expression, loads per staff member set
 * by set, unassigned customers, leads, relation history, and the one writer of relations. Every
 * customer read carries the caller's scope condition (platform/access/scope.sql.ts).
 */
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { customerScopeCondition, orgScopeCondition } from '../../platform/access/scope.sql.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import type { Queryable } from '../../platform/db/transaction.ts';
import type pg from 'pg';
import { lanesSchema, MAINTAINING_ROLES, type ChangeReason, type Lane } from './allocation.rules.ts';

export interface AllocationPolicy {
  code: string;
  name: string;
  description: string;
  active: boolean;
  lanes: Lane[];
}

export async function listPolicies(db: Queryable): Promise<AllocationPolicy[]> {
  const { rows } = await db.query(`SELECT code, name, description, active, lanes FROM allocation_policy ORDER BY active DESC, code`);
  return rows.map((row) => ({ ...row, lanes: lanesSchema.parse(row.lanes) }));
}

/** The named policy, or the active one. */
export async function findPolicy(db: Queryable, code: string | undefined): Promise<AllocationPolicy | undefined> {
  return (await listPolicies(db)).find((policy) => (code === undefined ? policy.active : policy.code === code));
}

/**
 * Makes `code` the active policy, the previous one inactive, inside the caller's transaction. The
 * rows are locked first so two switches at once run one after the other; the previous one is
 * cleared before the new one is set, as the unique index on the active row checks each statement.
 * Returns undefined for an unknown code, else the code active before (null: none).
 */
export async function activatePolicy(client: Queryable, code: string): Promise<{ previous: string | null } | undefined> {
  const { rows } = await client.query<{ code: string; active: boolean }>(`SELECT code, active FROM allocation_policy ORDER BY code FOR UPDATE`);
  if (!rows.some((row) => row.code === code)) return undefined;
  const previous = rows.find((row) => row.active)?.code ?? null;
  if (previous === code) return { previous };
  await client.query(`UPDATE allocation_policy SET active = false WHERE active`);
  await client.query(`UPDATE allocation_policy SET active = true WHERE code = $1`, [code]);
  return { previous };
}

/** The evaluation in force, bound: policy id and month (both NULL: nothing evaluated, every customer STANDARD with no AUM). */
export interface BoundEvaluation {
  policyId: number | null;
  month: string | null;
}

/**
 * Customers as lane subjects: `c` the customer, `e` its evaluation in force (LEFT JOIN), and the
 * lane index as a CASE built from the policy (allocation.rules.ts `laneOf` is the reference).
 */
export function laneCaseSql(lanes: readonly Lane[], params: SqlParams): string {
  const ranks = `ARRAY['STANDARD','GOLD','PLATINUM','DIAMOND','PRIVATE']`;
  const tier = `CASE WHEN array_position(${ranks}, e.qualified_tier) > array_position(${ranks}, e.service_tier) THEN e.qualified_tier ELSE coalesce(e.service_tier, 'STANDARD') END`;
  const aum = `coalesce(e.metric_cents, 0)`;
  const branches = lanes.map((lane, index) => {
    const conditions: string[] = ['true'];
    if (lane.tiers) conditions.push(`(${tier}) = ANY(${params.add(lane.tiers)}::text[])`);
    if (lane.minAumCents !== undefined) conditions.push(`${aum} >= ${params.add(lane.minAumCents)}::bigint`);
    if (lane.maxAumCents !== undefined) conditions.push(`${aum} < ${params.add(lane.maxAumCents)}::bigint`);
    if (lane.maxAge !== undefined) conditions.push(`c.birth_date > (current_date - make_interval(years => ${params.add(lane.maxAge)}::int))`);
    return `WHEN ${conditions.join(' AND ')} THEN ${index}`;
  });
  return `CASE ${branches.join(' ')} END`;
}

const evaluationJoin = (evaluation: BoundEvaluation, params: SqlParams) =>
  `LEFT JOIN tier_evaluation e ON e.policy_id = ${params.add(evaluation.policyId)}::int AND e.month = ${params.add(evaluation.month)}::date AND e.customer_id = c.id`;

const effectiveTierSql = `CASE WHEN array_position(ARRAY['STANDARD','GOLD','PLATINUM','DIAMOND','PRIVATE'], e.qualified_tier)
  > array_position(ARRAY['STANDARD','GOLD','PLATINUM','DIAMOND','PRIVATE'], e.service_tier) THEN e.qualified_tier ELSE coalesce(e.service_tier, 'STANDARD') END`;

/** Outlets at or below `orgId` (and the org itself, so a sub-branch head's own staff row counts). */
const subtreeSql = (org: string) => `WITH RECURSIVE subtree (id) AS (
  SELECT ${org}::int UNION SELECT o.id FROM org o JOIN subtree ON o.parent_id = subtree.id) SELECT id FROM subtree`;

export interface OrgRow {
  id: number;
  code: string;
  name: string;
  level: string;
}

/** The org if the viewer may see its figures (orgScopeCondition), else undefined. */
export async function findOrgInScope(db: Queryable, viewer: Viewer, orgId: number): Promise<OrgRow | undefined> {
  const params = new SqlParams();
  const id = params.add(orgId);
  const { rows } = await db.query<OrgRow>(
    `SELECT o.id, o.code, o.name, o.level FROM org o WHERE o.id = ${id}::int AND ${orgScopeCondition(viewer, 'o', params)}`,
    params.values,
  );
  return rows[0];
}

export interface StaffRow {
  id: number;
  staffNo: string;
  name: string;
  role: string;
  orgId: number;
  active: boolean;
}

const STAFF_COLUMNS = `s.id, s.staff_no AS "staffNo", s.name, s.role, s.org_id AS "orgId", s.status = 'ACTIVE' AS active`;

/** Active staff who may hold or support customers, in the org and below. */
export async function findOrgStaff(db: Queryable, orgId: number): Promise<StaffRow[]> {
  const params = new SqlParams();
  const org = params.add(orgId);
  const roles = params.add([...MAINTAINING_ROLES, 'WEALTH_ADVISOR']);
  const { rows } = await db.query<StaffRow>(
    `SELECT ${STAFF_COLUMNS} FROM staff s WHERE s.org_id IN (${subtreeSql(org)}) AND s.status = 'ACTIVE' AND s.role = ANY(${roles}::text[])
      ORDER BY s.org_id, s.role, s.id`,
    params.values,
  );
  return rows;
}

export async function findStaff(db: Queryable, ids: readonly number[]): Promise<StaffRow[]> {
  const { rows } = await db.query<StaffRow>(`SELECT ${STAFF_COLUMNS} FROM staff s WHERE s.id = ANY($1::int[]) ORDER BY s.id`, [ids]);
  return rows;
}

/** Staff members the viewer may allocate to: in the viewer's org subtree (orgScopeCondition on their org). */
export async function findStaffInScope(db: Queryable, viewer: Viewer, ids: readonly number[]): Promise<StaffRow[]> {
  const params = new SqlParams();
  const list = params.add(ids);
  const { rows } = await db.query<StaffRow>(
    `SELECT ${STAFF_COLUMNS} FROM staff s JOIN org o ON o.id = s.org_id WHERE s.id = ANY(${list}::int[]) AND ${orgScopeCondition(viewer, 'o', params)}`,
    params.values,
  );
  return rows;
}

export interface LoadRow {
  staffId: number;
  /** Maintainer or supporting advisor. */
  kind: 'MAINTAINER' | 'ADVISOR';
  lane: number | null;
  customers: number;
}

/** Customers each staff member holds or supports, per lane: one grouped statement for all of them. */
export async function findLoads(db: Queryable, staffIds: readonly number[], lanes: readonly Lane[], evaluation: BoundEvaluation): Promise<LoadRow[]> {
  const params = new SqlParams();
  const ids = params.add(staffIds);
  const join = evaluationJoin(evaluation, params);
  const lane = laneCaseSql(lanes, params);
  const { rows } = await db.query(
    `WITH held AS (
       SELECT maintainer_staff_id AS staff_id, 'MAINTAINER' AS kind, customer_id FROM customer_maintainer WHERE maintainer_staff_id = ANY(${ids}::int[])
       UNION ALL
       SELECT advisor_staff_id, 'ADVISOR', customer_id FROM customer_maintainer WHERE advisor_staff_id = ANY(${ids}::int[]))
     SELECT h.staff_id, h.kind, ${lane} AS lane, count(*)::int AS customers
       FROM held h JOIN customer c ON c.id = h.customer_id ${join}
      GROUP BY 1, 2, 3`,
    params.values,
  );
  return rows.map((row) => ({ staffId: row.staff_id, kind: row.kind, lane: row.lane, customers: row.customers }));
}

export interface SubjectRow {
  id: bigint;
  customerNo: string;
  name: string;
  homeOutletId: number;
  /** The org above the home outlet (its sub-branch): whose head may also maintain the customer. */
  homeOutletParentId: number | null;
  tier: string;
  aumCents: bigint;
  lane: number | null;
  maintainerStaffId: number | null;
  advisorStaffId: number | null;
  /** Latest history id, '0' when the customer never had a relation. */
  version: string;
}

function subjectOf(row: Record<string, unknown>): SubjectRow {
  return {
    id: BigInt(row.id as string),
    customerNo: row.customer_no as string,
    name: row.name as string,
    homeOutletId: row.home_outlet_id as number,
    homeOutletParentId: row.home_outlet_parent_id as number | null,
    tier: row.tier as string,
    aumCents: BigInt(row.aum_cents as string),
    lane: row.lane as number | null,
    maintainerStaffId: row.maintainer_staff_id as number | null,
    advisorStaffId: row.advisor_staff_id as number | null,
    version: String(row.version ?? '0'),
  };
}

const SUBJECT_COLUMNS = (lane: string) => `c.id, c.customer_no, c.name, c.home_outlet_id,
  (SELECT ho.parent_id FROM org ho WHERE ho.id = c.home_outlet_id) AS home_outlet_parent_id, ${effectiveTierSql} AS tier,
  coalesce(e.metric_cents, 0) AS aum_cents, ${lane} AS lane, m.maintainer_staff_id, m.advisor_staff_id,
  (SELECT max(h.id) FROM customer_maintainer_history h WHERE h.customer_id = c.id) AS version`;

/**
 * Customers of the org's outlets (scoped) for a proposal or the board: those in a lane, or only
 * those with no maintainer when `unassignedOnly`.
 */
export async function findSubjects(
  db: Queryable,
  viewer: Viewer,
  input: { orgId: number; lanes: readonly Lane[]; evaluation: BoundEvaluation; unassignedOnly: boolean; limit?: number },
): Promise<SubjectRow[]> {
  const params = new SqlParams();
  const join = evaluationJoin(input.evaluation, params);
  const lane = laneCaseSql(input.lanes, params);
  const org = params.add(input.orgId);
  const scope = customerScopeCondition(viewer, 'c', params);
  const { rows } = await db.query(
    `SELECT * FROM (
       SELECT ${SUBJECT_COLUMNS(lane)}
         FROM customer c ${join} LEFT JOIN customer_maintainer m ON m.customer_id = c.id
        WHERE c.home_outlet_id IN (${subtreeSql(org)}) AND ${scope} ${input.unassignedOnly ? 'AND m.customer_id IS NULL' : ''}) s
      WHERE s.lane IS NOT NULL
      ORDER BY s.lane, s.aum_cents DESC, s.id ${input.limit ? `LIMIT ${params.add(input.limit)}::int` : ''}`,
    params.values,
  );
  return rows.map(subjectOf);
}

/** Every customer a staff member maintains or supports as advisor that the viewer may see (a handover). */
export async function findCustomersOf(db: Queryable, viewer: Viewer, staffId: number, lanes: readonly Lane[], evaluation: BoundEvaluation): Promise<SubjectRow[]> {
  const params = new SqlParams();
  const join = evaluationJoin(evaluation, params);
  const lane = laneCaseSql(lanes, params);
  const staff = params.add(staffId);
  const scope = customerScopeCondition(viewer, 'c', params);
  const { rows } = await db.query(
    `SELECT ${SUBJECT_COLUMNS(lane)} FROM customer_maintainer m JOIN customer c ON c.id = m.customer_id ${join}
      WHERE (m.maintainer_staff_id = ${staff}::int OR m.advisor_staff_id = ${staff}::int) AND ${scope} ORDER BY c.id`,
    params.values,
  );
  return rows.map(subjectOf);
}

/** How many customers of the org's outlets in a lane have no maintainer (the board lists the first ones). */
export async function countUnassigned(db: Queryable, viewer: Viewer, orgId: number, lanes: readonly Lane[], evaluation: BoundEvaluation): Promise<number> {
  const params = new SqlParams();
  const join = evaluationJoin(evaluation, params);
  const lane = laneCaseSql(lanes, params);
  const org = params.add(orgId);
  const scope = customerScopeCondition(viewer, 'c', params);
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM customer c ${join}
      WHERE c.home_outlet_id IN (${subtreeSql(org)}) AND ${scope}
        AND NOT EXISTS (SELECT 1 FROM customer_maintainer m WHERE m.customer_id = c.id) AND (${lane}) IS NOT NULL`,
    params.values,
  );
  return rows[0].n;
}

export interface LeadRow {
  id: string;
  customerId: string;
  customerNo: string;
  customerName: string;
  note: string;
  createdAt: string;
  createdBy: { staffNo: string; name: string; role: string };
  maintainerStaffId: number | null;
  version: string;
  homeOutletId: number;
  homeOutletParentId: number | null;
}

export async function findOpenLeads(db: Queryable, viewer: Viewer, orgId: number): Promise<LeadRow[]> {
  const params = new SqlParams();
  const org = params.add(orgId);
  const scope = customerScopeCondition(viewer, 'c', params);
  const { rows } = await db.query(
    `SELECT l.id::text, c.id::text AS customer_id, c.customer_no, c.name AS customer_name, l.note, l.created_at,
            s.staff_no, s.name AS staff_name, s.role, m.maintainer_staff_id, c.home_outlet_id,
            (SELECT ho.parent_id FROM org ho WHERE ho.id = c.home_outlet_id) AS home_outlet_parent_id,
            (SELECT max(h.id) FROM customer_maintainer_history h WHERE h.customer_id = c.id) AS version
       FROM allocation_lead l JOIN customer c ON c.id = l.customer_id JOIN staff s ON s.id = l.created_by_staff_id
       LEFT JOIN customer_maintainer m ON m.customer_id = c.id
      WHERE l.status = 'OPEN' AND c.home_outlet_id IN (${subtreeSql(org)}) AND ${scope}
      ORDER BY l.created_at DESC, l.id DESC LIMIT 500`,
    params.values,
  );
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customer_id,
    customerNo: row.customer_no,
    customerName: row.customer_name,
    note: row.note,
    createdAt: new Date(row.created_at).toISOString(),
    createdBy: { staffNo: row.staff_no, name: row.staff_name, role: row.role },
    maintainerStaffId: row.maintainer_staff_id,
    version: String(row.version ?? '0'),
    homeOutletId: row.home_outlet_id,
    homeOutletParentId: row.home_outlet_parent_id,
  }));
}

/** Whether the customer is in the viewer's scope. */
export async function customerInScope(db: Queryable, viewer: Viewer, customerId: bigint): Promise<boolean> {
  const params = new SqlParams();
  const id = params.add(customerId);
  const { rows } = await db.query(`SELECT 1 FROM customer c WHERE c.id = ${id}::bigint AND ${customerScopeCondition(viewer, 'c', params)}`, params.values);
  return rows.length > 0;
}

export async function insertLead(db: Queryable, input: { customerId: bigint; note: string; staffId: number }): Promise<{ id: string; createdAt: string }> {
  const { rows } = await db.query(
    `INSERT INTO allocation_lead (customer_id, note, created_by_staff_id) VALUES ($1, $2, $3) RETURNING id::text, created_at`,
    [input.customerId, input.note, input.staffId],
  );
  return { id: rows[0].id, createdAt: new Date(rows[0].created_at).toISOString() };
}

interface StaffBrief {
  id: number;
  staffNo: string;
  name: string;
  role: string;
}
const brief = (id: number | null, staffNo: string | null, name: string | null, role: string | null): StaffBrief | null =>
  id === null ? null : { id, staffNo: staffNo!, name: name!, role: role! };

export interface RelationView {
  maintainer: StaffBrief | null;
  advisor: StaffBrief | null;
  credit: StaffBrief | null;
  since: string | null;
  version: string;
  history: {
    id: string;
    changedAt: string;
    fromMaintainer: StaffBrief | null;
    toMaintainer: StaffBrief | null;
    fromAdvisor: StaffBrief | null;
    toAdvisor: StaffBrief | null;
    credit: StaffBrief | null;
    reason: ChangeReason;
    note: string;
    changedBy: string;
  }[];
}

export async function findRelation(db: Queryable, customerId: bigint): Promise<RelationView> {
  const staffJoin = (alias: string, column: string) => `LEFT JOIN staff ${alias} ON ${alias}.id = ${column}`;
  const pick = (alias: string) => `${alias}.id AS ${alias}_id, ${alias}.staff_no AS ${alias}_no, ${alias}.name AS ${alias}_name, ${alias}.role AS ${alias}_role`;
  const of = (row: Record<string, unknown>, alias: string) =>
    brief(row[`${alias}_id`] as number | null, row[`${alias}_no`] as string | null, row[`${alias}_name`] as string | null, row[`${alias}_role`] as string | null);
  const current = await db.query(
    `SELECT m.since, ${pick('ms')}, ${pick('ads')}, ${pick('cs')} FROM customer_maintainer m
      ${staffJoin('ms', 'm.maintainer_staff_id')} ${staffJoin('ads', 'm.advisor_staff_id')} ${staffJoin('cs', 'm.credit_staff_id')}
      WHERE m.customer_id = $1`,
    [customerId],
  );
  const history = await db.query(
    `SELECT h.id::text, h.changed_at, h.reason, h.note, h.changed_by, ${pick('fm')}, ${pick('tm')}, ${pick('fa')}, ${pick('ta')}, ${pick('cr')}
       FROM customer_maintainer_history h ${staffJoin('fm', 'h.from_maintainer_staff_id')} ${staffJoin('tm', 'h.to_maintainer_staff_id')}
       ${staffJoin('fa', 'h.from_advisor_staff_id')} ${staffJoin('ta', 'h.to_advisor_staff_id')} ${staffJoin('cr', 'h.credit_staff_id')}
      WHERE h.customer_id = $1 ORDER BY h.id DESC LIMIT 200`,
    [customerId],
  );
  const row = current.rows[0];
  return {
    maintainer: row ? of(row, 'ms') : null,
    advisor: row ? of(row, 'ads') : null,
    credit: row ? (of(row, 'cs') ?? of(row, 'ms')) : null,
    since: row ? new Date(row.since).toISOString() : null,
    version: history.rows[0]?.id ?? '0',
    history: history.rows.map((h) => ({
      id: h.id,
      changedAt: new Date(h.changed_at).toISOString(),
      fromMaintainer: of(h, 'fm'),
      toMaintainer: of(h, 'tm'),
      fromAdvisor: of(h, 'fa'),
      toAdvisor: of(h, 'ta'),
      credit: of(h, 'cr'),
      reason: h.reason,
      note: h.note,
      changedBy: h.changed_by,
    })),
  };
}

/**
 * Locks the customers (in id order, so two batches never deadlock) if they are in the viewer's
 * scope, and returns those found with their current relation, version and home outlet (with the
 * org above it: who may serve the customer, allocation.rules.ts `mayServe`). Runs inside the
 * applying transaction: a concurrent change either committed before the lock (its version shows)
 * or waits for this one.
 */
export async function lockCustomers(client: pg.PoolClient, viewer: Viewer, ids: readonly bigint[]) {
  const params = new SqlParams();
  const list = params.add(ids.map(String));
  const locked = await client.query(
    `SELECT c.id::text FROM customer c WHERE c.id = ANY(${list}::bigint[]) AND ${customerScopeCondition(viewer, 'c', params)}
      ORDER BY c.id FOR NO KEY UPDATE OF c`,
    params.values,
  );
  const found = locked.rows.map((row) => row.id as string);
  const { rows } = await client.query(
    `SELECT c.id::text, c.home_outlet_id, o.parent_id AS home_outlet_parent_id, m.maintainer_staff_id, m.advisor_staff_id, m.credit_staff_id,
            (SELECT max(h.id) FROM customer_maintainer_history h WHERE h.customer_id = c.id)::text AS version
       FROM unnest($1::bigint[]) AS u (id) JOIN customer c ON c.id = u.id JOIN org o ON o.id = c.home_outlet_id
       LEFT JOIN customer_maintainer m ON m.customer_id = c.id`,
    [found],
  );
  return new Map(
    rows.map((row) => [
      row.id as string,
      {
        homeOutletId: row.home_outlet_id as number,
        homeOutletParentId: row.home_outlet_parent_id as number | null,
        maintainerStaffId: row.maintainer_staff_id as number | null,
        advisorStaffId: row.advisor_staff_id as number | null,
        creditStaffId: row.credit_staff_id as number | null,
        version: (row.version as string | null) ?? '0',
      },
    ]),
  );
}

export interface RelationChange {
  customerId: bigint;
  from: { maintainerStaffId: number | null; advisorStaffId: number | null };
  to: { maintainerStaffId: number | null; advisorStaffId: number | null; creditStaffId: number | null };
}

/** Writes the changes (set-wise: a handover or a proposal is thousands of rows) and their history; closes open leads of customers now allocated. */
export async function writeChanges(client: pg.PoolClient, changes: readonly RelationChange[], reason: ChangeReason, note: string, by: string): Promise<void> {
  const assigned = changes.filter((change) => change.to.maintainerStaffId !== null);
  const removed = changes.filter((change) => change.to.maintainerStaffId === null);
  if (removed.length > 0) {
    await client.query(`DELETE FROM customer_maintainer WHERE customer_id = ANY($1::bigint[])`, [removed.map((c) => String(c.customerId))]);
  }
  if (assigned.length > 0) {
    await client.query(
      `INSERT INTO customer_maintainer (customer_id, maintainer_staff_id, advisor_staff_id, credit_staff_id, source)
       SELECT * , 'ALLOCATION' FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[])
       ON CONFLICT (customer_id) DO UPDATE SET maintainer_staff_id = excluded.maintainer_staff_id, advisor_staff_id = excluded.advisor_staff_id,
         credit_staff_id = excluded.credit_staff_id, source = 'ALLOCATION',
         since = CASE WHEN customer_maintainer.maintainer_staff_id = excluded.maintainer_staff_id THEN customer_maintainer.since ELSE now() END`,
      [
        assigned.map((c) => String(c.customerId)),
        assigned.map((c) => c.to.maintainerStaffId),
        assigned.map((c) => c.to.advisorStaffId),
        assigned.map((c) => c.to.creditStaffId),
      ],
    );
    await client.query(`UPDATE allocation_lead SET status = 'ALLOCATED', closed_at = now() WHERE status = 'OPEN' AND customer_id = ANY($1::bigint[])`, [
      assigned.map((c) => String(c.customerId)),
    ]);
  }
  await client.query(
    `INSERT INTO customer_maintainer_history (customer_id, from_maintainer_staff_id, to_maintainer_staff_id, from_advisor_staff_id,
       to_advisor_staff_id, credit_staff_id, reason, note, changed_by)
     SELECT *, $8, $9 FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[], $7::text[])`,
    [
      changes.map((c) => String(c.customerId)),
      changes.map((c) => c.from.maintainerStaffId),
      changes.map((c) => c.to.maintainerStaffId),
      changes.map((c) => c.from.advisorStaffId),
      changes.map((c) => c.to.advisorStaffId),
      changes.map((c) => c.to.creditStaffId),
      changes.map((c) => (c.to.maintainerStaffId === null ? 'UNASSIGN' : reason)),
      note,
      by,
    ],
  );
}
