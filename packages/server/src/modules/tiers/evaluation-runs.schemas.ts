/** Shapes of /api/evaluation-runs (docs/api.md "Evaluation runs"). */
import { z } from 'zod';
import { EVALUATION_PHASES } from './evaluation-runs.rules.ts';
import { EVALUATION_STATUSES, TIER_CODES } from './tiers.rules.ts';
import { month, pageInfo, paging, policyCode } from './tiers.schemas.ts';

export const evaluationRunsQuery = z.strictObject({
  policyCode: policyCode.optional(),
  month: month.optional(),
  ...paging,
});
export type EvaluationRunsQuery = z.infer<typeof evaluationRunsQuery>;

export const evaluationRunParams = z.strictObject({
  id: z
    .string()
    .regex(/^[1-9]\d{0,18}$/, 'an evaluation run id is a positive whole number')
    // zod runs a refinement even after the pattern failed: test the pattern again before BigInt.
    .refine((value) => /^\d+$/.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n, 'an evaluation run id is a positive whole number'),
});

export const evaluationRunBody = z.strictObject({ month, policyCode });
export type EvaluationRunBody = z.infer<typeof evaluationRunBody>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const evaluationRunView = z.object({
  id: z.string().regex(/^\d+$/).describe('a bigint as a decimal string'),
  policy: z.object({ code: z.string(), version: z.number().int() }),
  month,
  actor: z.string().describe('staff number, or the system job, that ran it'),
  status: z.enum(['RUNNING', 'SUCCEEDED', 'FAILED']),
  phase: z
    .enum(EVALUATION_PHASES)
    .nullable()
    .describe('the step a run started from the API reached: window (window metrics), evaluate (results); null before the first and for runs of the command line'),
  progress: z
    .object({ done: z.number().int(), total: z.number().int() })
    .describe('steps finished of all steps (an evaluation is a few set-based statements, not counted per customer)'),
  startedAt: z.string().describe('ISO 8601'),
  finishedAt: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  customers: z.number().int(),
  qualifiedCounts: z.partialRecord(z.enum(TIER_CODES), z.number().int()).describe('customers by qualified tier; empty for a failed run'),
  serviceCounts: z.partialRecord(z.enum(TIER_CODES), z.number().int()),
  statusCounts: z.partialRecord(z.enum(EVALUATION_STATUSES), z.number().int()),
  window: z
    .object({ start: day, end: day, days: z.number().int(), carriedForwardDays: z.array(day) })
    .nullable()
    .describe('the days the metric was computed over; null for a failed run'),
  error: z.string().nullable().describe('why a FAILED run failed (a data gap, an unclosed month …)'),
  errorCode: z
    .string()
    .nullable()
    .describe('the error code of a failed run started from the API (DATA_GAP, MONTH_NOT_CLOSED, EVALUATION_INTERRUPTED …; docs/errors.md)'),
});

export const evaluationRunList = z.object({ runs: z.array(evaluationRunView), ...pageInfo });
