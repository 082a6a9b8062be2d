/**
 * Shapes of GET /api/audit-events (docs/api.md "Audit trail"). Paged by cursor, not by page
 * number: the trail is the largest table of the bank and an OFFSET would rescan every event
 * before the page (audit-query.store.ts).
 */
import { z } from 'zod';
import { AUDIT_RESULTS } from './audit.rules.ts';

export const MAX_AUDIT_API_PAGE = 200;

const bigintText = (what: string) =>
  z
    .string()
    .regex(/^[1-9]\d{0,18}$/, `${what} is a positive whole number`)
    // zod runs a refinement even after the pattern failed: test the pattern again before BigInt.
    .refine((value) => /^\d+$/.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n, `${what} is a positive whole number`);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A day means 00:00 China Standard Time (the bank's day); an instant must carry its offset. */
const instant = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be a day (YYYY-MM-DD, China Standard Time) or an ISO 8601 date-time with offset',
});

/** The start of a day in China Standard Time, or the instant as written. */
export function startOf(value: string): Date {
  return new Date(DAY.test(value) ? `${value}T00:00:00+08:00` : value);
}

/** `to` is exclusive; a day given as `to` is included whole (up to the next day's 00:00). */
export function endOf(value: string): Date {
  const start = startOf(value);
  return DAY.test(value) ? new Date(start.getTime() + 86_400_000) : start;
}

export const auditEventsQuery = z
  .strictObject({
    staffNo: z.string().trim().min(1).max(32).optional().describe('the acting staff member'),
    customerId: bigintText('a customer id').optional().describe('events that read or wrote this customer'),
    action: z.string().trim().min(1).max(200).optional().describe('e.g. customer.file, tier.summary, audit.query'),
    from: instant.optional().describe('inclusive'),
    to: instant.optional().describe('exclusive; a day is included whole'),
    result: z.enum(AUDIT_RESULTS).optional(),
    cursor: bigintText('a cursor').optional().describe('nextCursor of the previous page'),
    pageSize: z
      .string()
      .regex(/^[1-9]\d{0,3}$/, 'must be a positive whole number')
      .transform(Number)
      .pipe(z.number().max(MAX_AUDIT_API_PAGE, `must be at most ${MAX_AUDIT_API_PAGE}`))
      .default(50),
  })
  .refine((query) => query.from === undefined || query.to === undefined || startOf(query.from) < endOf(query.to), {
    message: 'from must be before to',
    path: ['from'],
  });
export type AuditEventsQuery = z.infer<typeof auditEventsQuery>;

export const auditEventView = z.object({
  id: z.string().describe('a bigint as a decimal string; the chain order'),
  occurredAt: z.string().describe('ISO 8601, UTC'),
  actorStaffNo: z.string().nullable().describe('null: the system'),
  actorRole: z.string().nullable(),
  sourceIp: z.string().nullable(),
  action: z.string(),
  customerIds: z.array(z.string()),
  fieldsInFull: z.array(z.string()),
  reason: z.string().nullable(),
  result: z.enum(AUDIT_RESULTS),
  details: z.record(z.string(), z.unknown()),
});

export const auditEventPage = z.object({
  events: z.array(auditEventView).describe('newest first'),
  nextCursor: z.string().nullable().describe('pass as cursor for the next page; null: no more events'),
});

export const auditActionList = z.object({
  actions: z.array(z.string()).describe('every action the trail holds, in alphabetical order'),
});
