import { describe, expect, it } from 'vitest';
import { formatAmount, formatMoney, formatMoneyCompact, parseCents } from './money.ts';

describe('money formatting from decimal strings', () => {
  it.each([
    ['1234567.89', '¥1,234,567.89'],
    ['0.00', '¥0.00'],
    ['0.5', '¥0.50'],
    ['7', '¥7.00'],
    ['999.99', '¥999.99'],
    ['1000.00', '¥1,000.00'],
    ['-6017.26', '-¥6,017.26'],
    ['-0.01', '-¥0.01'],
    // Beyond Number.MAX_SAFE_INTEGER cents: a float would round these.
    ['90071992547409.93', '¥90,071,992,547,409.93'],
    ['123456789012345678.99', '¥123,456,789,012,345,678.99'],
  ])('%s → %s', (value, expected) => {
    expect(formatMoney(value)).toBe(expected);
  });

  it('shows other currencies by code, amounts without a sign, and a dash for no figure', () => {
    expect(formatMoney('1234.5', 'USD')).toBe('USD 1,234.50');
    expect(formatMoney('-1234.5', 'HKD')).toBe('-HKD 1,234.50');
    expect(formatAmount('52746.04')).toBe('52,746.04');
    expect(formatMoney(null)).toBe('—');
    expect(formatAmount(undefined)).toBe('—');
  });

  it('refuses what is not a plain decimal string', () => {
    for (const bad of ['', 'abc', '1e5', '1.234', '1,000.00', 'NaN', '--1']) {
      expect(() => parseCents(bad), bad).toThrow(RangeError);
    }
    expect(parseCents('0.1')).toBe(10n);
    expect(parseCents('-12.34')).toBe(-1234n);
  });

  it.each([
    ['zh-CN', '12345678.90', '¥1,234.57万'],
    ['zh-CN', '10000.00', '¥1.00万'],
    ['zh-CN', '9999.99', '¥9,999.99'],
    ['zh-CN', '523118.40', '¥52.31万'],
    // Half up at the second decimal of the unit: 1.235万 → 1.24万, 1.2349万 → 1.23万.
    ['zh-CN', '12350.00', '¥1.24万'],
    ['zh-CN', '12349.99', '¥1.23万'],
    ['zh-CN', '250000000.00', '¥2.50亿'],
    ['zh-CN', '-681882323.50', '-¥6.82亿'],
    ['en', '12345678.90', '¥12.35M'],
    ['en', '523118.40', '¥523.12K'],
    ['en', '999.99', '¥999.99'],
    ['en', '6000000000.00', '¥6.00B'],
  ])('%s compact %s → %s', (language, value, expected) => {
    expect(formatMoneyCompact(value, language)).toBe(expected);
  });

  it('rounds compact figures in integer arithmetic', () => {
    expect(formatMoneyCompact('100000000.05', 'zh-CN')).toBe('¥1.00亿');
    expect(formatMoneyCompact('144999.99', 'zh-CN')).toBe('¥14.50万');
    expect(formatMoneyCompact('144949.99', 'zh-CN')).toBe('¥14.49万');
  });
});
