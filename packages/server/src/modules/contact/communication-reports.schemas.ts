/** Request and response shapes of the communication report API (docs/api.md "Communication reports and work log"). */
import { z } from 'zod';
import { CONTACT_CHANNELS } from './contact-rules.schemas.ts';
import { RATING_MAX, RATING_MIN, REPORT_ACTIONS, REPORT_STATUSES } from './communication-reports.rules.ts';

export const positiveId = (what: string) =>
  z.string().refine((value) => /^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n, `${what} is a positive whole number`);

/** A calendar day, YYYY-MM-DD, that exists. */
export const calendarDay = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'a date YYYY-MM-DD');

export const reportIdParams = z.strictObject({ reportId: positiveId('a report id') });

const text = z.string().max(4000);
const content = {
  /** The contact record it reports on: one of the same customer's. */
  contactRecordId: positiveId('a contact record id').nullable().default(null),
  /** The opportunity it served (selling, a later issue). */
  opportunityId: positiveId('an opportunity id').nullable().default(null),
  metOn: calendarDay.describe('the day of the meeting or conversation'),
  keyPoints: text.default(''),
  needs: text.default('').describe("the customer's needs or problems"),
  nextActions: text.default(''),
};

export const createReportBody = z.strictObject({ customerId: positiveId('a customer id'), ...content });
export type CreateReportBody = z.infer<typeof createReportBody>;

export const versioned = { version: z.number().int().min(1).describe('the version read; a newer one on the server means someone changed it first (409)') };
export const updateReportBody = z.strictObject({ ...versioned, ...content });
export type UpdateReportBody = z.infer<typeof updateReportBody>;

export const submitReportBody = z.strictObject(versioned);

const rating = z.number().int().min(RATING_MIN).max(RATING_MAX);
export const reviewReportBody = z.strictObject({
  ...versioned,
  decision: z.enum(['REVIEWED', 'RETURNED']),
  effectiveness: rating.nullable().default(null).describe('1 (poor) to 5 (excellent); required to approve'),
  compliance: rating.nullable().default(null),
  progress: rating.nullable().default(null),
  /** Required to return a report (the author must learn what to fix). */
  comment: z.string().trim().max(1000).default(''),
});
export type ReviewReportBody = z.infer<typeof reviewReportBody>;

export const REPORT_LIST_KINDS = ['mine', 'inbox', 'reviewed'] as const;
export type ReportListKind = (typeof REPORT_LIST_KINDS)[number];
export const reportListQuery = z.strictObject({ kind: z.enum(REPORT_LIST_KINDS) });

const staffRef = z.object({ staffNo: z.string(), name: z.string() });
const status = z.enum(REPORT_STATUSES);
const ratings = z.object({ effectiveness: z.number().int(), compliance: z.number().int(), progress: z.number().int() });

export const report = z.object({
  id: z.string(),
  customer: z.object({ id: z.string(), customerNo: z.string(), name: z.string(), outletCode: z.string(), outletName: z.string() }),
  author: staffRef,
  contactRecord: z.object({ id: z.string(), channel: z.enum(CONTACT_CHANNELS), occurredAt: z.string() }).nullable(),
  opportunityId: z.string().nullable(),
  metOn: z.string(),
  keyPoints: z.string(),
  needs: z.string(),
  nextActions: z.string(),
  status,
  version: z.number().int(),
  submittedAt: z.string().nullable(),
  review: z
    .object({ decision: z.enum(['REVIEWED', 'RETURNED']), reviewer: staffRef, ratings: ratings.nullable(), comment: z.string(), reviewedAt: z.string() })
    .nullable()
    .describe('the latest review, until the report is submitted again'),
  history: z.array(z.object({ from: status.nullable(), to: status, by: staffRef, ratings: ratings.nullable(), comment: z.string(), at: z.string() })),
  actions: z.array(z.enum(REPORT_ACTIONS)).describe('what the caller may do now'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReportResponse = z.infer<typeof report>;
export const reportList = z.object({ items: z.array(report) });
