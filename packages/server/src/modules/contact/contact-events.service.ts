/**
 * Contact events use cases (DOMAIN.md §7; docs/api.md "Contact events"): a customer's events, the
 * events of the caller's customers, external events entered for a set of customers, and the
 * detection runs. Texts are rendered in the caller's language from the stored facts
 * (contact-event-messages.ts). Reads of customer data and every write are audited (§11).
 */
import type { ApiCaller } from '../../platform/audit/audit.routes-support.ts';
import { auditEventBy } from '../../platform/audit/audit.routes-support.ts';
import { daysBetween } from '../../platform/calendar/calendar.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors/domain-error.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import type { Locale } from '../../platform/http/locale.ts';
import { enqueueDetection } from './contact-detection.jobs.ts';
import { recordRequestedRun } from './contact-detection.service.ts';
import { detectExternal, finishRun, listRuns, type DetectionRunRow } from './contact-detection.store.ts';
import { describeContactEvent } from './contact-event-messages.ts';
import type { ContactEventResponse, EventsQuery, ExternalEventBody } from './contact-events.schemas.ts';
import { findScopedCustomersByNo, insertExternalEvent, listCustomerEvents, listExternalEvents, listScopedEvents, type EventRow } from './contact-events.store.ts';
import { findCustomerInScope, todayInDatabase } from './contact-scope.store.ts';
import { customerNotFound, viewerOf } from './contact-support.ts';

export const EVENTS_AUDIT = {
  customer: 'GET /api/customers/:customerId/contact-events',
  list: 'GET /api/contact/events',
  external: 'contact-event.create',
  externalList: 'GET /api/contact/external-events',
  runs: 'GET /api/contact/detection-runs',
  detect: 'contact-detection.start',
} as const;

/** At most this many events per answer; the list asks for a range, the 360 shows the latest. */
const MAX_EVENTS = 1000;
/** A range of at most a year: the list is a working view, not an export. */
const MAX_RANGE_DAYS = 366;

export function presentEvent(row: EventRow, locale: Locale, today?: string): ContactEventResponse {
  return {
    id: row.id.toString(),
    customer: { id: row.customerId.toString(), customerNo: row.customerNo, name: row.customerName },
    kind: row.kind,
    type: row.type,
    eventDate: row.eventDate,
    detectedOn: row.detectedOn,
    facts: row.facts,
    text: describeContactEvent(row.type, row.facts, locale, today ? { today } : {}),
  };
}

export async function customerEvents(context: ApiContext, caller: ApiCaller, customerId: bigint, locale: Locale) {
  const customer = await findCustomerInScope(context.pool, viewerOf(caller), { id: customerId });
  if (!customer) {
    await context.audit.record(auditEventBy(caller, { action: EVENTS_AUDIT.customer, result: 'DENIED', customerIds: [customerId], details: { reason: 'CUSTOMER_NOT_FOUND' } }));
    throw customerNotFound({ id: customerId });
  }
  const [rows, today] = await Promise.all([listCustomerEvents(context.pool, customerId, MAX_EVENTS), todayInDatabase(context.pool)]);
  await context.audit.record(auditEventBy(caller, { action: EVENTS_AUDIT.customer, result: 'ALLOWED', customerIds: [customerId], details: { count: rows.length } }));
  return { items: rows.map((row) => presentEvent(row, locale, today)) };
}

export async function scopedEvents(context: ApiContext, caller: ApiCaller, query: EventsQuery, locale: Locale) {
  const days = daysBetween(query.from, query.to);
  if (days < 0 || days >= MAX_RANGE_DAYS) {
    throw new DomainError('CONTACT_RANGE_INVALID', `the range ${query.from}..${query.to} must run forwards and span at most ${MAX_RANGE_DAYS} days`, {
      from: query.from,
      to: query.to,
      maxDays: MAX_RANGE_DAYS,
    });
  }
  const [rows, today] = await Promise.all([
    listScopedEvents(context.pool, viewerOf(caller), { from: query.from, to: query.to, type: query.type, limit: MAX_EVENTS }),
    todayInDatabase(context.pool),
  ]);
  await context.audit.record(
    auditEventBy(caller, {
      action: EVENTS_AUDIT.list,
      result: 'ALLOWED',
      customerIds: [...new Set(rows.map((row) => row.customerId))],
      details: { from: query.from, to: query.to, ...(query.type && { type: query.type }), count: rows.length },
    }),
  );
  return { items: rows.map((row) => presentEvent(row, locale, today)) };
}

