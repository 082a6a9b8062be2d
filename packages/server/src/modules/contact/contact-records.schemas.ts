/** Shapes of the contact record API (联络记录, docs/api.md "Contact"). */
import { z } from 'zod';
import { CONTACT_CHANNELS, CONTACT_PURPOSES } from './contact-rules.schemas.ts';
import { customerRef, isoDate, positiveId, staffRef } from './contact-support.ts';

export const CONTACT_OUTCOMES = ['REACHED', 'NOT_REACHED', 'DECLINED', 'APPOINTMENT', 'COMPLETED'] as const;

export const recordBody = z.strictObject({
  customerNo: z.string().trim().min(1).max(32),
  channel: z.enum(CONTACT_CHANNELS),
  purpose: z.enum(CONTACT_PURPOSES),
  occurredAt: z.iso.datetime({ offset: true }).describe('when the contact took place (not in the future)'),
  durationMinutes: z.number().int().min(0).max(1440).optional(),
  outcome: z.enum(CONTACT_OUTCOMES),
  notes: z.string().trim().max(2000).default(''),
  nextStep: z.string().trim().max(500).default(''),
  nextStepOn: isoDate.optional(),
  /** Plan items this contact did: they close (DONE) with it. */
  planItemIds: z.array(positiveId('a plan item id')).max(20).default([]),
});
export type RecordBody = z.infer<typeof recordBody>;

export const contactRecord = z.object({
  id: z.string(),
  customer: customerRef,
  staff: staffRef,
  channel: z.enum(CONTACT_CHANNELS),
  purpose: z.enum(CONTACT_PURPOSES),
  occurredAt: z.string(),
  durationMinutes: z.number().int().nullable(),
  outcome: z.enum(CONTACT_OUTCOMES),
  notes: z.string(),
  nextStep: z.string(),
  nextStepOn: z.string().nullable(),
  planItemIds: z.array(z.string()),
});
export type ContactRecordResponse = z.infer<typeof contactRecord>;
export const contactRecordList = z.object({ items: z.array(contactRecord) });
