import { describe, expect, it } from 'vitest';
import { decidingRule, describeEvaluation, type EvaluationFacts } from './tiers.explanation.ts';
import { presetDefinitions } from './tiers.presets.ts';

const rollingQuarter = { ...presetDefinitions()[0]!, version: 1 };

const facts = (overrides: Partial<EvaluationFacts>): EvaluationFacts => ({
  customerNo: 'C1',
  month: '2026-09',
  policy: rollingQuarter,
  window: { windowStart: '2026-07-01', windowEnd: '2026-09-30', days: 92, carriedForwardDays: [] },
  metricCents: 52_311_840n,
  qualifiedTier: 'PLATINUM',
  serviceTier: 'PLATINUM',
  status: 'INITIAL',
  substandardMonths: 0,
  initialReason: 'NO_PREVIOUS_EVALUATION',
  ...overrides,
});

describe('decidingRule', () => {
  const rule = (metricCents: bigint, locale: 'en' | 'zh-CN') =>
    decidingRule({ metric: 'ROLLING_QUARTER_AVG', metricCents, policy: rollingQuarter }, locale);

  it.each([
    [52_311_840n, 'en', 'ROLLING_QUARTER_AVG 523,118.40 ≥ PLATINUM 500,000.00 under rolling-quarter-2020 v1'],
    [50_000_000n, 'en', 'ROLLING_QUARTER_AVG 500,000.00 ≥ PLATINUM 500,000.00 under rolling-quarter-2020 v1'],
    [49_999_999n, 'en', 'ROLLING_QUARTER_AVG 499,999.99 ≥ GOLD 100,000.00 under rolling-quarter-2020 v1'],
    [9_999_999n, 'en', 'ROLLING_QUARTER_AVG 99,999.99 < GOLD 100,000.00 under rolling-quarter-2020 v1'],
    [0n, 'en', 'ROLLING_QUARTER_AVG 0.00 < GOLD 100,000.00 under rolling-quarter-2020 v1'],
    [52_311_840n, 'zh-CN', 'ROLLING_QUARTER_AVG 523,118.40 ≥ 白金 500,000.00（rolling-quarter-2020 第1版）'],
    [9_999_999n, 'zh-CN', 'ROLLING_QUARTER_AVG 99,999.99 < 金卡 100,000.00（rolling-quarter-2020 第1版）'],
  ] as const)('%s cents in %s', (metricCents, locale, expected) => {
    expect(rule(metricCents, locale)).toBe(expected);
  });
});

