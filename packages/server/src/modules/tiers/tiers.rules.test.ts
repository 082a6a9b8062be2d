import { describe, expect, it } from 'vitest';
import { presetDefinitions } from './tiers.presets.ts';
import {
  assertMonth,
  decideServiceTier,
  isMonth,
  previousMonth,
  qualify,
  qualifiedTier,
  type EvaluationStatus,
  type TierCode,
  type TierThreshold,
  type VipTier,
} from './tiers.rules.ts';

const presets = new Map(presetDefinitions().map((p) => [p.code, p]));
const tiersOf = (code: string): TierThreshold[] => presets.get(code)!.tiers;

describe('qualifiedTier: the highest tier whose inclusive lower threshold is met (DOMAIN.md §4)', () => {
  const cases: [policy: string, metricCents: bigint, expected: TierCode][] = [
    ['rolling-quarter-2020', 0n, 'STANDARD'],
    ['rolling-quarter-2020', -1n, 'STANDARD'],
    ['rolling-quarter-2020', 9_999_999n, 'STANDARD'],
    ['rolling-quarter-2020', 10_000_000n, 'GOLD'],
    ['rolling-quarter-2020', 49_999_999n, 'GOLD'],
    ['rolling-quarter-2020', 50_000_000n, 'PLATINUM'],
    ['rolling-quarter-2020', 52_311_840n, 'PLATINUM'],
    ['rolling-quarter-2020', 99_999_999n, 'PLATINUM'],
    ['rolling-quarter-2020', 100_000_000n, 'DIAMOND'],
    ['rolling-quarter-2020', 599_999_999n, 'DIAMOND'],
    ['rolling-quarter-2020', 600_000_000n, 'PRIVATE'],
    ['rolling-quarter-2020', 9_000_000_000_000_000_000n, 'PRIVATE'],
    ['month-avg-4-tier', 4_999_999n, 'STANDARD'],
    ['month-avg-4-tier', 5_000_000n, 'GOLD'],
    ['month-avg-4-tier', 29_999_999n, 'GOLD'],
    ['month-avg-4-tier', 30_000_000n, 'PLATINUM'],
    ['month-avg-4-tier', 599_999_999n, 'DIAMOND'],
    ['month-avg-4-tier', 600_000_000n, 'PRIVATE'],
    ['three-months-hongmian', 29_999_999n, 'STANDARD'],
    ['three-months-hongmian', 30_000_000n, 'GOLD'],
    ['three-months-hongmian', 99_999_999n, 'GOLD'],
    ['three-months-hongmian', 100_000_000n, 'PLATINUM'],
    ['three-months-hongmian', 499_999_999n, 'PLATINUM'],
    ['three-months-hongmian', 500_000_000n, 'DIAMOND'],
    ['three-months-hongmian', 5_000_000_000n, 'DIAMOND'],
    ['twelve-month-abc', 9_999_999n, 'STANDARD'],
    ['twelve-month-abc', 10_000_000n, 'GOLD'],
    ['twelve-month-abc', 99_999_999n, 'GOLD'],
    ['twelve-month-abc', 100_000_000n, 'PLATINUM'],
    ['twelve-month-abc', 499_999_999n, 'PLATINUM'],
    ['twelve-month-abc', 500_000_000n, 'DIAMOND'],
  ];
  it.each(cases)('%s: %s cents → %s', (policy, metricCents, expected) => {
    expect(qualifiedTier(metricCents, tiersOf(policy))).toBe(expected);
  });

  it('names the threshold met and the next one not met', () => {
    const qualification = qualify(52_311_840n, tiersOf('rolling-quarter-2020'));
    expect(qualification.met?.tier).toBe('PLATINUM');
    expect(qualification.notMet?.tier).toBe('DIAMOND');
    expect(qualify(0n, tiersOf('rolling-quarter-2020'))).toMatchObject({ tier: 'STANDARD', notMet: { tier: 'GOLD' } });
    expect(qualify(600_000_000n, tiersOf('rolling-quarter-2020')).notMet).toBeUndefined();
  });
});

