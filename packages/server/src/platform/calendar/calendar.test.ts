import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { FESTIVALS as CONTACT_FESTIVALS } from '../../modules/contact/contact-rules.schemas.ts';
import {
  addDays,
  addWorkingDays,
  daysBetween,
  FESTIVALS,
  festivalDate,
  festivalsBetween,
  hasPublishedHolidays,
  isWorkingDay,
  workingDaysBetween,
  type Festival,
} from './calendar.ts';

describe('festivalDate', () => {
  // Known Gregorian dates (published PRC calendars; the same as the Hong Kong Observatory's
  // Gregorian–lunar conversion tables).
  it.each([
    ['SPRING_FESTIVAL', 2025, '2025-01-29'],
    ['SPRING_FESTIVAL', 2026, '2026-02-17'],
    ['SPRING_FESTIVAL', 2027, '2027-02-06'],
    ['SPRING_FESTIVAL', 2028, '2028-01-26'],
    ['SPRING_FESTIVAL', 2029, '2029-02-13'],
    ['SPRING_FESTIVAL', 2030, '2030-02-03'],
    ['LANTERN', 2025, '2025-02-12'],
    ['LANTERN', 2026, '2026-03-03'],
    ['LANTERN', 2027, '2027-02-20'],
    ['LANTERN', 2028, '2028-02-09'],
    ['LANTERN', 2029, '2029-02-27'],
    ['LANTERN', 2030, '2030-02-17'],
    ['DRAGON_BOAT', 2025, '2025-05-31'],
    ['DRAGON_BOAT', 2026, '2026-06-19'],
    ['DRAGON_BOAT', 2027, '2027-06-09'],
    ['DRAGON_BOAT', 2028, '2028-05-28'],
    ['DRAGON_BOAT', 2029, '2029-06-16'],
    ['DRAGON_BOAT', 2030, '2030-06-05'],
    ['MID_AUTUMN', 2025, '2025-10-06'],
    ['MID_AUTUMN', 2026, '2026-09-25'],
    ['MID_AUTUMN', 2027, '2027-09-15'],
    ['MID_AUTUMN', 2028, '2028-10-03'],
    ['MID_AUTUMN', 2029, '2029-09-22'],
    ['MID_AUTUMN', 2030, '2030-09-12'],
    ['NEW_YEAR', 2027, '2027-01-01'],
    ['LABOUR_DAY', 2028, '2028-05-01'],
    ['NATIONAL_DAY', 2029, '2029-10-01'],
  ] as const)('%s %i is %s', (festival, year, date) => {
    expect(festivalDate(festival, year)).toBe(date);
  });

  // A second, independent lunar implementation (chinese-days' own lunar tables) agrees with
  // lunar-javascript for every lunar festival of every year from 2000 to 2050.
  it('agrees with chinese-days for the lunar festivals of 2000–2050', () => {
    const lunar: Array<[Festival, string]> = [
      ['SPRING_FESTIVAL', '01-01'],
      ['LANTERN', '01-15'],
      ['DRAGON_BOAT', '05-05'],
      ['MID_AUTUMN', '08-15'],
    ];
    for (let year = 2000; year <= 2050; year += 1) {
      for (const [festival, monthDay] of lunar) {
        expect(festivalDate(festival, year), `${festival} ${year}`).toBe(chineseDays.getSolarDateFromLunar(`${year}-${monthDay}`).date);
      }
    }
  });

  it('lists the same festivals as the contact rules', () => {
    expect([...FESTIVALS]).toEqual([...CONTACT_FESTIVALS]);
  });

  it('refuses a year outside the lunar tables', () => {
    expect(() => festivalDate('MID_AUTUMN', 1800)).toThrow(RangeError);
  });
});

describe('festivalsBetween', () => {
  it('finds the festivals in a window, both ends included, across a year end', () => {
    expect(festivalsBetween('2025-12-30', '2026-03-03')).toEqual([
      { festival: 'NEW_YEAR', year: 2026, date: '2026-01-01' },
      { festival: 'SPRING_FESTIVAL', year: 2026, date: '2026-02-17' },
      { festival: 'LANTERN', year: 2026, date: '2026-03-03' },
    ]);
  });

  it('keeps only the festivals asked for', () => {
    expect(festivalsBetween('2026-09-20', '2026-10-01', ['NATIONAL_DAY'])).toEqual([{ festival: 'NATIONAL_DAY', year: 2026, date: '2026-10-01' }]);
    expect(festivalsBetween('2026-09-20', '2026-10-01')).toEqual([
      { festival: 'MID_AUTUMN', year: 2026, date: '2026-09-25' },
      { festival: 'NATIONAL_DAY', year: 2026, date: '2026-10-01' },
    ]);
  });

  it('orders festivals falling on one day by the list (中秋 and 国庆 on 2020-10-01)', () => {
    expect(festivalsBetween('2020-10-01', '2020-10-01').map((day) => day.festival)).toEqual(['MID_AUTUMN', 'NATIONAL_DAY']);
  });

  it('is empty for an empty window', () => {
    expect(festivalsBetween('2026-07-01', '2026-07-31')).toEqual([]);
    expect(festivalsBetween('2026-10-02', '2026-10-01')).toEqual([]);
  });
});

