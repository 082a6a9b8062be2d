import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardNumberProblem, composeCardNumber, isValidCardNumber, luhnCheckDigit, normalizeCardNumber } from './card-number.rules.ts';

describe('card numbers: Luhn check digit', () => {
  it.each([
    // Published test numbers (Visa, Mastercard, UnionPay 19-digit) and their one-digit-off twins.
    ['4111111111111111', undefined],
    ['4111111111111112', 'CHECK_DIGIT'],
    ['5555555555554444', undefined],
    ['5555555555554445', 'CHECK_DIGIT'],
    ['6212345678901265', undefined],
    ['6212345678901266', 'CHECK_DIGIT'],
    ['6228480402564890018', undefined],
    ['6228480402564890019', 'CHECK_DIGIT'],
    ['79927398713', 'LENGTH'],
    ['411111111111111', 'LENGTH'],
    ['41111111111111111', 'LENGTH'],
    ['4111 1111 1111 1111', 'NOT_DIGITS'],
    ['4111-1111-1111-1111', 'NOT_DIGITS'],
    ['', 'NOT_DIGITS'],
    ['411111111111111x', 'NOT_DIGITS'],
  ])('%s → %s', (value, problem) => {
    expect(cardNumberProblem(value)).toBe(problem);
  });

  it('computes the check digit of known payloads', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(luhnCheckDigit('411111111111111')).toBe(1);
    expect(luhnCheckDigit('622848040256489001')).toBe(8);
  });

  it('normalizes typed spaces and dashes', () => {
    expect(normalizeCardNumber(' 4111 1111-1111 1111 ')).toBe('4111111111111111');
  });

  it('refuses a malformed BIN or the wrong count of random digits', () => {
    expect(() => composeCardNumber('62258', 16, '123456789')).toThrow(RangeError);
    expect(() => composeCardNumber('622588', 16, '12345678')).toThrow(RangeError);
    expect(() => composeCardNumber('622588', 19, '12345678')).toThrow(RangeError);
  });
});

const bins = fc.stringMatching(/^[0-9]{6,8}$/);
const lengths = fc.constantFrom(16 as const, 19 as const);

describe('card numbers: generated ones validate, and a single changed digit is caught', () => {
  it('generated numbers carry the BIN, the length and a valid check digit', () => {
    fc.assert(
      fc.property(bins, lengths, fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }), (bin, length, pool) => {
        const digits = pool.join('').padEnd(length, '0').slice(0, length - bin.length - 1);
        const number = composeCardNumber(bin, length, digits);
        expect(number).toHaveLength(length);
        expect(number.startsWith(bin)).toBe(true);
        expect(isValidCardNumber(number)).toBe(true);
      }),
    );
  });

  it('any single-digit change makes the number invalid', () => {
    fc.assert(
      fc.property(bins, lengths, fc.nat(), fc.integer({ min: 1, max: 9 }), (bin, length, seed, delta) => {
        const digits = String(seed).padStart(length, '7').slice(0, length - bin.length - 1);
        const number = composeCardNumber(bin, length, digits);
        const position = seed % length;
        const changed = number.slice(0, position) + String((Number(number[position]) + delta) % 10) + number.slice(position + 1);
        expect(changed).not.toBe(number);
        expect(cardNumberProblem(changed)).toBe('CHECK_DIGIT');
      }),
    );
  });
});
