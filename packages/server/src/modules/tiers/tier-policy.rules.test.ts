import { describe, expect, it } from 'vitest';
import { policyContentKey, validatePolicy, type PolicyProblem, type TierPolicyDraft } from './tier-policy.rules.ts';
import { parsePolicyFile } from './tier-policy.schemas.ts';
import { presetDefinitions, TIER_POLICY_PRESETS } from './tiers.presets.ts';

const valid: TierPolicyDraft = {
  code: 'test-policy',
  name: 'Test policy',
  metric: 'MONTH_AVG',
  tiers: [
    { tier: 'GOLD', threshold: '100000.00' },
    { tier: 'PLATINUM', threshold: '500000' },
    { tier: 'DIAMOND', threshold: '1000000.5', specialAdmissionApprover: 'SUB_BRANCH_HEAD' },
  ],
};

function problemsOf(draft: Partial<TierPolicyDraft>): PolicyProblem[] {
  const validation = validatePolicy({ ...valid, ...draft });
  return validation.ok ? [] : validation.problems;
}

describe('validatePolicy', () => {
  it('accepts a valid policy, fills the defaults and converts thresholds to cents', () => {
    const validation = validatePolicy(valid);
    expect(validation).toEqual({
      ok: true,
      policy: {
        code: 'test-policy',
        name: 'Test policy',
        description: '',
        metric: 'MONTH_AVG',
        tiers: [
          { tier: 'GOLD', thresholdCents: 10_000_000n, specialAdmissionApprover: 'OUTLET_HEAD' },
          { tier: 'PLATINUM', thresholdCents: 50_000_000n, specialAdmissionApprover: 'SUB_BRANCH_HEAD' },
          { tier: 'DIAMOND', thresholdCents: 100_000_050n, specialAdmissionApprover: 'SUB_BRANCH_HEAD' },
        ],
        graceMonths: 3,
        autoUpgrade: false,
        gapHandling: 'REFUSE',
      },
    });
  });

  const t = (tier: string, threshold: string, specialAdmissionApprover?: string) => ({ tier, threshold, specialAdmissionApprover });
  const cases: [label: string, draft: Partial<TierPolicyDraft>, path: string, message: RegExp][] = [
    ['no tier', { tiers: [] }, 'tiers', /at least one tier above STANDARD/],
    ['unknown metric', { metric: 'YEAR_AVG' }, 'metric', /YEAR_AVG is not a metric: use one of MONTH_AVG, ROLLING_QUARTER_AVG/],
    ['bad code', { code: 'Rolling Quarter' }, 'code', /lowercase letters, digits and hyphens/],
    ['empty name', { name: '  ' }, 'name', /needs a name/],
    ['negative grace', { graceMonths: -1 }, 'graceMonths', /whole number ≥ 0/],
    ['fractional grace', { graceMonths: 1.5 }, 'graceMonths', /whole number ≥ 0/],
    ['unknown gap handling', { gapHandling: 'IGNORE' }, 'gapHandling', /use one of REFUSE, CARRY_FORWARD/],
    ['unknown tier', { tiers: [t('SILVER', '1.00')] }, 'tiers[0].tier', /SILVER is not a tier: use one of GOLD, PLATINUM, DIAMOND, PRIVATE/],
    ['STANDARD listed', { tiers: [t('STANDARD', '0.01'), t('GOLD', '1.00')] }, 'tiers[0].tier', /STANDARD is implicit/],
    ['three decimals', { tiers: [t('GOLD', '100000.001')] }, 'tiers[0].threshold', /at most 2 decimals, such as "100000.00"/],
    ['not a number', { tiers: [t('GOLD', '10万')] }, 'tiers[0].threshold', /is not an amount in yuan/],
    ['grouping commas', { tiers: [t('GOLD', '100,000.00')] }, 'tiers[0].threshold', /is not an amount in yuan/],
    ['zero threshold', { tiers: [t('GOLD', '0.00')] }, 'tiers[0].threshold', /greater than 0.00: STANDARD starts at 0.00/],
    ['beyond int8', { tiers: [t('GOLD', '99999999999999999999.00')] }, 'tiers[0].threshold', /too large/],
    [
      'equal thresholds',
      { tiers: [t('GOLD', '100000.00'), t('PLATINUM', '100000.00')] },
      'tiers[1].threshold',
      /PLATINUM 100,000.00 must be greater than GOLD 100,000.00: thresholds are inclusive lower bounds and strictly ascending/,
    ],
    [
      'descending thresholds, one cent',
      { tiers: [t('GOLD', '100000.00'), t('PLATINUM', '99999.99')] },
      'tiers[1].threshold',
      /must be greater than GOLD/,
    ],
    ['tiers out of order', { tiers: [t('PLATINUM', '1.00'), t('GOLD', '2.00')] }, 'tiers[1].tier', /GOLD is listed after PLATINUM: list tiers from lowest to highest/],
    ['tier twice', { tiers: [t('GOLD', '1.00'), t('GOLD', '2.00')] }, 'tiers[1].tier', /GOLD is listed twice/],
    ['unknown approver', { tiers: [t('GOLD', '1.00', 'RELATIONSHIP_MANAGER')] }, 'tiers[0].specialAdmissionApprover', /use one of OUTLET_HEAD, SUB_BRANCH_HEAD, BRANCH_ADMIN/],
  ];
  it.each(cases)('refuses %s', (_label, draft, path, message) => {
    const problems = problemsOf(draft);
    expect(problems).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
    // Each problem also in Chinese, for zh-CN callers of the API.
    expect(problems.every((p) => typeof p.zh === 'string' && p.zh !== '')).toBe(true);
  });

  it('accepts thresholds one cent apart', () => {
    expect(problemsOf({ tiers: [t('GOLD', '100000.00'), t('PLATINUM', '100000.01')] })).toEqual([]);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({ metric: 'X', graceMonths: -2, tiers: [t('GOLD', 'x'), t('SILVER', '2')] });
    expect(problems.map((p) => p.path)).toEqual(['metric', 'graceMonths', 'tiers[0].threshold', 'tiers[1].tier']);
  });
});

