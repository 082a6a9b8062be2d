import { describe, expect, it } from 'vitest';
import { foldTrend, windowStart, type TrendRow } from './tier-trend.rules.ts';

describe('windowStart', () => {
  it.each([
    ['2026-09', 12, '2025-10'],
    ['2026-09', 1, '2026-09'],
    ['2026-01', 2, '2025-12'],
    ['2026-12', 24, '2025-01'],
  ])('the window of %s over %i months starts %s', (to, months, from) => {
    expect(windowStart(to, months)).toBe(from);
  });
});

describe('foldTrend', () => {
  const row = (month: string, serviceTier: TrendRow['serviceTier'], customers: number, cents: bigint): TrendRow => ({
    month,
    policyVersion: 1,
    metric: 'MONTH_AVG',
    serviceTier,
    customers,
    metricCents: cents,
  });

  it('sums per month and tier in cents, oldest first, keeping a month with no customer', () => {
    const months = foldTrend([row('2026-09', 'GOLD', 2, 30_000_001n), row('2026-08', null, 0, 0n), row('2026-09', 'STANDARD', 1, 9_007_199_254_740_993n)]);
    expect(months.map((month) => [month.month, month.customers, month.metricCents])).toEqual([
      ['2026-08', 0, 0n],
      ['2026-09', 3, 9_007_199_284_740_994n],
    ]);
    expect(months[1]!.serviceTiers.GOLD).toEqual({ customers: 2, metricCents: 30_000_001n });
    expect(months[0]!.serviceTiers.PRIVATE).toEqual({ customers: 0, metricCents: 0n });
  });
});
