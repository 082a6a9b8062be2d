/**
 * SQL for reading contact events and entering external events (DOMAIN.md §7). Every customer
 * query carries the caller's record scope (platform/access/scope.sql.ts); external events are
 * listed for the orgs in the caller's org scope.
 */
import type pg from 'pg';
import { customerScopeCondition, orgScopeCondition } from '../../platform/access/scope.sql.ts';
import type { Viewer } from '../../platform/access/scope.rules.ts';
import { SqlParams } from '../../platform/db/sql-params.ts';
import type { Queryable } from '../../platform/db/transaction.ts';
import type { ContactEventKind, ContactEventType } from './contact-event-messages.ts';

export interface EventRow {
  id: bigint;
  customerId: bigint;
  customerNo: string;
  customerName: string;
  kind: ContactEventKind;
  type: ContactEventType;
  eventDate: string;
  detectedOn: string;
  facts: Record<string, unknown>;
}

const EVENT_SELECT = `SELECT ev.id, ev.customer_id, c.customer_no, c.name AS customer_name, ev.kind, ev.type,
    to_char(ev.event_date, 'YYYY-MM-DD') AS event_date, to_char(ev.detected_on, 'YYYY-MM-DD') AS detected_on, ev.facts
  FROM contact_event ev JOIN customer c ON c.id = ev.customer_id`;

function toEvent(row: Record<string, unknown>): EventRow {
  return {
    id: row.id as bigint,
    customerId: row.customer_id as bigint,
    customerNo: row.customer_no as string,
    customerName: row.customer_name as string,
    kind: row.kind as ContactEventKind,
    type: row.type as ContactEventType,
    eventDate: row.event_date as string,
    detectedOn: row.detected_on as string,
    facts: row.facts as Record<string, unknown>,
  };
}

/** A customer's events, the latest first (the caller's scope is checked before). */
export async function listCustomerEvents(db: Queryable, customerId: bigint, limit: number): Promise<EventRow[]> {
  const { rows } = await db.query(`${EVENT_SELECT} WHERE ev.customer_id = $1 ORDER BY ev.event_date DESC, ev.id DESC LIMIT $2`, [customerId, limit]);
  return rows.map(toEvent);
}

/** Events dated within [from, to] of the customers in the caller's scope, by date. */
export async function listScopedEvents(
  db: Queryable,
  viewer: Viewer,
  query: { from: string; to: string; type?: ContactEventType | undefined; limit: number },
): Promise<EventRow[]> {
  const params = new SqlParams();
  const where = [
    `ev.event_date BETWEEN ${params.add(query.from)}::date AND ${params.add(query.to)}::date`,
    customerScopeCondition(viewer, 'c', params),
  ];
  if (query.type) where.push(`ev.type = ${params.add(query.type)}`);
  const { rows } = await db.query(
    `${EVENT_SELECT} WHERE ${where.join(' AND ')} ORDER BY ev.event_date, c.customer_no, ev.id LIMIT ${params.add(query.limit)}`,
    params.values,
  );
  return rows.map(toEvent);
}

/** The customers of these numbers that lie in the caller's scope. */
export async function findScopedCustomersByNo(db: Queryable, viewer: Viewer, customerNos: readonly string[]): Promise<{ id: bigint; customerNo: string }[]> {
  const params = new SqlParams();
  const nos = params.add(customerNos);
  const { rows } = await db.query(
    `SELECT c.id, c.customer_no FROM customer c WHERE c.customer_no = ANY(${nos}::text[]) AND ${customerScopeCondition(viewer, 'c', params)}`,
    params.values,
  );
  return rows.map((row) => ({ id: row.id as bigint, customerNo: row.customer_no as string }));
}

export async function insertExternalEvent(
  client: pg.PoolClient,
  input: { title: string; description: string; eventDate: string; orgId: number; staffId: number; customerIds: readonly bigint[] },
): Promise<bigint> {
  const { rows } = await client.query(
    `INSERT INTO contact_external_event (title, description, event_date, org_id, created_by_staff_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [input.title, input.description, input.eventDate, input.orgId, input.staffId],
  );
  const id = rows[0].id as bigint;
  await client.query(
    `INSERT INTO contact_external_event_customer (external_event_id, customer_id) SELECT $1, unnest($2::bigint[]) ON CONFLICT DO NOTHING`,
    [id, input.customerIds],
  );
  return id;
}

export interface ExternalEventRow {
  id: bigint;
  title: string;
  description: string;
  eventDate: string;
  orgCode: string;
  orgName: string;
  createdByStaffNo: string;
  createdByName: string;
  createdAt: Date;
  customers: number;
}

/** External events entered by the orgs in the caller's org scope, the latest first. */
export async function listExternalEvents(db: Queryable, viewer: Viewer, limit: number): Promise<ExternalEventRow[]> {
  const params = new SqlParams();
  const { rows } = await db.query(
    `SELECT e.id, e.title, e.description, to_char(e.event_date, 'YYYY-MM-DD') AS event_date, o.code AS org_code, o.name AS org_name,
            s.staff_no, s.name AS staff_name, e.created_at,
            (SELECT count(*)::int FROM contact_external_event_customer ec WHERE ec.external_event_id = e.id) AS customers
       FROM contact_external_event e JOIN org o ON o.id = e.org_id JOIN staff s ON s.id = e.created_by_staff_id
      WHERE ${orgScopeCondition(viewer, 'o', params)}
      ORDER BY e.event_date DESC, e.id DESC LIMIT ${params.add(limit)}`,
    params.values,
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    eventDate: row.event_date,
    orgCode: row.org_code,
    orgName: row.org_name,
    createdByStaffNo: row.staff_no,
    createdByName: row.staff_name,
    createdAt: row.created_at,
    customers: row.customers,
  }));
}
