import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, localeFromHeader, localeOf } from './locale.ts';

describe('localeOf: the caller language from Accept-Language', () => {
  it.each([
    // missing or empty: the default
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['   ', 'zh-CN'],
    // plain tags and regions
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['en_US', 'en'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh-Hant-HK', 'zh-CN'],
    // what a browser sends
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8,en-GB;q=0.7', 'zh-CN'],
    // q-values decide, whatever the order; ties go to the first listed
    ['zh;q=0.5, en;q=0.8', 'en'],
    ['en;q=0.8, zh;q=0.8', 'en'],
    ['zh;q=0.8, en;q=0.8', 'zh-CN'],
    ['en;q=1.0, zh', 'en'],
    ['en; q = 0.9, zh;q=0.3', 'en'],
    ['en;Q=0.2, zh;q=0.1', 'en'],
    // languages we do not write are passed over
    ['fr-FR, de;q=0.9, en;q=0.1', 'en'],
    ['fr, de', 'zh-CN'],
    // q=0 refuses a language
    ['en;q=0', 'zh-CN'],
    ['zh;q=0, en;q=0.1', 'en'],
    // `*` is "anything": the default, unless the default is refused
    ['*', 'zh-CN'],
    ['*, en;q=0.5', 'zh-CN'],
    ['en;q=0.5, *;q=0.9', 'zh-CN'],
    ['zh;q=0, *', 'en'],
    ['zh;q=0, en;q=0, *', 'zh-CN'],
    // malformed parts are ignored, the rest still counts
    ['en;q=abc, zh;q=0.1', 'zh-CN'],
    ['en;q=2, zh;q=0.1', 'zh-CN'],
    ['en;q=-1', 'zh-CN'],
    [',,;q=1, en', 'en'],
    [';;;', 'zh-CN'],
  ])('%j → %s', (header, expected) => {
    expect(localeOf({ headers: header === undefined ? {} : { 'accept-language': header } })).toBe(expected);
  });

  it('reads a header given twice as one list', () => {
    expect(localeFromHeader(['fr', 'en;q=0.5'])).toBe('en');
  });

  it('reads only the first ranges of an overlong header', () => {
    expect(localeFromHeader(`${'fr;q=0.9,'.repeat(40)}en`)).toBe(DEFAULT_LOCALE);
  });
});