/**
 * An external event for customers in the caller's scope; numbers unknown or out of scope refuse
 * the whole entry with their list (the two read alike). Its events are written at once.
 */
export async function createExternalEvent(context: ApiContext, caller: ApiCaller, body: ExternalEventBody) {
  const wanted = [...new Set(body.customerNos)];
  const found = await findScopedCustomersByNo(context.pool, viewerOf(caller), wanted);
  const known = new Set(found.map((customer) => customer.customerNo));
  const refused = wanted.filter((customerNo) => !known.has(customerNo));
  if (refused.length > 0) {
    await context.audit.record(auditEventBy(caller, { action: EVENTS_AUDIT.external, result: 'DENIED', details: { reason: 'CUSTOMERS_NOT_FOUND', count: refused.length } }));
    throw new DomainError('CONTACT_EXTERNAL_CUSTOMERS_NOT_FOUND', `no such customers in your scope: ${refused.slice(0, 20).join(', ')}`, {
      customerNos: refused,
      count: refused.length,
    });
  }
  const customerIds = found.map((customer) => customer.id);
  const today = await todayInDatabase(context.pool);
  const id = await inTransaction(context.pool, async (client) => {
    const externalEventId = await insertExternalEvent(client, { ...body, orgId: caller.orgId, staffId: caller.staffId, customerIds });
    await detectExternal(client, today, externalEventId);
    return externalEventId;
  });
  await context.audit.record(
    auditEventBy(caller, { action: EVENTS_AUDIT.external, result: 'ALLOWED', customerIds, details: { externalEventId: id.toString(), title: body.title, eventDate: body.eventDate } }),
  );
  return { id: id.toString(), customers: customerIds.length };
}

export async function externalEvents(context: ApiContext, caller: ApiCaller) {
  const rows = await listExternalEvents(context.pool, viewerOf(caller), 200);
  return {
    items: rows.map((row) => ({
      id: row.id.toString(),
      title: row.title,
      description: row.description,
      eventDate: row.eventDate,
      org: { code: row.orgCode, name: row.orgName },
      createdBy: { staffNo: row.createdByStaffNo, name: row.createdByName },
      createdAt: row.createdAt.toISOString(),
      customers: row.customers,
    })),
  };
}

const presentRun = (row: DetectionRunRow) => ({
  id: row.id.toString(),
  businessDate: row.businessDate,
  status: row.status,
  counts: row.counts,
  startedAt: row.startedAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
  error: row.error,
});

export async function detectionRuns(context: ApiContext) {
  return { items: (await listRuns(context.pool)).map(presentRun) };
}

/**
 * Starts detection and the plan build for a date (default today) as a job of the server's
 * worker; the run is recorded at once (RUNNING) so the data page shows it waiting.
 */
export async function startDetection(context: ApiContext, caller: ApiCaller, body: { date?: string | undefined }) {
  const jobs = context.jobs;
  if (!jobs) throw new DomainError('CONTACT_DETECTION_UNAVAILABLE', 'background jobs are not running in this process');
  const today = await todayInDatabase(context.pool);
  const date = body.date ?? today;
  if (date > today) {
    throw new DomainError('CONTACT_DETECTION_DATE_IN_FUTURE', `detection runs for today or an earlier day, not ${date}`, { date, today });
  }
  const runId = await recordRequestedRun(context.pool, date);
  try {
    await enqueueDetection(jobs, { date, runId: runId.toString() });
  } catch (error) {
    await finishRun(context.pool, runId, { status: 'FAILED', counts: {}, error: 'the job could not be queued' });
    throw error;
  }
  await context.audit.record(auditEventBy(caller, { action: EVENTS_AUDIT.detect, result: 'ALLOWED', details: { runId: runId.toString(), date } }));
  return { id: runId.toString() };
}
