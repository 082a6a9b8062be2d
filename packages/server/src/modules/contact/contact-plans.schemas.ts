/** Shapes of the contact plan API (约访计划, docs/api.md "Contact"). */
import { z } from 'zod';
import { wholeNumber } from '../../platform/http/query-params.ts';
import { TIER_CODES } from '../tiers/tiers.rules.ts';
import { CONTACT_EVENT_TYPES } from './contact-event-messages.ts';
import { CONTACT_CHANNELS } from './contact-rules.schemas.ts';
import { isoDate, positiveId, staffRef } from './contact-support.ts';

export const planItem = z.object({
  id: z.string(),
  customer: z.object({ id: z.string(), customerNo: z.string(), name: z.string(), serviceTier: z.enum(TIER_CODES).nullable() }),
  staff: staffRef.describe('who should do it: the maintainer, or the supporting advisor it was handed to'),
  maintainer: staffRef,
  source: z.enum(['RULE', 'EVENT']),
  ruleCode: z.string().nullable(),
  eventType: z.enum(CONTACT_EVENT_TYPES).nullable(),
  dueOn: z.string(),
  overdue: z.boolean(),
  priority: z.number().int().describe('higher first: tier, reason, due date and overdue'),
  suggestedChannel: z.enum(CONTACT_CHANNELS),
  reason: z.object({ code: z.string().describe('the rule kind (RULE) or the event type (EVENT)'), facts: z.record(z.string(), z.unknown()), text: z.string() }),
  talkingPoint: z.string(),
  status: z.enum(['OPEN', 'DONE', 'CANCELLED']),
  postponedFrom: z.string().nullable(),
  postponeReason: z.string().nullable(),
});
export type PlanItemResponse = z.infer<typeof planItem>;

export const planItemIdParams = z.strictObject({ planItemId: positiveId('a plan item id') });


/** Today's list is paged: the page shows 50 items; a longer page is allowed up to this. */
export const TODAY_MAX_PAGE_SIZE = 200;
export const TODAY_PAGE_SIZE = 50;

export const todayQuery = z.strictObject({
  staffNo: z.string().trim().min(1).max(32).optional(),
  page: wholeNumber(100_000).default(1),
  pageSize: wholeNumber(TODAY_MAX_PAGE_SIZE).default(TODAY_PAGE_SIZE),
});
export const todayResponse = z.object({
  date: z.string(),
  items: z.array(planItem).describe('one page of the ranking: overdue first, then priority, due date and id'),
  total: z.number().int().describe('open items due by today (overdue or due today) the list holds, over all pages'),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.object({ overdue: z.number().int(), dueToday: z.number().int(), doneToday: z.number().int() }),
});

export const planQuery = z.strictObject({
  from: isoDate,
  to: isoDate,
  staffNo: z.string().trim().min(1).max(32).optional(),
  orgId: z.string().regex(/^[1-9]\d{0,8}$/, 'an org id').optional(),
});
export const planResponse = z.object({ items: z.array(planItem) });

export const postponeBody = z.strictObject({ to: isoDate, reason: z.string().trim().min(1).max(500) });
export const reassignBody = z.strictObject({});