describe('presets (DOMAIN.md §4)', () => {
  it('all validate, with the default grace, upgrade, gap handling and approvers', () => {
    const presets = presetDefinitions();
    expect(presets.map((p) => p.code)).toEqual(['rolling-quarter-2020', 'month-avg-4-tier', 'three-months-hongmian', 'twelve-month-abc']);
    for (const preset of presets) {
      expect(preset).toMatchObject({ graceMonths: 3, autoUpgrade: false, gapHandling: 'REFUSE' });
      for (const tier of preset.tiers) {
        const expected = { GOLD: 'OUTLET_HEAD', PLATINUM: 'SUB_BRANCH_HEAD', DIAMOND: 'BRANCH_ADMIN', PRIVATE: 'BRANCH_ADMIN' }[tier.tier];
        expect(tier.specialAdmissionApprover).toBe(expected);
      }
    }
    expect(TIER_POLICY_PRESETS.map((p) => [p.metric, p.tiers.map((tier) => `${tier.tier} ${tier.threshold}`)])).toEqual([
      ['ROLLING_QUARTER_AVG', ['GOLD 100000.00', 'PLATINUM 500000.00', 'DIAMOND 1000000.00', 'PRIVATE 6000000.00']],
      ['MONTH_AVG', ['GOLD 50000.00', 'PLATINUM 300000.00', 'DIAMOND 1000000.00', 'PRIVATE 6000000.00']],
      ['MIN_OF_3_MONTH_AVGS', ['GOLD 300000.00', 'PLATINUM 1000000.00', 'DIAMOND 5000000.00']],
      ['TWELVE_MONTH_AVG', ['GOLD 100000.00', 'PLATINUM 1000000.00', 'DIAMOND 5000000.00']],
    ]);
  });
});

describe('policyContentKey', () => {
  const t = (tier: string, threshold: string) => ({ tier, threshold, specialAdmissionApprover: tier === 'DIAMOND' ? 'SUB_BRANCH_HEAD' : undefined });
  it('is equal for the same content written differently, different for any change', () => {
    const key = (draft: Partial<TierPolicyDraft>) => {
      const validation = validatePolicy({ ...valid, ...draft });
      if (!validation.ok) throw new Error('invalid');
      return policyContentKey(validation.policy);
    };
    expect(key({ tiers: [t('GOLD', '100000'), t('PLATINUM', '500000.0'), t('DIAMOND', '1000000.50')] })).toBe(key({}));
    expect(key({ graceMonths: 3, autoUpgrade: false, gapHandling: 'REFUSE' })).toBe(key({}));
    expect(key({ graceMonths: 4 })).not.toBe(key({}));
    expect(key({ tiers: [t('GOLD', '100000.01')] })).not.toBe(key({ tiers: [t('GOLD', '100000.00')] }));
  });
});

describe('parsePolicyFile: the shape of the JSON file', () => {
  it('parses a valid file', () => {
    expect(parsePolicyFile(JSON.stringify(valid))).toEqual({ ok: true, draft: valid });
  });

  it.each([
    ['not JSON', '{"code": ', '(file)', /is not JSON/],
    ['a number as a threshold', JSON.stringify({ ...valid, tiers: [{ tier: 'GOLD', threshold: 100000 }] }), 'tiers[0].threshold', /decimal string such as "100000.00" \(a JSON number could lose cents\)/],
    ['a missing threshold', JSON.stringify({ ...valid, tiers: [{ tier: 'GOLD' }] }), 'tiers[0].threshold', /is required/],
    ['a misspelt key', JSON.stringify({ ...valid, grace_months: 2 }), '(file)', /unknown key\(s\) grace_months/],
    ['no tiers', JSON.stringify({ ...valid, tiers: undefined }), 'tiers', /is required, as a list of tiers/],
    ['a string grace', JSON.stringify({ ...valid, graceMonths: '3' }), 'graceMonths', /number/],
  ])('reports %s', (_label, text, path, message) => {
    const parsed = parsePolicyFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
  });
});
