/**
 * Pure rules of the audit trail: the canonical serialization of an event, its chained hash and
 * the retention setting. No IO: the stores and `verify` share exactly this code, so what was
 * hashed at append is what verify recomputes. docs/audit.md.
 */
import crypto from 'node:crypto';
import { DomainError } from '../errors/domain-error.ts';

export const AUDIT_RESULTS = ['ALLOWED', 'DENIED', 'ERROR'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** What a caller records. Never put passwords or one-time codes in it (DOMAIN.md §13). */
export interface AuditEventInput {
  /** NULL for the system itself (jobs, the purge). */
  actorStaffNo: string | null;
  actorRole: string | null;
  sourceIp: string | null;
  action: string;
  customerIds?: readonly bigint[];
  fieldsInFull?: readonly string[];
  reason?: string | null;
  result: AuditResult;
  details?: JsonObject;
}

/** Everything the hash covers, normalized (absent lists are empty, absent reason is null). */
export interface AuditEventContent {
  id: bigint;
  /** ISO 8601 in UTC with milliseconds, as Date.toISOString() writes it. */
  occurredAt: string;
  actorStaffNo: string | null;
  actorRole: string | null;
  sourceIp: string | null;
  action: string;
  customerIds: bigint[];
  fieldsInFull: string[];
  reason: string | null;
  result: AuditResult;
  details: JsonObject;
}

export interface AuditEvent extends AuditEventContent {
  prevHash: string | null;
  hash: string;
}

/** Bumped if the serialization ever changes; part of every hashed text. */
export const AUDIT_CHAIN_VERSION = 'guibin-audit-v1';

/**
 * JSON with object keys sorted (by UTF-16 code units, JavaScript's default sort) and no
 * whitespace. jsonb reorders keys and drops duplicates, so the hash must not depend on key order.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new DomainError('AUDIT_EVENT_INVALID', 'audit details hold a number that is not finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value !== 'object') throw new DomainError('AUDIT_EVENT_INVALID', `audit details hold a ${typeof value}, not JSON`);
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key]!)}`).join(',')}}`;
}

/**
 * The canonical serialization (v1): a JSON array, no whitespace, in this order —
 *   ["guibin-audit-v1", id, occurredAt, actorStaffNo, actorRole, sourceIp, action,
 *    customerIds, fieldsInFull, reason, result, details]
 * id and customer ids as decimal strings (an int8 does not fit a JSON number); occurredAt as
 * 'YYYY-MM-DDTHH:MM:SS.mmmZ'; absent text as null; lists in their stored order; details as
 * canonicalJson. The id is included so that an event cannot be renumbered or moved.
 */
export function canonicalAuditContent(event: AuditEventContent): string {
  const parts = [
    JSON.stringify(AUDIT_CHAIN_VERSION),
    JSON.stringify(event.id.toString()),
    JSON.stringify(event.occurredAt),
    JSON.stringify(event.actorStaffNo),
    JSON.stringify(event.actorRole),
    JSON.stringify(event.sourceIp),
    JSON.stringify(event.action),
    JSON.stringify(event.customerIds.map((id) => id.toString())),
    JSON.stringify(event.fieldsInFull),
    JSON.stringify(event.reason),
    JSON.stringify(event.result),
    canonicalJson(event.details),
  ];
  return `[${parts.join(',')}]`;
}

/** hash = hex(SHA-256(UTF-8(prevHash ?? '' + '\n' + canonical content))). */
export function computeAuditHash(prevHash: string | null, event: AuditEventContent): string {
  return crypto
    .createHash('sha256')
    .update(`${prevHash ?? ''}\n${canonicalAuditContent(event)}`, 'utf8')
    .digest('hex');
}

// PostgreSQL text cannot hold NUL or a lone UTF-16 surrogate (half of an emoji's pair, which a
// typed reason can carry); refusing them here keeps the stored text equal to the hashed one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const hasNul = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

function jsonHasNul(value: JsonValue): boolean {
  if (typeof value === 'string') return hasNul(value);
  if (Array.isArray(value)) return value.some(jsonHasNul);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => hasNul(key) || (item !== undefined && jsonHasNul(item)));
  }
  return false;
}

/** Checks an input and fills the defaults, giving the content that will be hashed and stored. */
export function normalizeAuditEvent(input: AuditEventInput, id: bigint, occurredAt: string): AuditEventContent {
  const invalid = (message: string) => new DomainError('AUDIT_EVENT_INVALID', message, { action: input.action });
  if (!input.action || hasNul(input.action)) throw invalid('an audit event needs an action');
  if (!(AUDIT_RESULTS as readonly string[]).includes(input.result)) throw invalid(`unknown audit result ${input.result}`);
  const texts = [input.actorStaffNo, input.actorRole, input.sourceIp, input.reason ?? null, ...(input.fieldsInFull ?? [])];
  if (texts.some((text) => text !== null && hasNul(text))) throw invalid('audit text may not contain NUL');
  const details = input.details ?? {};
  canonicalJson(details); // throws on what is not JSON
  if (jsonHasNul(details)) throw invalid('audit details may not contain NUL');
  return {
    id,
    occurredAt,
    actorStaffNo: input.actorStaffNo,
    actorRole: input.actorRole,
    sourceIp: input.sourceIp,
    action: input.action,
    customerIds: [...(input.customerIds ?? [])],
    fieldsInFull: [...(input.fieldsInFull ?? [])],
    reason: input.reason ?? null,
    result: input.result,
    details,
  };
}

/** At least six months: records of a sale are kept ≥ 6 months (DOMAIN.md §13); 180 days. */
export const MINIMUM_RETENTION_DAYS = 180;
export const DEFAULT_RETENTION_DAYS = 180;

/** GUIBIN_AUDIT_RETENTION_DAYS: a whole number of days, at least 180; absent means 180. */
export function parseRetentionDays(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_RETENTION_DAYS;
  const text = value.trim();
  const days = /^\d{1,6}$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
  if (!Number.isInteger(days) || days < MINIMUM_RETENTION_DAYS) {
    throw new DomainError(
      'AUDIT_RETENTION_INVALID',
      `GUIBIN_AUDIT_RETENTION_DAYS must be a whole number of days of at least ${MINIMUM_RETENTION_DAYS} (six months); got '${value}'`,
      { value },
    );
  }
  return days;
}

const DAY_MS = 86_400_000;

/** The default purge cutoff: now − retention. */
export function defaultPurgeCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/** Refuses a cutoff that would remove events still within the retention period. */
export function checkPurgeCutoff(cutoff: Date, now: Date, retentionDays: number): void {
  if (Number.isNaN(cutoff.getTime())) throw new DomainError('AUDIT_PURGE_INVALID', 'the purge cutoff is not a valid date');
  const earliest = defaultPurgeCutoff(now, retentionDays);
  if (cutoff.getTime() > earliest.getTime()) {
    throw new DomainError(
      'AUDIT_PURGE_TOO_RECENT',
      `audit events are kept ${retentionDays} days: the cutoff may be at most ${earliest.toISOString()}, not ${cutoff.toISOString()}`,
      { cutoff: cutoff.toISOString(), retentionDays },
    );
  }
}
