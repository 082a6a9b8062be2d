/** Shapes of the potential customer lists (docs/api.md "Potential customers"). */
import { z } from 'zod';
import { TIER_CODES } from '../tiers/tiers.rules.ts';
import { POTENTIAL_KINDS } from './potentials.rules.ts';

export const MAX_POTENTIAL_PAGE_SIZE = 100;

export const potentialQuery = z.strictObject({
  kind: z.enum(POTENTIAL_KINDS),
  outletId: z.coerce.number().int().positive().optional(),
  maintainerStaffNo: z.string().trim().min(1).max(32).optional(),
  near: z.string().regex(/^0\.\d{1,2}$/, 'a ratio such as 0.80').default('0.80').describe('NEAR_THRESHOLD: metric ≥ near × the next threshold'),
  minProducts: z.coerce.number().int().min(2).max(50).default(3).describe('MANY_PRODUCTS: at least this many distinct products in active accounts'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_POTENTIAL_PAGE_SIZE).default(50),
});
export type PotentialQueryInput = z.infer<typeof potentialQuery>;

const tier = z.enum(TIER_CODES);
export const potentialList = z.object({
  kind: z.enum(POTENTIAL_KINDS),
  evaluation: z.object({ policyCode: z.string(), month: z.string() }).nullable(),
  total: z.number().int(),
  items: z.array(
    z.object({
      customer: z.object({ id: z.string(), customerNo: z.string(), name: z.string(), outletCode: z.string(), outletName: z.string() }),
      maintainer: z.object({ staffNo: z.string(), name: z.string() }).nullable(),
      qualifiedTier: tier.nullable(),
      serviceTier: tier.nullable(),
      metric: z.string().nullable().describe('yuan, the metric of the evaluation in force'),
      reason: z.string().describe("why the customer is on the list, in the caller's language"),
    }),
  ),
});

export const flagBody = z.strictObject({ reason: z.string().trim().min(1).max(200) });
export const flagResponse = z.object({ customerId: z.string(), reason: z.string() });
