/**
 * VIP card numbers (DOMAIN.md §5): 16 or 19 digits, the card type's BIN (issuer prefix) first and
 * a Luhn check digit last (ISO/IEC 7812). Pure: the random digits come from the caller.
 */

export const CARD_LENGTHS = [16, 19] as const;
export type CardLength = (typeof CARD_LENGTHS)[number];

/** Luhn check digit for `payload` (the number without its last digit). */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  // From the right, every second digit starting with the rightmost of the payload is doubled.
  for (let i = 0; i < payload.length; i += 1) {
    let digit = payload.charCodeAt(payload.length - 1 - i) - 48;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export type CardNumberProblem = 'NOT_DIGITS' | 'LENGTH' | 'CHECK_DIGIT';

/** Why `value` is not a valid card number, or undefined when it is. */
export function cardNumberProblem(value: string): CardNumberProblem | undefined {
  if (!/^[0-9]+$/.test(value)) return 'NOT_DIGITS';
  if (!(CARD_LENGTHS as readonly number[]).includes(value.length)) return 'LENGTH';
  return luhnCheckDigit(value.slice(0, -1)) === Number(value.at(-1)) ? undefined : 'CHECK_DIGIT';
}

export const isValidCardNumber = (value: string): boolean => cardNumberProblem(value) === undefined;

/** Spaces and dashes as people type them ("6225 8801 2345 6789") are not part of the number. */
export function normalizeCardNumber(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/**
 * BIN + `randomDigits` (exactly length − BIN − 1 of them) + check digit. The caller draws the
 * digits (crypto) and retries on a collision with an existing number.
 */
export function composeCardNumber(bin: string, length: CardLength, randomDigits: string): string {
  if (!/^[0-9]{6,8}$/.test(bin)) throw new RangeError('a BIN has 6 to 8 digits');
  if (randomDigits.length !== length - bin.length - 1 || !/^[0-9]*$/.test(randomDigits)) {
    throw new RangeError(`need ${length - bin.length - 1} random digits`);
  }
  const payload = bin + randomDigits;
  return payload + String(luhnCheckDigit(payload));
}
