import { describe, expect, it } from 'vitest';
import { addMonths, daysFromCivil, formatIsoDate, parseIsoDate } from './calendar.ts';
import { isValidResidentId, mobilePhone, residentId, residentIdCheckChar } from './ids.ts';
import { permute8, Rng } from './random.ts';

describe('GB 11643 resident IDs', () => {
  it.each([
    ['11010519491231002', 'X'], // the standard's own example
    ['44052418800101001', '4'],
    ['51010719770622430', '8'], // from the conformance sample
  ])('check character of %s is %s', (first17, check) => {
    expect(residentIdCheckChar(first17)).toBe(check);
  });

  it('rejects a wrong check character', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
  });

  it('encodes gender in the 17th digit (odd = male) and the birth date in digits 7–14', () => {
    const male = residentId(0, '1980-02-29', 123, true);
    const female = residentId(0, '1980-02-29', 123, false);
    expect(isValidResidentId(male) && isValidResidentId(female)).toBe(true);
    expect(Number(male[16]) % 2).toBe(1);
    expect(Number(female[16]) % 2).toBe(0);
    expect(male.slice(6, 14)).toBe('19800229');
  });
});

describe('unique numbers', () => {
  it('permute8 is a bijection: 200,000 indices give 200,000 distinct values below 10^8', () => {
    const seen = new Set<number>();
    let largest = 0;
    for (let i = 0; i < 200_000; i++) {
      const value = permute8(i, 12345);
      largest = Math.max(largest, value);
      seen.add(value);
    }
    expect(seen.size).toBe(200_000);
    expect(largest).toBeLessThan(100_000_000);
  });

  it('mobile phones are 11 digits starting 1[3-9]', () => {
    for (let i = 0; i < 1000; i++) expect(mobilePhone(i, 99)).toMatch(/^1[3-9]\d{9}$/);
  });
});

describe('calendar', () => {
  it('round-trips dates and rejects impossible ones', () => {
    expect(formatIsoDate(parseIsoDate('2026-09-30'))).toBe('2026-09-30');
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(daysFromCivil(2000, 3, 1) - daysFromCivil(2000, 2, 28)).toBe(2);
    expect(() => parseIsoDate('2026-02-30')).toThrow();
  });

  it('adds months clamping to the month end', () => {
    expect(formatIsoDate(addMonths(parseIsoDate('2025-01-31'), 1))).toBe('2025-02-28');
    expect(formatIsoDate(addMonths(parseIsoDate('2024-01-31'), 1))).toBe('2024-02-29');
    expect(formatIsoDate(addMonths(parseIsoDate('2025-11-15'), -12))).toBe('2024-11-15');
  });
});

describe('Rng', () => {
  it('is deterministic per seed and stream', () => {
    const draw = (seed: number, stream: string): number[] => {
      const rng = new Rng(seed, stream);
      return [rng.next(), rng.next(), rng.next()];
    };
    expect(draw(1, 'a')).toEqual(draw(1, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(2, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(1, 'b'));
  });
});
