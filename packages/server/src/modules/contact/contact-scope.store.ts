/**
 * The customers, staff and orgs the contact routes of a caller may name (DOMAIN.md §11; scope in
 * SQL, platform/access/scope.sql.ts): out of scope and absent read alike.
 */
import { customerScopeCondition, orgScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import type { Queryable } from '../../platform/db/transaction.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';

export interface ScopedCustomer {
  id: bigint;
  customerNo: string;
  name: string;
  maintainerStaffId: number | null;
  advisorStaffId: number | null;
}

export async function findCustomerInScope(db: Queryable, viewer: Viewer, by: { id: bigint } | { customerNo: string }): Promise<ScopedCustomer | undefined> {
  const params = new SqlParams();
  const match = 'id' in by ? `c.id = ${params.add(by.id)}::bigint` : `c.customer_no = ${params.add(by.customerNo)}`;
  const { rows } = await db.query(
    `SELECT c.id, c.customer_no, c.name, m.maintainer_staff_id, m.advisor_staff_id
       FROM customer c LEFT JOIN customer_maintainer m ON m.customer_id = c.id
      WHERE ${match} AND ${customerScopeCondition(viewer, 'c', params)}`,
    params.values,
  );
  const row = rows[0];
  return row
    ? { id: row.id, customerNo: row.customer_no, name: row.name, maintainerStaffId: row.maintainer_staff_id ?? null, advisorStaffId: row.advisor_staff_id ?? null }
    : undefined;
}

/**
 * A staff member the viewer may look at the contact work of: themselves, or anyone whose org lies
 * in a head's (or admin's) org scope. RMs and advisors see only themselves.
 */
export async function findStaffInScope(db: Queryable, viewer: Viewer, staffNo: string): Promise<{ staffId: number; staffNo: string; name: string } | undefined> {
  const params = new SqlParams();
  const no = params.add(staffNo);
  const self = params.add(viewer.staffId);
  const own = viewer.role === 'RELATIONSHIP_MANAGER' || viewer.role === 'WEALTH_ADVISOR';
  const { rows } = await db.query(
    `SELECT s.id, s.staff_no, s.name FROM staff s JOIN org o ON o.id = s.org_id
      WHERE s.staff_no = ${no} AND (s.id = ${self}::int ${own ? '' : `OR ${orgScopeCondition(viewer, 'o', params)}`})`,
    params.values,
  );
  return rows[0] ? { staffId: rows[0].id, staffNo: rows[0].staff_no, name: rows[0].name } : undefined;
}

/** An org in the viewer's org scope (heads and admins; an RM's is their outlet). */
export async function orgInScope(db: Queryable, viewer: Viewer, orgId: number): Promise<boolean> {
  const params = new SqlParams();
  const id = params.add(orgId);
  const { rows } = await db.query(`SELECT 1 FROM org o WHERE o.id = ${id}::int AND ${orgScopeCondition(viewer, 'o', params)}`, params.values);
  return rows.length > 0;
}

/** `c.home_outlet_id` within the subtree of an org (the org itself when an outlet). */
export function withinOrgCondition(params: SqlParams, orgId: number, outletColumn: string): string {
  const org = params.add(orgId);
  return `(${outletColumn} IN (WITH RECURSIVE sub (id) AS (SELECT ${org}::int UNION SELECT o.id FROM org o JOIN sub ON o.parent_id = sub.id)
    SELECT id FROM sub))`;
}

export async function todayInDatabase(db: Queryable): Promise<string> {
  const { rows } = await db.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
  return rows[0].today as string;
}
