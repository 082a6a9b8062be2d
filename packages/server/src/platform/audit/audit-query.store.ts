/**
 * Reading the audit trail for auditors and head office: filters and keyset pages, newest first
 * (an OFFSET would rescan everything before the page on a table this large).
 */
import { DomainError } from '../errors/domain-error.ts';
import type { AuditEvent, AuditResult } from './audit.rules.ts';
import type { Queryable } from './audit-chain.store.ts';
import { AUDIT_EVENT_COLUMNS, toAuditEvent, type AuditEventRow } from './audit-row.ts';

export interface AuditQuery {
  staffNo?: string;
  customerId?: bigint;
  action?: string;
  /** Inclusive lower bound of occurred_at. */
  from?: Date;
  /** Exclusive upper bound of occurred_at. */
  to?: Date;
  /** Only ALLOWED, DENIED or ERROR events. */
  result?: AuditResult;
  limit: number;
  /** The nextCursor of the previous page: events with a smaller id follow. */
  cursor?: bigint;
}

export interface AuditPage {
  events: AuditEvent[];
  /** Present when more events may follow. */
  nextCursor: bigint | null;
}

export const MAX_AUDIT_PAGE = 1000;

export async function queryAuditEvents(db: Queryable, query: AuditQuery): Promise<AuditPage> {
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_AUDIT_PAGE) {
    throw new DomainError('AUDIT_QUERY_INVALID', `the page size must be between 1 and ${MAX_AUDIT_PAGE}`, { limit: query.limit });
  }
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  if (query.staffNo !== undefined) add((p) => `actor_staff_no = ${p}`, query.staffNo);
  // `@>` (contains) is what the GIN index on customer_ids serves.
  if (query.customerId !== undefined) add((p) => `customer_ids @> ARRAY[${p}::bigint]`, query.customerId.toString());
  if (query.action !== undefined) add((p) => `action = ${p}`, query.action);
  if (query.from !== undefined) add((p) => `occurred_at >= ${p}`, query.from.toISOString());
  if (query.to !== undefined) add((p) => `occurred_at < ${p}`, query.to.toISOString());
  if (query.result !== undefined) add((p) => `result = ${p}`, query.result);
  if (query.cursor !== undefined) add((p) => `id < ${p}::bigint`, query.cursor.toString());
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const { rows } = await db.query<AuditEventRow>(
    `SELECT ${AUDIT_EVENT_COLUMNS} FROM audit_event ${where} ORDER BY audit_event.id DESC LIMIT ${query.limit + 1}`,
    params,
  );
  const events = rows.slice(0, query.limit).map(toAuditEvent);
  const last = events[events.length - 1];
  return { events, nextCursor: rows.length > query.limit && last ? last.id : null };
}

/**
 * The distinct actions in the trail, for the filter's choices: a skip scan over the (action, id)
 * index, one index probe per action, instead of reading every event.
 */
export async function listAuditActions(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ action: string }>(
    `WITH RECURSIVE actions (action) AS (
       (SELECT action FROM audit_event ORDER BY action LIMIT 1)
       UNION ALL
       SELECT (SELECT e.action FROM audit_event e WHERE e.action > a.action ORDER BY e.action LIMIT 1) FROM actions a WHERE a.action IS NOT NULL
     )
     SELECT action FROM actions WHERE action IS NOT NULL`,
  );
  return rows.map((row) => row.action);
}