describe('decideServiceTier: the service-tier transition (DOMAIN.md §4)', () => {
  type Case = [
    label: string,
    qualified: TierCode,
    previous: [TierCode, EvaluationStatus, number] | undefined,
    policy: { graceMonths: number; autoUpgrade: boolean },
    expected: [service: TierCode, status: EvaluationStatus, substandardMonths: number],
  ];
  const defaults = { graceMonths: 3, autoUpgrade: false };
  const cases: Case[] = [
    ['no previous evaluation: initial at the qualified tier', 'PLATINUM', undefined, defaults, ['PLATINUM', 'INITIAL', 0]],
    ['initial STANDARD', 'STANDARD', undefined, defaults, ['STANDARD', 'INITIAL', 0]],
    ['equal: qualified', 'GOLD', ['GOLD', 'QUALIFIED', 0], defaults, ['GOLD', 'QUALIFIED', 0]],
    ['equal after substandard months: count starts again', 'GOLD', ['GOLD', 'SUBSTANDARD', 2], defaults, ['GOLD', 'QUALIFIED', 0]],
    ['above, no auto upgrade: qualified, not upgraded', 'PLATINUM', ['GOLD', 'QUALIFIED', 0], defaults, ['GOLD', 'QUALIFIED_NOT_UPGRADED', 0]],
    ['STANDARD customer qualifying for GOLD is a potential customer', 'GOLD', ['STANDARD', 'INITIAL', 0], defaults, ['STANDARD', 'QUALIFIED_NOT_UPGRADED', 0]],
    ['above while substandard resets the count', 'DIAMOND', ['PLATINUM', 'SUBSTANDARD', 2], defaults, ['PLATINUM', 'QUALIFIED_NOT_UPGRADED', 0]],
    ['above with auto upgrade: upgraded', 'DIAMOND', ['GOLD', 'QUALIFIED_NOT_UPGRADED', 0], { graceMonths: 3, autoUpgrade: true }, ['DIAMOND', 'UPGRADED', 0]],
    ['first month below: substandard 1', 'GOLD', ['PLATINUM', 'QUALIFIED', 0], defaults, ['PLATINUM', 'SUBSTANDARD', 1]],
    ['third month below, grace 3: still substandard', 'GOLD', ['PLATINUM', 'SUBSTANDARD', 2], defaults, ['PLATINUM', 'SUBSTANDARD', 3]],
    ['fourth month below, grace 3: downgraded to the qualified tier', 'GOLD', ['PLATINUM', 'SUBSTANDARD', 3], defaults, ['GOLD', 'DOWNGRADED', 4]],
    ['downgrade goes to the qualified tier, however far below', 'STANDARD', ['DIAMOND', 'SUBSTANDARD', 3], defaults, ['STANDARD', 'DOWNGRADED', 4]],
    ['grace 0: downgraded at once', 'GOLD', ['PLATINUM', 'QUALIFIED', 0], { graceMonths: 0, autoUpgrade: false }, ['GOLD', 'DOWNGRADED', 1]],
    ['grace 6 (ICBC): sixth month still substandard', 'GOLD', ['PLATINUM', 'SUBSTANDARD', 5], { graceMonths: 6, autoUpgrade: true }, ['PLATINUM', 'SUBSTANDARD', 6]],
    ['grace 6: seventh month downgraded', 'GOLD', ['PLATINUM', 'SUBSTANDARD', 6], { graceMonths: 6, autoUpgrade: true }, ['GOLD', 'DOWNGRADED', 7]],
    ['after a downgrade the count starts again', 'STANDARD', ['GOLD', 'DOWNGRADED', 4], defaults, ['GOLD', 'SUBSTANDARD', 1]],
    ['a grace shortened by a new version downgrades at once', 'GOLD', ['PLATINUM', 'SUBSTANDARD', 5], defaults, ['GOLD', 'DOWNGRADED', 6]],
    ['a tier the current version lacks still ranks: PRIVATE above DIAMOND', 'DIAMOND', ['PRIVATE', 'QUALIFIED', 0], defaults, ['PRIVATE', 'SUBSTANDARD', 1]],
  ];
  it.each(cases)('%s', (_label, qualified, previous, policy, [serviceTier, status, substandardMonths]) => {
    const decision = decideServiceTier({
      qualifiedTier: qualified,
      previous: previous && { serviceTier: previous[0], status: previous[1], substandardMonths: previous[2] },
      ...policy,
    });
    expect(decision).toEqual({ serviceTier, status, substandardMonths });
  });
});

