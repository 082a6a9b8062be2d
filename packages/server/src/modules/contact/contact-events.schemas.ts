/** The contact events API (docs/api.md "Contact events"): shapes shared by the routes and the web client. */
import { z } from 'zod';
import { CONTACT_EVENT_KINDS, CONTACT_EVENT_TYPES } from './contact-event-messages.ts';
import { customerRef, isoDate } from './contact-support.ts';

export const contactEvent = z.object({
  id: z.string(),
  customer: customerRef,
  kind: z.enum(CONTACT_EVENT_KINDS),
  type: z.enum(CONTACT_EVENT_TYPES),
  /** The day the event concerns (the birthday, the maturity, the day of the movement). */
  eventDate: z.string(),
  /** The detection date that found it. */
  detectedOn: z.string(),
  /** The data the text names: amounts as decimal strings, dates as YYYY-MM-DD. */
  facts: z.record(z.string(), z.unknown()),
  /** The event in the caller's language (Accept-Language). */
  text: z.string(),
});
export type ContactEventResponse = z.infer<typeof contactEvent>;

export const contactEventList = z.object({ items: z.array(contactEvent) });

export const eventsQuery = z.strictObject({
  from: isoDate,
  to: isoDate,
  type: z.enum(CONTACT_EVENT_TYPES).optional(),
});
export type EventsQuery = z.infer<typeof eventsQuery>;

export const externalEventBody = z.strictObject({
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().max(1000).default(''),
  eventDate: isoDate,
  customerNos: z.array(z.string().trim().min(1).max(40)).min(1).max(10_000),
});
export type ExternalEventBody = z.infer<typeof externalEventBody>;

export const externalEventCreated = z.object({ id: z.string(), customers: z.number().int() });

export const externalEvent = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  eventDate: z.string(),
  org: z.object({ code: z.string(), name: z.string() }),
  createdBy: z.object({ staffNo: z.string(), name: z.string() }),
  createdAt: z.string(),
  customers: z.number().int(),
});
export const externalEventList = z.object({ items: z.array(externalEvent) });

export const detectionRun = z.object({
  id: z.string(),
  businessDate: z.string(),
  status: z.enum(['RUNNING', 'SUCCEEDED', 'FAILED']),
  /** Events inserted per type, plan items, customers covered, timings in ms (see docs/contact-events.md). */
  counts: z.record(z.string(), z.unknown()),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export const detectionRunList = z.object({ items: z.array(detectionRun) });

export const detectionRunBody = z.strictObject({ date: isoDate.optional() });
export const detectionRunAccepted = z.object({ id: z.string() });
