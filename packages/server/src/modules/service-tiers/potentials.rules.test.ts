import { describe, expect, it } from 'vitest';
import { isNear, parseRatioHundredths, percentOf, potentialReason } from './potentials.rules.ts';

describe('near the next threshold, exactly', () => {
  it.each([
    // metric, threshold, hundredths, near?
    ['399999.99 of 500000.00 at 80%', 39_999_999n, 50_000_000n, 80, false],
    ['400000.00 of 500000.00 at 80%', 40_000_000n, 50_000_000n, 80, true],
    ['499999.99 of 500000.00 at 80%', 49_999_999n, 50_000_000n, 80, true],
    ['500000.00 has reached it', 50_000_000n, 50_000_000n, 80, false],
    ['333333.33 of 416666.67 at 80% (just below: 0.79999…)', 33_333_333n, 41_666_667n, 80, false],
    ['90000.00 of 100000.00 at 90%', 9_000_000n, 10_000_000n, 90, true],
  ])('%s', (_name, metric, threshold, hundredths, near) => {
    expect(isNear(metric, threshold, hundredths)).toBe(near);
  });

  it.each([
    ['0.8', 80],
    ['0.80', 80],
    ['0.05', 5],
    ['0.99', 99],
    ['0.00', undefined],
    ['1.0', undefined],
    ['0.805', undefined],
    ['80', undefined],
  ])('ratio %s → %s hundredths', (ratio, hundredths) => {
    expect(parseRatioHundredths(ratio)).toBe(hundredths);
  });

  it.each([
    [41_200_000n, 50_000_000n, '82.4'],
    [41_225_000n, 50_000_000n, '82.5'],
    [41_224_999n, 50_000_000n, '82.4'],
    [40_000_000n, 50_000_000n, '80.0'],
  ])('%s of %s is %s%%', (metric, threshold, percent) => {
    expect(percentOf(metric, threshold)).toBe(percent);
  });
});

describe('reasons in words', () => {
  it('says the metric, the threshold and how far', () => {
    const facts = { kind: 'NEAR_THRESHOLD' as const, metric: 'ROLLING_QUARTER_AVG' as const, metricCents: 41_200_000n, nextTier: 'PLATINUM' as const, thresholdCents: 50_000_000n };
    expect(potentialReason(facts, 'zh-CN')).toBe('滚动季日均 ¥412,000.00，达白金门槛 ¥500,000.00 的 82.4%');
    expect(potentialReason(facts, 'en')).toBe('rolling-quarter average ¥412,000.00, 82.4% of the platinum threshold ¥500,000.00');
  });

  it('names the products, the qualification and the flag', () => {
    expect(potentialReason({ kind: 'MANY_PRODUCTS', products: 3, productNames: ['活期储蓄', '基金', '保险'] }, 'zh-CN')).toBe('持有 3 种产品：活期储蓄、基金、保险');
    expect(
      potentialReason({ kind: 'QUALIFIED_NOT_UPGRADED', metric: 'MONTH_AVG', metricCents: 60_000_000n, qualifiedTier: 'PLATINUM', serviceTier: 'GOLD', month: '2026-09' }, 'zh-CN'),
    ).toBe('2026-09 月日均 ¥600,000.00，已达白金标准，尚按金卡服务，待客户签署贵宾服务协议');
    expect(potentialReason({ kind: 'FLAGGED', reason: '近期有大额资金到账', flaggedBy: '王敏', flaggedOn: '2026-10-08' }, 'zh-CN')).toBe('王敏 于 2026-10-08 标记：近期有大额资金到账');
  });
});
