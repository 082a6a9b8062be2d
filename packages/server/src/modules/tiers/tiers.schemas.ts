/**
 * Request and response shapes of the tier APIs (docs/api.md): tier policies here, and the
 * pieces the summary and evaluation-run schemas share. Query strings are strict: an unknown key
 * is refused, so a misspelt filter never silently changes what is counted.
 */
import { z } from 'zod';
import { wholeNumber } from '../../platform/http/query-params.ts';
import { POLICY_CODE_PATTERN } from './tier-policy.rules.ts';
import { tierPolicyFileSchema } from './tier-policy.schemas.ts';
import { APPROVER_LEVELS, GAP_HANDLINGS, TIER_CODES, VIP_TIERS, WINDOW_METRICS } from './tiers.rules.ts';

export const tierCode = z.enum(TIER_CODES);
/** Money as a decimal string in yuan ("523118.40"): JSON numbers would lose cents. */
export const money = z.string().regex(/^-?\d+\.\d{2}$/).describe('yuan, a decimal string with two decimals');
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is YYYY-MM, such as 2026-09');
export const policyCode = z
  .string()
  .max(64)
  .regex(POLICY_CODE_PATTERN, 'a policy code is lowercase letters, digits and hyphens, such as rolling-quarter-2020');

export const MAX_PAGE_SIZE = 100;
export const paging = {
  page: wholeNumber(1_000_000).default(1),
  pageSize: wholeNumber(MAX_PAGE_SIZE).default(20),
};
export const pageInfo = { total: z.number().int(), page: z.number().int(), pageSize: z.number().int() };

export const policyCodeParams = z.strictObject({ code: policyCode });
export const policyVersionParams = z.strictObject({ code: policyCode, version: wholeNumber() });

/** A stored version: the policy file (docs/tier-policies.md) and when and by whom it was stored. */
export const tierPolicyView = z.object({
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  description: z.string(),
  metric: z.enum(WINDOW_METRICS),
  tiers: z.array(z.object({ tier: z.enum(VIP_TIERS), threshold: money, specialAdmissionApprover: z.enum(APPROVER_LEVELS) })),
  graceMonths: z.number().int(),
  autoUpgrade: z.boolean(),
  gapHandling: z.enum(GAP_HANDLINGS),
  active: z.boolean().describe('the version evaluations of the code use'),
  status: z.enum(['ACTIVE', 'DRAFT', 'RETIRED']).describe('DRAFT: never activated; RETIRED: activated once, replaced since'),
  createdAt: z.string().describe('ISO 8601'),
  createdBy: z.string(),
  activatedAt: z.string().nullable().describe('ISO 8601, the latest activation; null for a draft'),
  activatedBy: z.string().nullable(),
});

export const tierPolicyList = z.object({
  policies: z.array(
    z.object({
      code: z.string(),
      versions: z.number().int(),
      activeVersion: z.number().int().nullable(),
      policy: tierPolicyView.describe('the active version, or the latest when none is active'),
    }),
  ),
});

export const tierPolicyVersions = z.object({
  code: z.string(),
  versions: z.array(tierPolicyView).describe('oldest first'),
});

/** The body of a new version: the policy file itself (docs/tier-policies.md). */
export const tierPolicyBody = tierPolicyFileSchema.describe(
  'a tier policy file (docs/tier-policies.md); every problem is answered at once as 422 TIER_POLICY_INVALID with details.problems [{path, message}]',
);

export const tierPolicyCreated = z.object({
  created: z.boolean().describe('false: the body equals the active version (a draft: the latest version), nothing was stored'),
  policy: tierPolicyView,
});

export const tierPolicyActivated = z.object({
  changed: z.boolean().describe('false: the version was already the active one'),
  previousVersion: z.number().int().nullable().describe('the version active before'),
  policy: tierPolicyView,
  effect: z.string().describe('what activating changes, in the caller\'s language'),
});
