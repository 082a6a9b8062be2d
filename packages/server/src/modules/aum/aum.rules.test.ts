import { describe, expect, it } from 'vitest';
import { addMonths, dailyAumCents, daysInMonth, holdingDayCents, referenceMetric, windowMonths } from './aum.rules.ts';

describe('holding-day conversion (DOMAIN.md §3)', () => {
  it.each([
    // balance cents, rate micros, cents
    [10000n, 1000000n, 10000n], // CNY
    [100n, 7090116n, 709n], // 1.00 USD × 7.090116 = 7.090116 → 7.09
    [1n, 5000000n, 5n],
    [1n, 500000n, 1n], // 0.005 → 0.01 (half-up)
    [1n, 499999n, 0n], // 0.00499999 → 0.00
    [12345n, 909960n, 11233n], // 123.45 HKD × 0.909960 = 112.334562 → 112.33
    [0n, 7090116n, 0n],
  ])('%s cents at rate %s is %s cents', (balance, rate, cents) => {
    expect(holdingDayCents(balance, rate)).toBe(cents);
  });

  it('rounds per holding-day, then sums, and ignores products that do not count', () => {
    // Two USD holdings of 0.01 at 0.5: each rounds 0.005 → 0.01, so 2 cents (rounding the sum would give 1).
    const holdings = [
      { balanceCents: 1n, rateMicros: 500000n, countsTowardAum: true },
      { balanceCents: 1n, rateMicros: 500000n, countsTowardAum: true },
      { balanceCents: 99999n, rateMicros: 1000000n, countsTowardAum: false },
    ];
    expect(dailyAumCents(holdings)).toBe(2n);
  });
});

describe('windows', () => {
  it.each([
    ['MONTH_AVG', '2026-09', ['2026-09']],
    ['POINT', '2026-09', ['2026-09']],
    ['ROLLING_QUARTER_AVG', '2026-02', ['2025-12', '2026-01', '2026-02']],
    ['MIN_OF_3_MONTH_AVGS', '2026-09', ['2026-07', '2026-08', '2026-09']],
  ] as const)('%s of %s reads %j', (metric, month, months) => {
    expect(windowMonths(metric, month)).toEqual(months);
  });

  it('twelve months end with M', () => {
    const months = windowMonths('TWELVE_MONTH_AVG', '2026-09');
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-10');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(daysInMonth('2024-02')).toBe(29);
    expect(daysInMonth('2026-02')).toBe(28);
  });

  const constant = (months: string[], cents: bigint) =>
    new Map(months.flatMap((m) => Array.from({ length: daysInMonth(m) }, (_, i) => [`${m}-${String(i + 1).padStart(2, '0')}`, cents] as const)));

  it('averages over calendar days, absent days count as 0, half-up', () => {
    // 10,000.00 held for 1 day of September (30 days): 333.333… → 333.33
    const one = new Map([['2026-09-10', 1000000n]]);
    expect(referenceMetric(one, 'MONTH_AVG', '2026-09')).toBe(33333n);
    // held 2 days: 666.666… → 666.67
    const two = new Map([['2026-09-10', 1000000n], ['2026-09-11', 1000000n]]);
    expect(referenceMetric(two, 'MONTH_AVG', '2026-09')).toBe(66667n);
  });

  it('MIN_OF_3_MONTH_AVGS takes the weakest month; POINT the last day', () => {
    const daily = constant(['2026-07', '2026-08', '2026-09'], 50000000n);
    daily.set('2026-08-15', 0n);
    expect(referenceMetric(daily, 'MIN_OF_3_MONTH_AVGS', '2026-09')).toBe(48387097n); // 31 days, one at 0
    expect(referenceMetric(daily, 'ROLLING_QUARTER_AVG', '2026-09')).toBe(49456522n); // 92 days, one at 0
    expect(referenceMetric(daily, 'POINT', '2026-09')).toBe(50000000n);
    expect(referenceMetric(daily, 'POINT', '2026-10')).toBe(0n);
  });
});
