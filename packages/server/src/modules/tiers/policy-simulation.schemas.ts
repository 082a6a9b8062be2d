/** Request and response shapes of the policy simulator (docs/api.md "Policy simulator"). */
import { z } from 'zod';
import { EVALUATION_STATUSES, GAP_HANDLINGS, TIER_CODES, VIP_TIERS, WINDOW_METRICS } from './tiers.rules.ts';
import { money, month } from './tiers.schemas.ts';

export const simulationBody = z.strictObject({ month: month.describe('an evaluated month, YYYY-MM') });

const tierCounts = z.object(Object.fromEntries(TIER_CODES.map((tier) => [tier, z.number().int()])) as Record<(typeof TIER_CODES)[number], z.ZodNumber>);
const vipCounts = z.object(Object.fromEntries(VIP_TIERS.map((tier) => [tier, z.number().int()])) as Record<(typeof VIP_TIERS)[number], z.ZodNumber>);
const rmNeed = z.object({ byTier: vipCounts.describe('ceil(customers of the tier / ratio)'), total: z.number().int() });

const figures = {
  customers: z.number().int(),
  up: z.number().int().describe('simulated service tier above the tier in force'),
  down: z.number().int(),
  unchanged: z.number().int(),
  notEvaluated: z.number().int().describe('customers without a tier in force for the month (not in its evaluation)'),
  before: tierCounts.describe('customers by service tier in force'),
  after: tierCounts.describe('customers by simulated service tier'),
  rms: z.object({ before: rmNeed, after: rmNeed, difference: z.number().int().describe('after − before') }),
};

const policyRef = z.object({
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  status: z.enum(['ACTIVE', 'DRAFT', 'RETIRED']),
  metric: z.enum(WINDOW_METRICS),
  tiers: z.array(z.object({ tier: z.enum(VIP_TIERS), threshold: money })),
  graceMonths: z.number().int(),
  autoUpgrade: z.boolean(),
  gapHandling: z.enum(GAP_HANDLINGS),
});

const matrix = z.array(z.object({ from: z.enum(TIER_CODES).nullable().describe('tier in force; null: not evaluated'), to: tierCounts }));
const orgRef = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
const moves = z.object({ customers: z.number().int(), up: z.number().int(), down: z.number().int(), unchanged: z.number().int(), notEvaluated: z.number().int() });

export const simulationResponse = z.object({
  month: z.string(),
  candidate: policyRef.describe('the version simulated'),
  baseline: policyRef.describe('the version whose evaluation of the month holds the service tiers in force'),
  previousEvaluation: z
    .object({ month: z.string(), version: z.number().int() })
    .nullable()
    .describe("the month − 1 evaluation under the candidate's code its service tiers follow from; null: every customer is initial"),
  metricSource: z.enum(['EVALUATION', 'WINDOW']).describe("EVALUATION: the baseline's stored metric (same metric and gap handling); WINDOW: computed from the monthly sums"),
  capacityRatios: vipCounts.describe('customers per RM by tier (DOMAIN.md §6)'),
  total: z.object({
    ...figures,
    statuses: z.object(Object.fromEntries(EVALUATION_STATUSES.map((status) => [status, z.number().int()])) as Record<(typeof EVALUATION_STATUSES)[number], z.ZodNumber>),
    qualifiedMoves: moves.describe('moves counted on the simulated qualified tier (assets alone)'),
  }),
  serviceMatrix: matrix.describe('tier in force × simulated service tier'),
  qualifiedMatrix: matrix.describe('tier in force × simulated qualified tier'),
  branches: z.array(z.object({ org: orgRef.nullable().describe('null: outlets under no branch'), outlets: z.number().int(), ...figures })),
  outlets: z.array(z.object({ org: orgRef, branch: orgRef.nullable(), ...figures })),
  durationMs: z.number().int(),
});

export const simulationMonthsResponse = z.object({
  policyInForce: z.object({ code: z.string() }).nullable().describe('the code of the latest successful evaluation; null: nothing evaluated yet'),
  months: z.array(z.string()).describe('months evaluated under it, newest first'),
});