describe('decideServiceTier with a special admission (特殊准入, DOMAIN.md §4)', () => {
  type Case = [
    label: string,
    qualified: TierCode,
    previous: [TierCode, EvaluationStatus, number] | undefined,
    admitted: VipTier | undefined,
    expected: [service: TierCode, status: EvaluationStatus, substandardMonths: number],
  ];
  const policy = { graceMonths: 3, autoUpgrade: false };
  const cases: Case[] = [
    ['admitted above the normal result: the admission decides', 'GOLD', ['GOLD', 'QUALIFIED', 0], 'PLATINUM', ['PLATINUM', 'SPECIAL_ADMISSION', 0]],
    ['admitted above on an initial evaluation', 'STANDARD', undefined, 'GOLD', ['GOLD', 'SPECIAL_ADMISSION', 0]],
    ['admitted above a qualified-not-upgraded customer', 'PLATINUM', ['GOLD', 'QUALIFIED', 0], 'DIAMOND', ['DIAMOND', 'SPECIAL_ADMISSION', 0]],
    ['admitted below the normal result: the normal rules decide', 'GOLD', ['DIAMOND', 'QUALIFIED', 0], 'PLATINUM', ['DIAMOND', 'SUBSTANDARD', 1]],
    ['admitted below the qualification: the normal rules decide', 'DIAMOND', ['DIAMOND', 'QUALIFIED', 0], 'PLATINUM', ['DIAMOND', 'QUALIFIED', 0]],
    ['admitted equal to the qualification: the normal rules decide', 'PLATINUM', ['PLATINUM', 'QUALIFIED', 0], 'PLATINUM', ['PLATINUM', 'QUALIFIED', 0]],
    [
      'admitted equal to a tier held only by grace: the admission decides, no substandard month counted',
      'GOLD',
      ['PLATINUM', 'SPECIAL_ADMISSION', 0],
      'PLATINUM',
      ['PLATINUM', 'SPECIAL_ADMISSION', 0],
    ],
    ['grace ran out under a lower admission: lifted to the admitted tier', 'STANDARD', ['DIAMOND', 'SUBSTANDARD', 3], 'GOLD', ['GOLD', 'SPECIAL_ADMISSION', 0]],
    ['expired: the normal rules apply from the admitted tier held', 'GOLD', ['PLATINUM', 'SPECIAL_ADMISSION', 0], undefined, ['PLATINUM', 'SUBSTANDARD', 1]],
    ['expired and requalified: qualified at the tier held', 'PLATINUM', ['PLATINUM', 'SPECIAL_ADMISSION', 0], undefined, ['PLATINUM', 'QUALIFIED', 0]],
  ];
  it.each(cases)('%s', (_label, qualified, previous, admittedTier, [serviceTier, status, substandardMonths]) => {
    const decision = decideServiceTier({
      qualifiedTier: qualified,
      previous: previous && { serviceTier: previous[0], status: previous[1], substandardMonths: previous[2] },
      ...policy,
      admittedTier,
    });
    expect(decision).toEqual({ serviceTier, status, substandardMonths });
  });
});

describe('months', () => {
  it.each([
    ['2026-09', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-9', false],
    ['202609', false],
    ['2026-09-01', false],
  ])('isMonth(%s) = %s', (text, expected) => {
    expect(isMonth(text)).toBe(expected);
  });

  it.each([
    ['2026-09', '2026-08'],
    ['2026-01', '2025-12'],
    ['2026-10', '2026-09'],
  ])('previousMonth(%s) = %s', (month, expected) => {
    expect(previousMonth(month)).toBe(expected);
  });

  it('refuses a malformed month with a DomainError', () => {
    expect(() => assertMonth('2026-13')).toThrow(/month must be YYYY-MM, such as 2026-09: got "2026-13"/);
  });
});