describe('isWorkingDay', () => {
  it.each([
    // 2025: make-up workdays (调休上班) on weekends
    ['2025-01-26', true, 'Sunday, 春节 make-up'],
    ['2025-02-08', true, 'Saturday, 春节 make-up'],
    ['2025-04-27', true, 'Sunday, 劳动节 make-up'],
    ['2025-09-28', true, 'Sunday, 国庆 make-up'],
    ['2025-10-11', true, 'Saturday, 国庆 make-up'],
    // 2026, per the State Council's notice as carried by chinese-days
    ['2026-01-04', true, 'Sunday, 元旦 make-up'],
    ['2026-02-14', true, 'Saturday, 春节 make-up'],
    ['2026-02-28', true, 'Saturday, 春节 make-up'],
    ['2026-05-09', true, 'Saturday, 劳动节 make-up'],
    ['2026-09-20', true, 'Sunday, 国庆 make-up'],
    ['2026-10-10', true, 'Saturday, 国庆 make-up'],
    // holidays on weekdays
    ['2025-10-01', false, 'Wednesday, 国庆'],
    ['2025-10-08', false, 'Wednesday, 国庆 (8 days with 中秋)'],
    ['2026-02-17', false, 'Tuesday, 春节'],
    ['2026-09-25', false, 'Friday, 中秋'],
    ['2026-10-07', false, 'Wednesday, 国庆'],
    // ordinary days
    ['2026-10-09', true, 'Friday'],
    ['2026-10-11', false, 'Sunday'],
    ['2026-11-26', true, 'Thursday'],
    ['2026-11-28', false, 'Saturday'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it('lists exactly these weekend working days in 2025 and 2026', () => {
    for (const [year, expected] of [
      [2025, ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']],
      [2026, ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']],
    ] as const) {
      const found: string[] = [];
      for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1)) {
        const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
        if ((weekday === 0 || weekday === 6) && isWorkingDay(day)) found.push(day);
      }
      expect(found).toEqual(expected);
    }
  });

  it('knows which years are published', () => {
    expect(hasPublishedHolidays(2026)).toBe(true);
    expect(hasPublishedHolidays(2040)).toBe(false);
  });

  it('refuses what is not a date', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2025-09-26', 1, '2025-09-28', 'Friday + 1 is the make-up Sunday'],
    ['2025-09-30', 1, '2025-10-09', 'over the 8-day 国庆/中秋 holiday'],
    ['2025-10-09', 2, '2025-10-11', 'Thursday + 2 is the make-up Saturday'],
    ['2025-10-09', -1, '2025-09-30', 'back over the holiday'],
    ['2026-02-13', 1, '2026-02-14', 'Friday + 1 is the make-up Saturday before 春节'],
    ['2026-02-14', 1, '2026-02-24', 'over 春节 2026 (02-15 to 02-23)'],
    ['2026-11-26', 0, '2026-11-26', 'zero on a working day'],
    ['2026-11-28', 0, '2026-11-30', 'zero on a Saturday: the next working day'],
    ['2026-11-27', 5, '2026-12-04', 'an ordinary week'],
  ] as const)('%s + %i working days = %s (%s)', (date, count, expected, _why) => {
    expect(addWorkingDays(date, count)).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2025-09-27', '2025-10-12', 6, 'the make-up Sunday, 09-29, 09-30, 10-09, 10-10 and the make-up Saturday'],
    ['2026-10-01', '2026-10-07', 0, 'the National Day week'],
    ['2026-11-23', '2026-11-29', 5, 'an ordinary week'],
    ['2026-11-29', '2026-11-23', 0, 'backwards'],
  ] as const)('[%s, %s] has %i working days (%s)', (from, to, expected, _why) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });
});

describe('day arithmetic', () => {
  it('adds days and counts them across month, year and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-10-01', '2026-10-08')).toBe(7);
    expect(daysBetween('2026-10-08', '2026-10-01')).toBe(-7);
  });
});
