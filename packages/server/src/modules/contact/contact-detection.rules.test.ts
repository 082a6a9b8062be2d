import { describe, expect, it } from 'vitest';
import {
  festivalsAhead,
  greetingScopes,
  isLargeMovement,
  isNearThreshold,
  nextYearlyDay,
  ratioUnits,
  suitsHoldings,
  yearlyDayIn,
} from './contact-detection.rules.ts';
import type { ContactRule } from './contact-rules.schemas.ts';

describe('yearlyDayIn', () => {
  it.each([
    ['1966-10-05', 2026, '2026-10-05'],
    ['1992-02-29', 2027, '2027-02-28'],
    ['1992-02-29', 2028, '2028-02-29'],
    ['1992-02-29', 2100, '2100-02-28'],
    ['2000-12-31', 2026, '2026-12-31'],
  ] as const)('%s falls on %s in %i', (date, year, expected) => {
    expect(yearlyDayIn(date, year)).toBe(expected);
  });
});

describe('nextYearlyDay', () => {
  it.each([
    ['1966-10-05', '2026-10-01', 7, { date: '2026-10-05', year: 2026, years: 60, daysAhead: 4 }],
    ['1966-10-01', '2026-10-01', 7, { date: '2026-10-01', year: 2026, years: 60, daysAhead: 0 }],
    ['1966-10-08', '2026-10-01', 7, { date: '2026-10-08', year: 2026, years: 60, daysAhead: 7 }],
    ['1966-10-09', '2026-10-01', 7, undefined],
    ['1966-09-30', '2026-10-01', 7, undefined],
    ['1980-01-02', '2026-12-28', 7, { date: '2027-01-02', year: 2027, years: 47, daysAhead: 5 }],
    ['1992-02-29', '2027-02-22', 7, { date: '2027-02-28', year: 2027, years: 35, daysAhead: 6 }],
    ['1992-02-29', '2028-02-26', 7, { date: '2028-02-29', year: 2028, years: 36, daysAhead: 3 }],
    // Opened today: no anniversary yet.
    ['2026-10-01', '2026-10-01', 7, undefined],
  ] as const)('%s from %s within %i days', (original, from, days, expected) => {
    expect(nextYearlyDay(original, from, days)).toEqual(expected);
  });
});

describe('isLargeMovement (default settings: ¥500,000, or 30 % and at least ¥50,000)', () => {
  const settings = { minAmountCents: '50000000', minShareOfAum: '0.30', shareFloorCents: '5000000' };
  it.each([
    [30_000_000n, 80_000_000n, true, '+500,000: the amount'],
    [300_000_000n, 349_999_999n, false, '+499,999.99 = 16.7 %: neither'],
    [30_000_000n, 79_999_999n, true, '+499,999.99 = 167 %: the share'],
    [100_000_000n, 50_000_000n, true, '−500,000: a fall counts the same'],
    [20_000_000n, 26_000_000n, true, '+60,000 = 30 % exactly, above the floor'],
    [20_000_000n, 25_999_999n, false, '+59,999.99 < 30 %'],
    [10_000_000n, 14_999_999n, false, '+49,999.99 = 50 %, below the floor'],
    [10_000_000n, 15_000_000n, true, '+50,000 = 50 %, at the floor'],
    [0n, 40_000_000n, false, 'from nothing: only the amount counts'],
    [0n, 50_000_000n, true, 'from nothing, ¥500,000'],
  ] as const)('%i → %i: %s (%s)', (before, after, expected, _why) => {
    expect(isLargeMovement(before, after, settings)).toBe(expected);
  });
});

describe('isNearThreshold', () => {
  it.each([
    [47_000_000n, 50_000_000n, '0.10', true],
    [45_000_000n, 50_000_000n, '0.10', true],
    [44_999_999n, 50_000_000n, '0.10', false],
    [50_000_000n, 50_000_000n, '0.10', false],
    [40_000_000n, 50_000_000n, '0.2', true],
  ] as const)('%i against %i within %s: %s', (metric, threshold, within, expected) => {
    expect(isNearThreshold(metric, threshold, within)).toBe(expected);
  });

  it('reads ratios exactly', () => {
    expect(ratioUnits('0.30')).toBe(3000n);
    expect(ratioUnits('1')).toBe(10_000n);
    expect(() => ratioUnits('0.12345')).toThrow(RangeError);
  });
});

describe('suitsHoldings', () => {
  const holdings = [
    { productId: 1, category: 'TIME_DEPOSIT', riskLevel: 'R1' },
    { productId: 2, category: 'WEALTH_PRODUCT', riskLevel: 'R3' },
  ];
  it.each([
    [{ id: 9, category: 'WEALTH_PRODUCT', riskLevel: 'R2' }, true, 'a held category, lower risk'],
    [{ id: 9, category: 'WEALTH_PRODUCT', riskLevel: 'R3' }, true, 'the same risk'],
    [{ id: 9, category: 'WEALTH_PRODUCT', riskLevel: 'R4' }, false, 'riskier than anything held'],
    [{ id: 9, category: 'FUND', riskLevel: 'R1' }, false, 'a category not held'],
    [{ id: 2, category: 'WEALTH_PRODUCT', riskLevel: 'R3' }, false, 'already held'],
  ] as const)('%j: %s (%s)', (product, expected, _why) => {
    expect(suitsHoldings(product, holdings)).toBe(expected);
  });
});

describe('festivals and greetings', () => {
  it('finds the listed festivals within the look-ahead, lunar ones included', () => {
    expect(festivalsAhead('2026-09-20', { festivals: ['MID_AUTUMN', 'NATIONAL_DAY'], festivalDaysAhead: 7 })).toEqual([
      { festival: 'MID_AUTUMN', year: 2026, date: '2026-09-25' },
    ]);
    expect(festivalsAhead('2026-09-24', { festivals: ['MID_AUTUMN', 'NATIONAL_DAY'], festivalDaysAhead: 7 })).toEqual([
      { festival: 'MID_AUTUMN', year: 2026, date: '2026-09-25' },
      { festival: 'NATIONAL_DAY', year: 2026, date: '2026-10-01' },
    ]);
    expect(festivalsAhead('2026-09-24', { festivals: ['NATIONAL_DAY'], festivalDaysAhead: 6 })).toEqual([]);
  });

  it('greets on a festival the customers of every GREETING rule listing it', () => {
    const rules: ContactRule[] = [
      { code: 'band', kind: 'GREETING', occasions: ['BIRTHDAY', 'MID_AUTUMN'], channels: ['PHONE'], daysBefore: 3, source: '', appliesTo: { minAumCents: '20000000' } },
      { code: 'diamond', kind: 'GREETING', occasions: ['SPRING_FESTIVAL'], channels: ['PHONE'], daysBefore: 3, source: '', appliesTo: { tiers: ['DIAMOND'] } },
      { code: 'quarter', kind: 'CUSTOMER_CONTACTS', period: 'QUARTER', minContacts: 1, source: '', appliesTo: {} },
    ];
    expect(greetingScopes(rules, 'MID_AUTUMN')).toEqual([{ minAumCents: '20000000' }]);
    expect(greetingScopes(rules, 'SPRING_FESTIVAL')).toEqual([{ tiers: ['DIAMOND'] }]);
    expect(greetingScopes(rules, 'NATIONAL_DAY')).toEqual([]);
  });
});
