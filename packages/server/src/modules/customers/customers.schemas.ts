/**
 * Request and response shapes of /api/customers (docs/customer-api.md). Requests are strict:
 * an unknown key is refused, so a misspelt filter never silently widens a search. Responses are
 * whitelists: the serializer drops any key not listed here, a second guard behind the presenter.
 */
import { z } from 'zod';
import { EVALUATION_STATUSES, TIER_CODES } from '../tiers/tiers.rules.ts';

export const SEARCH_SORTS = ['customerNo', 'name', 'serviceTier', 'aum'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export const MAX_PAGE_SIZE = 100;
/** Paging stops here (page × pageSize): deep offsets cost a scan of every row before them. */
export const MAX_SEARCH_WINDOW = 10_000;
/** The sensitive fields a maintainer may ask to see in full (DOMAIN.md §11, §13 C2 data). */
export const IN_FULL_FIELDS = ['ID_NUMBER', 'MOBILE', 'EMAIL', 'ACCOUNT_NUMBER'] as const;
export type InFullField = (typeof IN_FULL_FIELDS)[number];

const tier = z.enum(TIER_CODES);
const text = (max: number) => z.string().trim().min(1).max(max);
/** Money as a decimal string in yuan ("523118.40"): JSON numbers would lose cents. */
const money = z.string().regex(/^-?\d+\.\d{2}$/).describe('yuan, a decimal string with two decimals');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const month = z.string().regex(/^\d{4}-\d{2}$/);
const id = z.string().regex(/^\d+$/).describe('a bigint as a decimal string');

export const customerIdParams = z.strictObject({
  customerId: z
    .string()
    // One check: zod runs every check even after one fails, and BigInt() of a non-number throws.
    .refine((value) => /^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n, 'a customer id is a positive whole number'),
});

/** "UP" / "DOWN": the service tier of the evaluation in force against the month before it, by tier rank. */
export const TIER_CHANGES = ['UP', 'DOWN'] as const;
export type TierChange = (typeof TIER_CHANGES)[number];
const status = z.enum(EVALUATION_STATUSES);

/**
 * What a search matches, without paging or order: also the criteria a saved filter stores
 * (modules/saved-filters), so that a saved filter is always a valid search.
 */
export const searchCriteria = z.strictObject({
  q: text(64).optional().describe('name prefix, or an exact customer number'),
  customerNo: text(32).optional(),
  phone: text(32)
    // Without digits it would hash the empty number, which no stored phone should match.
    .refine((value) => /\d/.test(value), 'a phone number has digits')
    .optional()
    .describe('matched exactly on its keyed hash; +86, spaces and dashes are ignored'),
  idNumber: text(32).optional().describe('matched exactly on its keyed hash; case and spaces are ignored'),
  serviceTier: z.union([tier, z.array(tier).min(1).max(TIER_CODES.length)]).optional(),
  outletId: z.number().int().positive().optional(),
  orgId: z
    .number()
    .int()
    .positive()
    .optional()
    .describe("customers whose home outlet is in this org's subtree, within your scope; an org outside your scope matches nobody"),
  maintainerStaffNo: text(32).optional(),
  status: z
    .union([status, z.array(status).min(1).max(EVALUATION_STATUSES.length)])
    .optional()
    .describe('the status of the evaluation in force'),
  tierChange: z.enum(TIER_CHANGES).optional().describe('service tier of the evaluation in force above (UP) or below (DOWN) the month before'),
});
export type SearchCriteria = z.infer<typeof searchCriteria>;

export const searchOrder = {
  sort: z.enum(SEARCH_SORTS).default('customerNo'),
  order: z.enum(['asc', 'desc']).default('asc'),
};

export const searchBody = searchCriteria
  .extend({
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
    ...searchOrder,
  })
  .refine((body) => body.page * body.pageSize <= MAX_SEARCH_WINDOW, {
    message: `page × pageSize may not exceed ${MAX_SEARCH_WINDOW}: narrow the search instead`,
    path: ['page'],
  });
export type SearchBody = z.infer<typeof searchBody>;

const outlet = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
const staffRef = z.object({ staffNo: z.string(), name: z.string() });
const countsByTier = z.object(Object.fromEntries(TIER_CODES.map((code) => [code, z.number().int()])) as Record<(typeof TIER_CODES)[number], z.ZodNumber>);

/** What the hall and the counter need to greet, route and refer (lobby manager, teller). */
export const limitedSearchItem = z.object({
  customerId: id,
  customerNo: z.string(),
  name: z.string(),
  gender: z.string(),
  serviceTier: tier.nullable(),
  homeOutlet: outlet,
  maintainer: staffRef.nullable(),
});

export const fullSearchItem = limitedSearchItem.extend({
  idType: z.string(),
  idNumber: z.string().describe('masked'),
  mobile: z.string().describe('masked'),
  qualifiedTier: tier.nullable(),
  status: z.enum(EVALUATION_STATUSES).nullable(),
  aumMonthAvg: money.nullable().describe('average daily AUM of the tier month'),
});

const pageCommon = {
  total: z.number().int().describe('customers matching; a lower bound when totalExact is false'),
  totalExact: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  countsByTier: countsByTier.nullable().describe('by service tier, within the scope and every filter but the tier filter; null when not counted exactly'),
  notEvaluated: z.number().int().nullable().describe('customers matching that the evaluation in force did not include'),
  tierMonth: month.nullable(),
  policyCode: z.string().nullable(),
};

export const searchResponse = z.discriminatedUnion('view', [
  z.object({ view: z.literal('FULL'), ...pageCommon, items: z.array(fullSearchItem) }).describe('for customer.read'),
  z.object({ view: z.literal('LIMITED'), ...pageCommon, items: z.array(limitedSearchItem) }).describe('for customer.read.limited only'),
]);

const thresholds = z.array(z.object({ tier, threshold: money }));
const explanation = z.object({
  policy: z.object({ code: z.string(), version: z.number().int(), name: z.string() }),
  metric: z.string(),
  value: money,
  window: z.object({ start: day, end: day, days: z.number().int(), carriedForwardDays: z.array(day) }),
  thresholds,
  rule: z.enum(EVALUATION_STATUSES),
  qualifiedTier: tier,
  previousServiceTier: tier.nullable(),
  serviceTier: tier,
  substandardMonths: z.number().int(),
  graceMonths: z.number().int(),
  autoUpgrade: z.boolean(),
  decidingRule: z
    .string()
    .describe('why the qualified tier, in one line in the caller\'s language: "ROLLING_QUARTER_AVG 523,118.40 ≥ PLATINUM 500,000.00 under rolling-quarter-2020 v1"'),
  lines: z.array(z.string()).describe("the trail in words, in the caller's language (Accept-Language)"),
});

const holding = z.object({
  accountId: id,
  accountNumber: z.string().describe('masked'),
  product: z.object({ code: z.string(), name: z.string(), category: z.string(), riskLevel: z.string(), countsTowardAum: z.boolean() }),
  currency: z.string(),
  openedOn: day,
  maturityOn: day.nullable(),
  status: z.string(),
  balance: z.object({ asOf: day, amount: money, amountCny: money }).nullable().describe('end of the latest closed day; null: not in that day’s balances'),
});

export const customerFile = z.object({
  customerId: id,
  customerNo: z.string(),
  name: z.string(),
  gender: z.string(),
  birthDate: day.nullable(),
  idType: z.string(),
  idNumber: z.string().describe('masked'),
  mobile: z.string().describe('masked'),
  email: z.string().describe('masked'),
  occupation: z.string(),
  openedOn: day,
  homeOutlet: outlet,
  maintainer: staffRef.nullable(),
  advisor: staffRef.nullable(),
  tier: z.object({
    month: month.nullable(),
    policyCode: z.string().nullable(),
    serviceTier: tier.nullable(),
    qualifiedTier: tier.nullable(),
    status: z.enum(EVALUATION_STATUSES).nullable(),
  }),
  holdings: z.object({
    asOf: day.nullable().describe('the latest closed day the balances are from'),
    accounts: z.array(holding),
    totals: z.object({ aumCny: money, otherCny: money.describe('holdings that do not count toward AUM: loans, cards') }),
  }),
  aum: z.object({
    daily: z.array(z.object({ day, aum: money })).describe('the last 90 closed days, oldest first'),
    monthly: z
      .array(z.object({ month, average: money, days: z.number().int(), complete: z.boolean() }))
      .describe('average daily AUM per month, the last 24 months, oldest first'),
  }),
  tierHistory: z.array(z.object({ month, explanation })).describe('evaluations under the policy in force, the last 24 months, newest first'),
});

export const showInFullBody = z.strictObject({
  fields: z
    .array(z.enum(IN_FULL_FIELDS))
    .min(1)
    .max(IN_FULL_FIELDS.length)
    .refine((fields) => new Set(fields).size === fields.length, 'each field at most once'),
  reason: z.string().trim().min(5).max(200),
});

export const showInFullResponse = z.object({
  customerId: id,
  idNumber: z.string().optional(),
  mobile: z.string().optional(),
  email: z.string().optional(),
  accountNumbers: z.array(z.object({ accountId: id, accountNumber: z.string() })).optional(),
});
