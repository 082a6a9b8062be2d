import { describe, expect, it } from 'vitest';
import { divideRoundHalfUp, formatCents, formatCentsGrouped, formatUnits, parseDecimal } from './money.ts';

describe('parseDecimal', () => {
  it.each([
    ['12345.67', 2, 1234567n],
    ['0', 2, 0n],
    ['5', 2, 500n],
    ['0.5', 2, 50n],
    ['-3.10', 2, -310n],
    ['7.090116', 6, 7090116n],
    ['1', 6, 1000000n],
  ])('%s at scale %i is %s', (text, scale, units) => {
    expect(parseDecimal(text, scale)).toEqual({ ok: true, units });
  });

  it.each([
    ['12.345', 2, 'more than 2 decimals'],
    ['1.1234567', 6, 'more than 6 decimals'],
    ['abc', 2, 'not a decimal number'],
    ['', 2, 'not a decimal number'],
    ['1,000.00', 2, 'not a decimal number'],
    ['1e5', 2, 'not a decimal number'],
    [' 12.00', 2, 'not a decimal number'],
    ['12.', 2, 'not a decimal number'],
    ['.5', 2, 'not a decimal number'],
  ])('refuses %j at scale %i', (text, scale, reason) => {
    const result = parseDecimal(text, scale);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('formatting', () => {
  it.each([
    [0n, '0.00'],
    [5n, '0.05'],
    [10000000n, '100000.00'],
    [-310n, '-3.10'],
  ])('formats %s cents as %s', (cents, text) => expect(formatCents(cents)).toBe(text));
  it('formats rates and grouped money', () => {
    expect(formatUnits(7090116n, 6)).toBe('7.090116');
    expect(formatCentsGrouped(52311840n)).toBe('523,118.40');
    expect(formatCentsGrouped(99n)).toBe('0.99');
    expect(formatCentsGrouped(-123456789n)).toBe('-1,234,567.89');
  });
});

describe('divideRoundHalfUp', () => {
  it.each([
    [10n, 4n, 3n], // 2.5 → 3
    [9n, 4n, 2n], // 2.25 → 2
    [11n, 4n, 3n], // 2.75 → 3
    [-10n, 4n, -3n], // half away from zero, like PostgreSQL round()
    [0n, 31n, 0n],
    [15499999999n, 31n, 500000000n], // 499,999,999.967… rounds up
    [15499999983n, 31n, 499999999n], // 499,999,999.45… rounds down
  ])('%s / %s → %s', (n, d, q) => {
    expect(divideRoundHalfUp(n, d)).toBe(q);
  });
});
