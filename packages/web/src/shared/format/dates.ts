/**
 * Dates and months as the API sends them ("2026-09-30", "2026-09") and instants (ISO 8601, UTC),
 * shown in the reader's language. A calendar day is a day, not an instant: it is formatted in
 * UTC so that no time zone moves it to the day before.
 */

const PLACEHOLDER = '—';
/** The bank's time: instants (a lockout end, an audit time) are shown in China Standard Time. */
export const BANK_TIME_ZONE = 'Asia/Shanghai';

function localeOf(language: string): string {
  return language === 'en' ? 'en-US' : 'zh-CN';
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();
const instantFormats = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = cache.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), options);
    cache.set(language, format);
  }
  return format;
}

/** "2026-09-30" → zh-CN "2026/09/30", en "Sep 30, 2026". */
export function formatDay(day: string | null | undefined, language: string): string {
  if (!day) return PLACEHOLDER;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const options: Intl.DateTimeFormatOptions =
    language === 'en' ? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' } : { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' };
  return cached(dayFormats, language, options).format(date);
}

/** "2026-09" → zh-CN "2026年9月", en "Sep 2026". */
export function formatMonth(month: string | null | undefined, language: string): string {
  if (!month) return PLACEHOLDER;
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return cached(monthFormats, language, { year: 'numeric', month: language === 'en' ? 'short' : 'long', timeZone: 'UTC' }).format(date);
}

/** An ISO 8601 instant in China Standard Time, e.g. zh-CN "2026/09/30 14:05". */
export function formatInstant(instant: string | null | undefined, language: string): string {
  if (!instant) return PLACEHOLDER;
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return cached(instantFormats, language, {
    year: 'numeric',
    month: language === 'en' ? 'short' : '2-digit',
    day: language === 'en' ? 'numeric' : '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    // h23, not hour12: false, which some engines render as "24:30" after midnight.
    hourCycle: 'h23',
    timeZone: BANK_TIME_ZONE,
  }).format(date);
}

/** Whole numbers (counts of customers) with the locale's grouping. */
export function formatCount(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return PLACEHOLDER;
  return new Intl.NumberFormat(localeOf(language)).format(value);
}
