import { describe, expect, it } from 'vitest';
import { addDays, addMonths, monthEnd, monthWeeks, todayInBank, weekDays, weekStart } from './contact-dates.ts';

describe('contact calendar arithmetic', () => {
  it.each([
    ['2026-11-26', '2026-11-23'], // Thursday
    ['2026-11-23', '2026-11-23'], // Monday
    ['2026-11-29', '2026-11-23'], // Sunday ends the ISO week
    ['2027-01-01', '2026-12-28'], // across the year
  ])('the week of %s starts on Monday %s', (day, monday) => {
    expect(weekStart(day)).toBe(monday);
  });

  it('counts days and months across their ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(monthEnd('2026-02-10')).toBe('2026-02-28');
    expect(monthEnd('2028-02-10')).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', -1)).toBe('2025-12-01');
  });

  it('lays a month out in whole Monday-first weeks', () => {
    const weeks = monthWeeks('2026-11-26');
    expect(weeks[0]![0]).toBe('2026-10-26');
    expect(weeks.at(-1)!.at(-1)).toBe('2026-12-06');
    expect(weeks).toHaveLength(6);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weekDays('2026-11-26')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
  });

  it("takes today from the bank's time zone, not the browser's", () => {
    // 17:00 UTC on the 25th is already the 26th in Shanghai.
    expect(todayInBank(new Date('2026-11-25T17:00:00Z'))).toBe('2026-11-26');
  });
});
