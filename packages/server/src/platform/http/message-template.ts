/**
 * The small template language of the error catalogue (error-messages.ts, docs/errors.md):
 *
 *   {name}          a detail, as text; a list is joined, a localized text is shown in the caller's language
 *   {name|count}    the length of a list detail
 *   {name|seconds}  a duration in milliseconds, in whole seconds (rounded up)
 *   {name|time}     an instant, as China Standard Time 'YYYY-MM-DD HH:MM:SS'
 *   [ … ]           an optional part: dropped when a detail inside it is missing
 *
 * A message never carries an ID, phone, card or account number or an email address in full
 * (issue 4 "Access control"): a detail whose name says it holds one, or whose value looks like one,
 * is treated as missing — the caller still finds what the module chose to put in `details`.
 */
import type { Locale } from './locale.ts';

/** A text a module supplies in both languages, e.g. in a list of problems inside `details`. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export const PIPES = ['count', 'seconds', 'time'] as const;
type Pipe = (typeof PIPES)[number];

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?:\|([a-z]+))?\}/g;
const OPTIONAL_PART = /\[([^[\]]*)\]/g;
/** What stands for a required detail that is missing: the message stays readable. */
export const MISSING = '…';
/** Long lists (days of a data gap …) are cut: the full list stays in `details`. */
export const MAX_LISTED = 10;

/** Names of details that hold sensitive values by their meaning (masking.rules.ts field classes). */
export const SENSITIVE_NAME = /id_?(number|no|card)|identity|phone|mobile|telephone|email|mail|account_?(no|number)|card_?(no|number)|address|password|token|secret/i;
/**
 * Values that look like sensitive numbers whatever their name: 11 or more digits, even spaced or
 * dashed (a mobile number has 11, an ID number 17 + check digit, cards and accounts 12–19), an
 * ID number ending in X, or an email address.
 */
const SENSITIVE_VALUE = /\d(?:[\s-]?\d){10,}|\d{17}[Xx]|[^\s@]+@[^\s@]+\.[^\s@]+/;

export function looksSensitive(value: string): boolean {
  return SENSITIVE_VALUE.test(value);
}

/** The placeholders of a template: what the catalogue tests check. */
export function placeholdersOf(template: string): { name: string; pipe: string | undefined }[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => ({ name: match[1]!, pipe: match[2] }));
}

export function renderTemplate(template: string, details: Readonly<Record<string, unknown>>, locale: Locale): string {
  const withOptionalParts = template.replace(OPTIONAL_PART, (_, inner: string) => fill(inner, details, locale) ?? '');
  return fill(withOptionalParts, details, locale, MISSING)!;
}

function fill(text: string, details: Readonly<Record<string, unknown>>, locale: Locale, missing?: string): string | null {
  let complete = true;
  const filled = text.replace(PLACEHOLDER, (_, name: string, pipe: string | undefined) => {
    const value = SENSITIVE_NAME.test(name) ? undefined : format(details[name], pipe as Pipe | undefined, locale);
    if (value === undefined) complete = false;
    return value ?? missing ?? '';
  });
  return complete || missing !== undefined ? filled : null;
}

function format(value: unknown, pipe: Pipe | undefined, locale: Locale): string | undefined {
  switch (pipe) {
    case 'count':
      return Array.isArray(value) ? String(value.length) : undefined;
    case 'seconds':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? String(Math.max(1, Math.ceil(value / 1000))) : undefined;
    case 'time':
      return chinaTime(value);
    case undefined:
      return Array.isArray(value) ? list(value, locale) : text(value, locale);
    default:
      return undefined;
  }
}

function text(value: unknown, locale: Locale): string | undefined {
  if (isLocalizedText(value)) return locale === 'en' ? value.en : value.zh;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return text(String(value), locale);
  if (typeof value !== 'string' || value === '' || looksSensitive(value)) return undefined;
  return value;
}

function list(values: readonly unknown[], locale: Locale): string | undefined {
  const items = values.slice(0, MAX_LISTED).map((value) => text(value, locale));
  if (items.length === 0 || items.some((item) => item === undefined)) return undefined;
  // Sentences (localized texts) are separated like sentences, short values like a list.
  const sentences = values.some(isLocalizedText);
  const separator = locale === 'en' ? (sentences ? '; ' : ', ') : sentences ? '；' : '、';
  const more = values.length - items.length;
  const rest = more === 0 ? '' : locale === 'en' ? ` and ${more} more` : ` 等（另有 ${more} 项）`;
  return items.join(separator) + rest;
}

export function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof (value as LocalizedText).zh === 'string' && typeof (value as LocalizedText).en === 'string';
}

// The bank works in China Standard Time; 'sv-SE' formats as 'YYYY-MM-DD HH:MM:SS'.
const CHINA_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function chinaTime(value: unknown): string | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? CHINA_TIME.format(date) : undefined;
}
