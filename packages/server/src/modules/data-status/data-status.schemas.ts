/** Shapes of GET /api/data-status (docs/api.md "Data status"). */
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const month = z.string().regex(/^\d{4}-\d{2}$/);
const policy = z.object({ code: z.string(), version: z.number().int() });

/** The most gap ranges listed; `gaps.rangeCount` tells how many there are. */
export const MAX_GAP_RANGES = 100;

export const dataStatusView = z.object({
  lastImport: z
    .object({
      id: z.string().regex(/^\d+$/),
      finishedAt: z.string().describe('ISO 8601'),
      actor: z.string().describe('staff number or system job that ran it'),
      sourceDir: z.string(),
      daysClosed: z.array(day).describe('the business days the import closed'),
    })
    .nullable()
    .describe('the latest import that changed data (status APPLIED); null before the first'),
  closedDays: z.object({
    first: day.nullable(),
    last: day.nullable().describe('the last closed business day'),
    count: z.number().int(),
    lastClosedAt: z.string().nullable().describe('when the latest close was written, ISO 8601'),
  }),
  gaps: z.object({
    days: z.number().int().describe('calendar days without balances between the first and the last closed day'),
    rangeCount: z.number().int(),
    ranges: z.array(z.object({ from: day, to: day, days: z.number().int() })).describe(`the first ${MAX_GAP_RANGES} runs of missing days`),
  }),
  policyInForce: z.string().nullable().describe('the code of the latest successful evaluation; its results are the customers’ current tiers'),
  evaluations: z
    .array(
      z.object({
        runId: z.string(),
        policy,
        month,
        customers: z.number().int(),
        qualifiedCounts: z.record(z.string(), z.number().int()),
        finishedAt: z.string(),
        inForce: z.boolean(),
      }),
    )
    .describe('per policy code, its latest successful evaluation'),
  runningEvaluation: z
    .object({ runId: z.string(), policy, month, startedAt: z.string() })
    .nullable()
    .describe('the evaluation started from the API that is running now'),
  unevaluableMonths: z
    .array(
      z.object({
        policy,
        metric: z.string(),
        gapHandling: z.enum(['REFUSE', 'CARRY_FORWARD']),
        inForce: z.boolean(),
        month,
        reason: z.enum(['MONTH_NOT_CLOSED', 'DATA_GAP']).describe('the error the evaluation would end with'),
        missingDays: z.number().int().describe('days of the evaluation window without balances'),
      }),
    )
    .describe('per active policy, the months between the first and the last closed day that cannot be evaluated because days are missing'),
});
export type DataStatusView = z.infer<typeof dataStatusView>;
