/** Shapes of /api/evaluation-runs (docs/api.md "Evaluation runs"). */
import { z } from 'zod';
import { EVALUATION_STATUSES, TIER_CODES } from './tiers.rules.ts';
import { month, pageInfo, paging, policyCode } from './tiers.schemas.ts';

export const evaluationRunsQuery = z.strictObject({
  policyCode: policyCode.optional(),
  month: month.optional(),
  ...paging,
});
export type EvaluationRunsQuery = z.infer<typeof evaluationRunsQuery>;

export const evaluationRunBody = z.strictObject({ month, policyCode });
export type EvaluationRunBody = z.infer<typeof evaluationRunBody>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const evaluationRunView = z.object({
  id: z.string().regex(/^\d+$/).describe('a bigint as a decimal string'),
  policy: z.object({ code: z.string(), version: z.number().int() }),
  month,
  actor: z.string().describe('staff number, or the system job, that ran it'),
  status: z.enum(['RUNNING', 'SUCCEEDED', 'FAILED']),
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
});

export const evaluationRunList = z.object({ runs: z.array(evaluationRunView), ...pageInfo });
