/** Shapes of GET /api/tiers/summary and /api/tiers/transitions (docs/api.md "Tier results"). */
import { z } from 'zod';
import { EVALUATION_STATUSES, TIER_CODES, WINDOW_METRICS } from './tiers.rules.ts';
import { wholeNumber } from '../../platform/http/query-params.ts';
import { money, month, policyCode } from './tiers.schemas.ts';

export const tierResultsQuery = z.strictObject({
  month: month.optional().describe('default: the latest month evaluated under the policy'),
  policyCode: policyCode.optional().describe('default: the policy in force (of the latest evaluation)'),
  orgId: wholeNumber().optional().describe("default: the caller's own org"),
});
export type TierResultsQuery = z.infer<typeof tierResultsQuery>;

const tierFigure = z.object({ customers: z.number().int(), metricTotal: money.describe('sum of the customers’ metric') });
const byTier = z.object(Object.fromEntries(TIER_CODES.map((tier) => [tier, tierFigure])) as Record<(typeof TIER_CODES)[number], typeof tierFigure>);
const countsByTier = z.object(Object.fromEntries(TIER_CODES.map((tier) => [tier, z.number().int()])) as Record<(typeof TIER_CODES)[number], z.ZodNumber>);

const tierFigures = z.object({
  customers: z.number().int(),
  metricTotal: money,
  serviceTiers: byTier,
  qualifiedTiers: byTier,
});

const orgRef = z.object({ id: z.number().int(), code: z.string(), name: z.string(), level: z.string() });

const evaluationRef = {
  policy: z.object({ code: z.string(), version: z.number().int(), metric: z.enum(WINDOW_METRICS) }),
  month,
  org: orgRef,
  basis: z
    .enum(['ORG', 'OWN_CUSTOMERS'])
    .describe('ORG: the customers of the org’s outlets as evaluated; OWN_CUSTOMERS: the customers the caller maintains or supports'),
};

export const tierSummaryResponse = z.object({
  ...evaluationRef,
  total: tierFigures,
  children: z
    .array(tierFigures.extend({ org: orgRef }))
    .describe('one per direct child org, for drilling down; empty for an outlet and for OWN_CUSTOMERS'),
});

export const tierTransitionsResponse = z.object({
  ...evaluationRef,
  customers: z.number().int(),
  matrix: z
    .array(z.object({ previousServiceTier: z.enum(TIER_CODES).nullable().describe('null: initial evaluation'), serviceTiers: countsByTier }))
    .describe('previous service tier × service tier, initial first, then by tier'),
  statuses: z.object(Object.fromEntries(EVALUATION_STATUSES.map((status) => [status, z.number().int()])) as Record<(typeof EVALUATION_STATUSES)[number], z.ZodNumber>),
});
