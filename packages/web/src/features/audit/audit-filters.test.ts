import { describe, expect, it } from 'vitest';
import { bankInstant, toAuditFilters } from './audit-filters.ts';

describe('audit filters', () => {
  it.each([
    ['2026-09-30T10:05', '2026-09-30T10:05:00+08:00'],
    ['2026-09-30T10:05:30', '2026-09-30T10:05:30+08:00'],
    ['', undefined],
    [undefined, undefined],
    ['yesterday', undefined],
  ])('reads %s as the bank time %s', (local, expected) => {
    expect(bankInstant(local)).toBe(expected);
  });

  it('trims, and leaves out what is empty', () => {
    expect(toAuditFilters({ staffNo: ' S00009 ', customerId: '', action: undefined, result: 'DENIED', from: '2026-09-01T00:00', to: '' })).toEqual({
      staffNo: 'S00009',
      result: 'DENIED',
      from: '2026-09-01T00:00:00+08:00',
    });
    expect(toAuditFilters({})).toEqual({});
  });
});
