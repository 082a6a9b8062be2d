/**
 * The tier policies shipped with Guibin (DOMAIN.md §4, from the seeds). They are data in the
 * file format of docs/tier-policies.md and go through the same validation as an imported file; they are
 * installed as version 1 of their code the first time policies are used (tier-policy.service.ts),
 * never over a code that already exists. Defaults apply: grace 3 months, no automatic upgrade,
 * refuse windows with a data gap, approvers gold → outlet head, platinum → sub-branch head,
 * diamond and private → branch.
 * The any-of preset `hq-level-any-of` needs liability and card-spending metrics that do not exist
 * yet, so it is not shipped.
 */
import { validatePolicy, describeProblems, type TierPolicyDraft } from './tier-policy.rules.ts';
import type { TierPolicyDefinition } from './tiers.rules.ts';

export const TIER_POLICY_PRESETS: readonly TierPolicyDraft[] = [
  {
    code: 'rolling-quarter-2020',
    name: '银行个人贵宾客户管理办法（上月滚动季日均）',
    description: 'Rolling-quarter average daily AUM: gold 10万, platinum 50万, diamond 100万, private banking 600万.',
    metric: 'ROLLING_QUARTER_AVG',
    tiers: [
      { tier: 'GOLD', threshold: '100000.00' },
      { tier: 'PLATINUM', threshold: '500000.00' },
      { tier: 'DIAMOND', threshold: '1000000.00' },
      { tier: 'PRIVATE', threshold: '6000000.00' },
    ],
  },
  {
    code: 'month-avg-4-tier',
    name: 'XX银行个人VIP客户管理办法（上月日均）',
    description: 'Month average daily AUM: gold 5万, platinum 30万, diamond 100万, private banking 600万.',
    metric: 'MONTH_AVG',
    tiers: [
      { tier: 'GOLD', threshold: '50000.00' },
      { tier: 'PLATINUM', threshold: '300000.00' },
      { tier: 'DIAMOND', threshold: '1000000.00' },
      { tier: 'PRIVATE', threshold: '6000000.00' },
    ],
  },
  {
    code: 'three-months-hongmian',
    name: '红棉理财卡（连续三个月日均达到）',
    description: 'The lowest of the last three month averages: gold 30万, platinum 100万, diamond 500万.',
    metric: 'MIN_OF_3_MONTH_AVGS',
    tiers: [
      { tier: 'GOLD', threshold: '300000.00' },
      { tier: 'PLATINUM', threshold: '1000000.00' },
      { tier: 'DIAMOND', threshold: '5000000.00' },
    ],
  },
  {
    code: 'twelve-month-abc',
    name: '农行课件（前12个月日均）',
    description: 'Twelve-month average daily AUM: gold 10万, platinum 100万, diamond 500万.',
    metric: 'TWELVE_MONTH_AVG',
    tiers: [
      { tier: 'GOLD', threshold: '100000.00' },
      { tier: 'PLATINUM', threshold: '1000000.00' },
      { tier: 'DIAMOND', threshold: '5000000.00' },
    ],
  },
];

/** The presets, validated; a preset that does not validate is a programming error. */
export function presetDefinitions(): TierPolicyDefinition[] {
  return TIER_POLICY_PRESETS.map((draft) => {
    const validation = validatePolicy(draft);
    if (!validation.ok) throw new Error(`preset ${draft.code} is invalid:\n${describeProblems(validation.problems)}`);
    return validation.policy;
  });
}
