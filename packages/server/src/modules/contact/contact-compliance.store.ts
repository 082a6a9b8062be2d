/**
 * Compliance figures in SQL: the duties of a period (contact-duties.store.ts) for the customers in
 * scope, counted by status per rule, per staff member and per outlet in one GROUPING SETS pass,
 * and the overdue customers, highest tier first.
 */
import type pg from 'pg';
import type { SqlParams } from '../../platform/db/sql-params.ts';
import { SqlParams as Params } from '../../platform/db/sql-params.ts';
import type { DutySpec } from './contact-duties.rules.ts';
import { dutyRowsSql } from './contact-duties.store.ts';

export interface StatusCounts {
  met: number;
  due: number;
  overdue: number;
  notApplicable: number;
}

export interface GroupRow extends StatusCounts {
  grouping: 'RULE' | 'STAFF' | 'ORG';
  ruleCode: string | null;
  kind: string | null;
  staffNo: string | null;
  staffName: string | null;
  orgId: number | null;
  orgCode: string | null;
  orgName: string | null;
}

export interface OverdueRow {
  customerId: bigint;
  customerNo: string;
  customerName: string;
  tier: string;
  ruleCode: string;
  kind: string;
  staffNo: string;
  staffName: string;
  dueOn: string;
  key: string;
  occasion: string | null;
  facts: Record<string, unknown>;
}

export async function complianceFigures(
  client: pg.PoolClient,
  input: { specs: readonly DutySpec[]; evaluation: { policyId: number; month: string }; today: string; customerCondition: (params: SqlParams) => string; overdueLimit: number },
): Promise<{ groups: GroupRow[]; overdue: OverdueRow[] }> {
  const params = new Params();
  const condition = input.customerCondition(params);
  const select = dutyRowsSql(params, { specs: input.specs, evaluation: input.evaluation, today: input.today, customerCondition: condition });
  await client.query(`CREATE TEMP TABLE compliance_duty ON COMMIT DROP AS ${select}`, params.values);
  const { rows } = await client.query(
    `SELECT CASE WHEN grouping(d.rule_code) = 0 THEN 'RULE' WHEN grouping(d.staff_id) = 0 THEN 'STAFF' ELSE 'ORG' END AS grouping,
            d.rule_code, min(d.kind) AS kind, s.staff_no, min(s.name) AS staff_name,
            CASE WHEN grouping(d.outlet_id) = 0 THEN d.outlet_id ELSE min(so.id) END AS org_id,
            CASE WHEN grouping(d.outlet_id) = 0 THEN min(o.code) ELSE min(so.code) END AS org_code,
            CASE WHEN grouping(d.outlet_id) = 0 THEN min(o.name) ELSE min(so.name) END AS org_name,
            count(*) FILTER (WHERE d.status = 'MET')::int AS met, count(*) FILTER (WHERE d.status = 'DUE')::int AS due,
            count(*) FILTER (WHERE d.status = 'OVERDUE')::int AS overdue, count(*) FILTER (WHERE d.status = 'NOT_APPLICABLE')::int AS not_applicable
       FROM compliance_duty d
       JOIN staff s ON s.id = d.staff_id
       LEFT JOIN org o ON o.id = d.outlet_id
       LEFT JOIN org so ON so.id = s.org_id
      GROUP BY GROUPING SETS ((d.rule_code), (d.staff_id, s.staff_no), (d.outlet_id))
      ORDER BY 1, 2, 4, 7`,
  );
  const groups = rows.map((row) => ({
    grouping: row.grouping,
    ruleCode: row.rule_code,
    kind: row.kind,
    staffNo: row.staff_no,
    staffName: row.staff_name,
    orgId: row.org_id,
    orgCode: row.org_code,
    orgName: row.org_name,
    met: row.met,
    due: row.due,
    overdue: row.overdue,
    notApplicable: row.not_applicable,
  }));
  const overdue = await client.query(
    `SELECT d.customer_id, c.customer_no, c.name AS customer_name, d.tier, d.rule_code, d.kind, s.staff_no, s.name AS staff_name,
            to_char(d.due_on, 'YYYY-MM-DD') AS due_on, d.key, d.occasion, d.facts
       FROM compliance_duty d JOIN customer c ON c.id = d.customer_id JOIN staff s ON s.id = d.staff_id
      WHERE d.status = 'OVERDUE' AND d.customer_id IS NOT NULL
      ORDER BY array_position(ARRAY['PRIVATE', 'DIAMOND', 'PLATINUM', 'GOLD', 'STANDARD'], d.tier), d.due_on, c.customer_no, d.rule_code
      LIMIT $1`,
    [input.overdueLimit],
  );
  return {
    groups,
    overdue: overdue.rows.map((row) => ({
      customerId: row.customer_id,
      customerNo: row.customer_no,
      customerName: row.customer_name,
      tier: row.tier,
      ruleCode: row.rule_code,
      kind: row.kind,
      staffNo: row.staff_no,
      staffName: row.staff_name,
      dueOn: row.due_on,
      key: row.key,
      occasion: row.occasion,
      facts: row.facts,
    })),
  };
}
