import { describe, expect, it } from 'vitest';
import { contentDisposition, moneyCellValue } from './tier-export.rules.ts';

describe('moneyCellValue', () => {
  it.each([
    ['0.00', 0],
    ['1850000.00', 1850000],
    ['523118.40', 523118.4],
    ['-12.05', -12.05],
    ['99999999999.99', 99999999999.99],
  ])('writes %s as the number that reads back as exactly it', (decimal, number) => {
    expect(moneyCellValue(decimal)).toBe(number);
    expect((moneyCellValue(decimal) as number).toFixed(2)).toBe(decimal);
  });

  it('keeps an amount a double cannot hold to the cent as its exact string', () => {
    expect(moneyCellValue('90071992547409.93')).toBe('90071992547409.93');
    expect(moneyCellValue('123456789012345678.01')).toBe('123456789012345678.01');
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII name and the UTF-8 name percent-encoded (RFC 5987)', () => {
    const org = { id: 1, code: 'BR1/S1 "x"', name: '第一分行(城东)', level: 'BRANCH' };
    expect(contentDisposition({ org, month: '2026-09' }, { locale: 'zh-CN', table: 'orgs' })).toBe(
      `attachment; filename="tier-statistics-by-org-BR1_S1__x_-2026-09.xlsx"; filename*=UTF-8''${encodeURIComponent('分层统计_按机构_第一分行')}%28${encodeURIComponent('城东')}%29_2026-09.xlsx`,
    );
    expect(contentDisposition({ org, month: '2026-09' }, { locale: 'en', table: 'tiers' })).toMatch(/filename\*=UTF-8''tier-statistics-by-tier_/);
  });
});
