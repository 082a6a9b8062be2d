/** Reading audit_event rows into AuditEvent, shared by verify and query. */
import type { AuditEvent, AuditResult, JsonObject } from './audit.rules.ts';

/**
 * Ids as text: the row mapping must not depend on which int8 type parser is installed.
 * A query using these columns must ORDER BY audit_event.id: plain `id` names the text alias.
 */
export const AUDIT_EVENT_COLUMNS = `id::text AS id, occurred_at, actor_staff_no, actor_role, source_ip, action,
  customer_ids::text[] AS customer_ids, fields_in_full, reason, result, details, prev_hash, hash`;

export interface AuditEventRow {
  id: string;
  occurred_at: Date;
  actor_staff_no: string | null;
  actor_role: string | null;
  source_ip: string | null;
  action: string;
  customer_ids: string[];
  fields_in_full: string[];
  reason: string | null;
  result: string;
  details: JsonObject;
  prev_hash: string | null;
  hash: string;
}

export function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: BigInt(row.id),
    occurredAt: row.occurred_at.toISOString(),
    actorStaffNo: row.actor_staff_no,
    actorRole: row.actor_role,
    sourceIp: row.source_ip,
    action: row.action,
    customerIds: row.customer_ids.map((id) => BigInt(id)),
    fieldsInFull: row.fields_in_full,
    reason: row.reason,
    result: row.result as AuditResult,
    details: row.details,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
