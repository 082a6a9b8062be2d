/** Shapes of GET /api/tiers/trend (docs/api.md "Tier trend"). */
import { z } from 'zod';
import { TIER_CODES, WINDOW_METRICS } from './tiers.rules.ts';
import { wholeNumber } from '../../platform/http/query-params.ts';
import { money, month, policyCode } from './tiers.schemas.ts';

export const MAX_TREND_MONTHS = 24;
export const DEFAULT_TREND_MONTHS = 12;

export const tierTrendQuery = z.strictObject({
  month: month.optional().describe('the last month of the window; default: the latest month evaluated under the policy'),
  months: wholeNumber(MAX_TREND_MONTHS)
    .optional()
    .describe(`how many months the window spans, ending with month (default ${DEFAULT_TREND_MONTHS}, at most ${MAX_TREND_MONTHS})`),
  policyCode: policyCode.optional().describe('default: the policy in force (of the latest evaluation)'),
  orgId: wholeNumber().optional().describe("default: the caller's own org"),
});
export type TierTrendQuery = z.infer<typeof tierTrendQuery>;

const tierFigure = z.object({ customers: z.number().int(), metricTotal: money });

export const tierTrendResponse = z.object({
  policy: z.object({ code: z.string() }),
  org: z.object({ id: z.number().int(), code: z.string(), name: z.string(), level: z.string() }),
  basis: z.enum(['ORG', 'OWN_CUSTOMERS']),
  from: month.describe('first month of the window'),
  to: month.describe('last month of the window'),
  months: z
    .array(
      z.object({
        month,
        policyVersion: z.number().int().describe('the version read: the highest that evaluated the month'),
        metric: z.enum(WINDOW_METRICS),
        customers: z.number().int(),
        metricTotal: money,
        serviceTiers: z.object(Object.fromEntries(TIER_CODES.map((tier) => [tier, tierFigure])) as Record<(typeof TIER_CODES)[number], typeof tierFigure>),
      }),
    )
    .describe('the months of the window evaluated under the policy, oldest first; a month never evaluated is absent'),
});
