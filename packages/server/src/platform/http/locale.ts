import type { FastifyRequest } from 'fastify';

/** The languages of the UI and of API messages (zh-CN first). */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

interface LanguageRange {
  /** Lower-case primary subtag ('zh', 'en', '*' …). */
  primary: string;
  weight: number;
  index: number;
}

// A header is a handful of ranges; a hostile one is cut short rather than parsed at length.
const MAX_RANGES = 32;

/**
 * The caller's language from Accept-Language (RFC 9110 §12.5.4): the acceptable range with the
 * highest q-value (ties: the one listed first) that is Chinese or English. Every Chinese range
 * (zh, zh-CN, zh-TW, zh-Hant …) gets zh-CN, the only Chinese we write; every English one gets en.
 * `*` stands for the default, zh-CN, unless zh is refused with q=0. No usable range: zh-CN.
 */
export function localeOf(request: Pick<FastifyRequest, 'headers'>): Locale {
  return localeFromHeader(request.headers['accept-language']);
}

export function localeFromHeader(header: string | string[] | undefined): Locale {
  const text = Array.isArray(header) ? header.join(',') : header;
  if (typeof text !== 'string' || text.trim() === '') return DEFAULT_LOCALE;
  const ranges = text.split(',').slice(0, MAX_RANGES).map(parseRange).filter((range) => range !== null);
  // q=0 means "not acceptable": it excludes that language even when `*` would admit it.
  const refused = new Set(ranges.filter((range) => range.weight === 0).map((range) => localeOfPrimary(range.primary)));
  const acceptable = ranges.filter((range) => range.weight > 0).sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const range of acceptable) {
    if (range.primary === '*') {
      const any = [DEFAULT_LOCALE, ...LOCALES].find((locale) => !refused.has(locale));
      if (any) return any;
      continue;
    }
    const locale = localeOfPrimary(range.primary);
    if (locale && !refused.has(locale)) return locale;
  }
  return DEFAULT_LOCALE;
}

function parseRange(part: string, index: number): LanguageRange | null {
  const [tag = '', ...parameters] = part.split(';');
  // Underscores ('en_US') are not standard but common in hand-written clients.
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === '') return null;
  let weight = 1;
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=').map((piece) => piece.trim());
    if (name.toLowerCase() !== 'q') continue;
    // A malformed q-value makes the range unusable rather than silently preferred.
    weight = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value) ? Number.parseFloat(value) : -1;
  }
  return weight < 0 ? null : { primary, weight, index };
}

function localeOfPrimary(primary: string): Locale | undefined {
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return undefined;
}