describe('describeEvaluation', () => {
  it('gives the whole trail in English', () => {
    expect(describeEvaluation(facts({}), 'en')).toEqual([
      `Customer C1, month 2026-09, policy rolling-quarter-2020 v1 (${rollingQuarter.name}).`,
      'Metric ROLLING_QUARTER_AVG (rolling-quarter average daily AUM) over 2026-07-01 to 2026-09-30 (92 days): 523,118.40.',
      'GOLD from 100,000.00: met.',
      'PLATINUM from 500,000.00: met.',
      'DIAMOND from 1,000,000.00: not met.',
      'PRIVATE from 6,000,000.00: not met.',
      'Qualified tier PLATINUM: ROLLING_QUARTER_AVG 523,118.40 ≥ PLATINUM 500,000.00 under rolling-quarter-2020 v1.',
      '2026-08 was not evaluated under rolling-quarter-2020: initial evaluation, the service tier is the qualified tier PLATINUM.',
    ]);
  });

  it('gives the whole trail in Chinese, with carried-forward days', () => {
    const window = { windowStart: '2026-07-01', windowEnd: '2026-09-30', days: 92, carriedForwardDays: ['2026-08-15'] };
    expect(describeEvaluation(facts({ window }), 'zh-CN')).toEqual([
      `客户 C1，2026-09 月评定，分层标准 rolling-quarter-2020 第1版（${rollingQuarter.name}）。`,
      '指标 ROLLING_QUARTER_AVG（滚动季日均），区间 2026-07-01 至 2026-09-30（92 天）：523,118.40 元。',
      '缺少余额文件、沿用前一日余额的日期：2026-08-15。',
      '金卡 100,000.00 起：达到。',
      '白金 500,000.00 起：达到。',
      '钻石 1,000,000.00 起：未达到。',
      '私人银行 6,000,000.00 起：未达到。',
      '资产达标等级 白金：ROLLING_QUARTER_AVG 523,118.40 ≥ 白金 500,000.00（rolling-quarter-2020 第1版）。',
      '2026-08 未按 rolling-quarter-2020 评定：初次评定，服务等级即资产达标等级 白金。',
    ]);
  });

  const previous = (serviceTier: EvaluationFacts['qualifiedTier'], substandardMonths = 0) => ({
    previous: { month: '2026-08', serviceTier },
    substandardMonths,
    initialReason: undefined,
  });
  it.each([
    [
      'a customer new since last month',
      facts({ initialReason: 'NOT_IN_PREVIOUS_EVALUATION' }),
      'The customer was not in the 2026-08 evaluation: initial evaluation, the service tier is the qualified tier PLATINUM.',
      '客户不在 2026-08 的评定结果中：初次评定，服务等级即资产达标等级 白金。',
    ],
    [
      'qualified',
      facts({ status: 'QUALIFIED', ...previous('PLATINUM') }),
      'Service tier in 2026-08 was PLATINUM, the qualified tier is the same: the service tier stays PLATINUM (qualified).',
      '2026-08 服务等级 白金，本月资产达标等级相同：服务等级保持 白金（达标）。',
    ],
    [
      'qualified, not upgraded',
      facts({ status: 'QUALIFIED_NOT_UPGRADED', serviceTier: 'GOLD', ...previous('GOLD') }),
      "Qualified tier PLATINUM is above the service tier GOLD and the policy does not upgrade automatically: the service tier stays GOLD (qualified, not upgraded: upgrading needs the customer's signed service agreement).",
      '资产达标等级 白金 高于服务等级 金卡，本标准不自动升级：服务等级保持 金卡（达标未升级，升级需客户签署贵宾服务协议）。',
    ],
    [
      'upgraded automatically',
      facts({ status: 'UPGRADED', policy: { ...rollingQuarter, autoUpgrade: true }, ...previous('GOLD') }),
      'Qualified tier PLATINUM is above the service tier GOLD and the policy upgrades automatically: upgraded to PLATINUM.',
      '资产达标等级 白金 高于服务等级 金卡，本标准自动升级：升级为 白金。',
    ],
    [
      "upgraded by the customer's consent",
      facts({ status: 'UPGRADED', ...previous('GOLD') }),
      'Qualified tier PLATINUM is above the service tier GOLD and the customer has signed the service agreement: upgraded to PLATINUM.',
      '资产达标等级 白金 高于服务等级 金卡，客户已签署贵宾服务协议：升级为 白金。',
    ],
    [
      'substandard',
      facts({ status: 'SUBSTANDARD', serviceTier: 'DIAMOND', ...previous('DIAMOND', 2) }),
      'Qualified tier PLATINUM is below the service tier DIAMOND for 2 consecutive month(s), within the grace of 3 month(s): the service tier stays DIAMOND (substandard).',
      '资产达标等级 白金 低于服务等级 钻石，已连续 2 个月，未超过宽限期 3 个月：服务等级保持 钻石（未达标）。',
    ],
    [
      'downgraded',
      facts({ status: 'DOWNGRADED', ...previous('DIAMOND', 4) }),
      'Qualified tier PLATINUM is below the service tier DIAMOND for 4 consecutive month(s), beyond the grace of 3 month(s): downgraded to PLATINUM.',
      '资产达标等级 白金 低于服务等级 钻石，已连续 4 个月，超过宽限期 3 个月：降级为 白金。',
    ],
    [
      'lifted by a special admission',
      facts({
        status: 'SPECIAL_ADMISSION',
        serviceTier: 'DIAMOND',
        ...previous('PLATINUM'),
        admission: { tier: 'DIAMOND', startsOn: '2026-03-15', endsOn: '2027-03-15', approverLevels: ['OUTLET_HEAD', 'SUB_BRANCH_HEAD', 'BRANCH_ADMIN'] },
      }),
      'Special admission to DIAMOND in force from 2026-03-15 to 2027-03-14, approved by outlet head, then sub-branch head, then branch admin: ' +
        'the service tier is DIAMOND, above what the qualified tier PLATINUM gives under the normal rules.',
      '特殊准入 钻石，有效期 2026-03-15 至 2027-03-14，经网点负责人、支行行长、分行零售金融部审批：服务等级为 钻石，高于按资产达标等级 白金 的正常规则所得。',
    ],
  ])('explains the service tier when %s', (_label, input, english, chinese) => {
    expect(describeEvaluation(input, 'en').at(-1)).toBe(english);
    expect(describeEvaluation(input, 'zh-CN').at(-1)).toBe(chinese);
  });

  it('names STANDARD in Chinese for a customer below every threshold', () => {
    const lines = describeEvaluation(facts({ metricCents: 0n, qualifiedTier: 'STANDARD', serviceTier: 'STANDARD' }), 'zh-CN');
    expect(lines).toContain('资产达标等级 普通客户：ROLLING_QUARTER_AVG 0.00 < 金卡 100,000.00（rolling-quarter-2020 第1版）。');
  });
});
