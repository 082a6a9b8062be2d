/**
 * Server-side masking by field class (issue 4 "Access control"; DOMAIN.md §11: ID, card and phone
 * numbers masked unless the viewer's role needs them; §13: C2 personal financial data masked by
 * default, audited when shown).
 *
 * Three promises every mask keeps, tested in masking.rules.test.ts:
 * - it never reveals more than its rule states, however short or odd the input: when the hidden
 *   part would be shorter than MIN_HIDDEN characters, the whole value is hidden instead;
 * - what it hides does not influence its output (only the visible ends and the length do);
 * - it is idempotent: masking a masked value changes nothing, so a value masked twice on its way
 *   through two layers reads the same.
 * Characters are counted as user-perceived characters (grapheme clusters), so a mask never keeps
 * half of a character: a decomposed "Ố" or an emoji sequence is shown or hidden whole.
 */

export const FIELD_CLASSES = ['ID_NUMBER', 'MOBILE', 'CARD_NUMBER', 'ACCOUNT_NUMBER', 'ADDRESS', 'EMAIL'] as const;
export type FieldClass = (typeof FIELD_CLASSES)[number];

export const MASK_CHARACTER = '*';
/** Fewer hidden characters than a mobile number's four would make the mask a formality. */
export const MIN_HIDDEN = 4;
/** What an address or email that cannot be parsed becomes: nothing of it is shown. */
export const FULLY_HIDDEN = '***';

const GRAPHEMES = new Intl.Segmenter('und', { granularity: 'grapheme' });
const ASCII = /^[\x00-\x7f]*$/;

/** The user-perceived characters of `value`; plain ASCII (most numbers) skips the segmenter. */
export function charactersOf(value: string): string[] {
  if (ASCII.test(value)) return value.split('');
  return Array.from(GRAPHEMES.segment(value), (part) => part.segment);
}

/**
 * Keeps `head` leading and `tail` trailing characters and stars the rest, keeping the length (the
 * familiar `138****5678`). Hides everything when fewer than MIN_HIDDEN characters would be hidden.
 */
export function maskMiddle(value: string, head: number, tail: number): string {
  const characters = charactersOf(value);
  const hidden = characters.length - head - tail;
  if (hidden < MIN_HIDDEN) return MASK_CHARACTER.repeat(characters.length);
  return [
    ...characters.slice(0, head),
    MASK_CHARACTER.repeat(hidden),
    ...characters.slice(characters.length - tail),
  ].join('');
}

/** A PRC resident ID has 18 characters: 6 of region code, 8 of birth date, 3 + 1 check. */
const RESIDENT_ID_LENGTH = 18;

/**
 * First 6 + last 4 for an 18-character resident ID (the 6 are the region code; the birth date and
 * sequence are hidden); first 3 + last 4 for every other document (passports, permits, the old
 * 15-digit ID), whose leading characters carry no such split.
 */
export function maskIdNumber(value: string): string {
  const head = charactersOf(value).length === RESIDENT_ID_LENGTH ? 6 : 3;
  return maskMiddle(value, head, 4);
}

export function maskMobile(value: string): string {
  return maskMiddle(value, 3, 4);
}

/** 6 + 4 for card and account numbers: the issuer prefix (BIN) and the familiar last four. */
export function maskCardNumber(value: string): string {
  return maskMiddle(value, 6, 4);
}

export const maskAccountNumber = maskCardNumber;

/** A character of a province or city name: CJK, and none that ends an administrative level or
 * names a street, so "南山区科技园市民中心" is not read as a city called "南山区科技园". */
const NAME = `(?:(?![区县镇乡路街道号村巷弄市省盟])[\\u3400-\\u9fff])`;
const PROVINCE = new RegExp(`^${NAME}{2,8}?(?:省|自治区|特别行政区)`, 'u');
const CITY = new RegExp(`^${NAME}{2,9}?(?:市|自治州|地区|盟)`, 'u');

/**
 * City only: the province (if written) and the city, e.g. "广东省深圳市南山区…" → "广东省深圳市",
 * "北京市朝阳区…" → "北京市". An address whose start is not a recognisable province or city
 * (foreign, free text, already masked) shows nothing: guessing would risk showing a street.
 */
export function maskAddress(value: string): string {
  const text = value.trim();
  if (text === '') return '';
  const province = PROVINCE.exec(text)?.[0] ?? '';
  const city = CITY.exec(text.slice(province.length))?.[0] ?? '';
  const shown = province + city;
  return shown === '' ? FULLY_HIDDEN : shown;
}

/**
 * First character of the local part + `***` + `@domain` (`z***@example.com`). The stars are a fixed
 * three so the local part's length is not revealed. The last `@` splits, as in a mailbox address.
 */
export function maskEmail(value: string): string {
  if (value === '') return '';
  const at = value.lastIndexOf('@');
  const local = at > 0 ? value.slice(0, at) : '';
  const domain = value.slice(at + 1);
  const first = charactersOf(local)[0];
  if (first === undefined || domain === '') return FULLY_HIDDEN;
  return `${first}${FULLY_HIDDEN}@${domain}`;
}

export const MASKS: Readonly<Record<FieldClass, (value: string) => string>> = {
  ID_NUMBER: maskIdNumber,
  MOBILE: maskMobile,
  CARD_NUMBER: maskCardNumber,
  ACCOUNT_NUMBER: maskAccountNumber,
  ADDRESS: maskAddress,
  EMAIL: maskEmail,
};

export function maskValue(fieldClass: FieldClass, value: string): string {
  return MASKS[fieldClass](value);
}

/** Keys of T whose values are text (or absent): only those can carry a field class. */
export type TextKeys<T> = { [K in keyof T]-?: T[K] extends string | null | undefined ? K : never }[keyof T] & string;

export type FieldClasses<T> = Partial<Record<TextKeys<T>, FieldClass>>;

export interface MaskOptions {
  /** Fields the caller was allowed to see in full for this request: permission
   * customer.show-in-full checked, reason given, audit row written (issue 4). Empty by default. */
  inFull?: ReadonlySet<string>;
}

/**
 * A copy of `record` with every classified field masked unless listed in `inFull`. Null and
 * undefined stay as they are (nothing to hide). A non-text value in a classified field (untyped
 * data from a driver) is masked as its text rather than passed through.
 */
export function maskRecord<T extends object>(record: T, fieldClasses: FieldClasses<T>, options: MaskOptions = {}): T {
  const inFull = options.inFull ?? new Set<string>();
  const copy = { ...record } as Record<string, unknown>;
  for (const [field, fieldClass] of Object.entries(fieldClasses) as [string, FieldClass | undefined][]) {
    const value = copy[field];
    if (fieldClass === undefined || inFull.has(field) || value === null || value === undefined) continue;
    copy[field] = maskValue(fieldClass, typeof value === 'string' ? value : String(value));
  }
  return copy as T;
}
