import { describe, expect, it } from 'vitest';
import { addDays, cleanEntries, daysBetween, weekContaining } from './work-log.rules.ts';

describe('weekContaining', () => {
  it.each([
    ['2026-11-26', '2026-11-23', '2026-11-29'], // a Thursday
    ['2026-11-23', '2026-11-23', '2026-11-29'], // the Monday itself
    ['2026-11-29', '2026-11-23', '2026-11-29'], // the Sunday belongs to the week before it
    ['2026-12-31', '2026-12-28', '2027-01-03'], // across the year
    ['2028-03-01', '2028-02-28', '2028-03-05'], // across a leap day
  ])('%s → %s … %s', (day, start, end) => {
    expect(weekContaining(day)).toEqual({ start, end });
  });
});

describe('days', () => {
  it('adds days across months and lists a week', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-28', '2027-01-03')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(daysBetween('2026-12-28', '2026-12-27')).toEqual([]);
  });
});

describe('cleanEntries', () => {
  it.each([
    [[{ section: 'MEMO' as const, text: '  回访张先生  ' }], [{ section: 'MEMO', text: '回访张先生' }]],
    [[{ section: 'SALES' as const, text: ' ' }, { section: 'MORNING_MEETING' as const, text: '本周重点：到期客户' }], [{ section: 'MORNING_MEETING', text: '本周重点：到期客户' }]],
    [[], []],
  ])('%o → %o', (entries, cleaned) => {
    expect(cleanEntries(entries)).toEqual(cleaned);
  });
});
