import { z } from 'zod';
import type { PolicyProblem, TierPolicyDraft } from './tier-policy.rules.ts';

/**
 * The shape of a policy file (docs/tier-policies.md). Only the shape is checked here; what the values
 * mean (known tiers, ascending thresholds …) is checked by tier-policy.rules.ts. Unknown keys are
 * refused so that a misspelt "grace_months" is not silently ignored.
 *
 *   {
 *     "code": "rolling-quarter-2020",            lowercase, digits, hyphens; same code → next version
 *     "name": "银行个人贵宾客户管理办法",
 *     "description": "…",                        optional
 *     "metric": "ROLLING_QUARTER_AVG",           MONTH_AVG | ROLLING_QUARTER_AVG | MIN_OF_3_MONTH_AVGS | TWELVE_MONTH_AVG | POINT
 *     "tiers": [                                 lowest first; STANDARD is implicit (0.00) and never listed
 *       { "tier": "GOLD", "threshold": "100000.00", "specialAdmissionApprover": "OUTLET_HEAD" },
 *       { "tier": "PLATINUM", "threshold": "500000.00" }           approver optional (default by tier)
 *     ],                                         thresholds: yuan as strings, ≤ 2 decimals, > 0, strictly ascending, inclusive
 *     "graceMonths": 3,                          optional, default 3
 *     "autoUpgrade": false,                      optional, default false
 *     "gapHandling": "REFUSE"                    optional: REFUSE (default) | CARRY_FORWARD
 *   }
 */
const amount = z.string({
  error: (issue) =>
    issue.input === undefined
      ? 'is required'
      : 'must be a decimal string such as "100000.00" (a JSON number could lose cents)',
});

export const tierPolicyFileSchema = z.strictObject({
  code: z.string({ error: 'is required, as a string' }),
  name: z.string({ error: 'is required, as a string' }),
  description: z.string().optional(),
  metric: z.string({ error: 'is required, as a string' }),
  tiers: z.array(
    z.strictObject({
      tier: z.string({ error: 'is required, as a string' }),
      threshold: amount,
      specialAdmissionApprover: z.string().optional(),
    }),
    { error: 'is required, as a list of tiers' },
  ),
  graceMonths: z.number().optional(),
  autoUpgrade: z.boolean().optional(),
  gapHandling: z.string().optional(),
});

/** The schema's own messages above in Chinese; zod's other wordings stay English. */
const ZH_SHAPE_MESSAGES: Record<string, string> = {
  'is required': '必填',
  'is required, as a string': '必填，须为文本',
  'is required, as a list of tiers': '必填，须为等级列表',
  'must be a decimal string such as "100000.00" (a JSON number could lose cents)': '须为文本形式的金额，例如 "100000.00"（JSON 数字可能丢失分）',
};

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/** Parses the JSON text of a policy file into a draft, or the problems with its shape. */
export function parsePolicyFile(text: string): { ok: true; draft: TierPolicyDraft } | { ok: false; problems: PolicyProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: `is not JSON: ${(error as Error).message}`, zh: '不是有效的 JSON' }] };
  }
  const parsed = tierPolicyFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, draft: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const message = issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.join(', ')}` : issue.message;
      const zh = issue.code === 'unrecognized_keys' ? `未知字段：${issue.keys.join('、')}` : ZH_SHAPE_MESSAGES[issue.message];
      return { path: pathText(issue.path) || '(file)', message, ...(zh !== undefined ? { zh } : {}) };
    }),
  };
}
