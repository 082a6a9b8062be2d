/**
 * The bank's calendar (DOMAIN.md §7): the festivals of the sub-branch maintenance plan — solar
 * (元旦, 劳动节, 国庆) and lunar (春节, 元宵, 端午, 中秋, which move every year) — and PRC working
 * days with the State Council's holidays and make-up workdays (调休), for whatever counts
 * working days. Lunar dates come from lunar-javascript, holidays from chinese-days: neither is
 * hand-written. Dates are 'YYYY-MM-DD' strings throughout (no time zone can shift them).
 */
// The package ships no types: every program that compiles this file (the API client generator's
// included) must see the declaration, not only those whose include globs happen to cover it.
/// <reference path="./lunar-javascript.d.ts" />
import chineseDays from 'chinese-days';
import lunarJavascript from 'lunar-javascript';

/** The festivals the bank greets customers on (the sub-branch plan's list, §7), in year order. */
export const FESTIVALS = ['NEW_YEAR', 'SPRING_FESTIVAL', 'LANTERN', 'LABOUR_DAY', 'DRAGON_BOAT', 'MID_AUTUMN', 'NATIONAL_DAY'] as const;
export type Festival = (typeof FESTIVALS)[number];

/** Where each festival falls: a solar month-day, or a day of the lunar calendar. */
export const FESTIVAL_RULES: Record<Festival, { calendar: 'SOLAR' | 'LUNAR'; month: number; day: number }> = {
  NEW_YEAR: { calendar: 'SOLAR', month: 1, day: 1 },
  SPRING_FESTIVAL: { calendar: 'LUNAR', month: 1, day: 1 },
  LANTERN: { calendar: 'LUNAR', month: 1, day: 15 },
  LABOUR_DAY: { calendar: 'SOLAR', month: 5, day: 1 },
  DRAGON_BOAT: { calendar: 'LUNAR', month: 5, day: 5 },
  MID_AUTUMN: { calendar: 'LUNAR', month: 8, day: 15 },
  NATIONAL_DAY: { calendar: 'SOLAR', month: 10, day: 1 },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function toTime(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/**
 * The Gregorian day of a festival in a Gregorian year. Every lunar festival of the list falls in
 * the first eight lunar months, so lunar year Y's festival lies in Gregorian year Y.
 */
export function festivalDate(festival: Festival, year: number): string {
  if (!Number.isInteger(year) || year < 1901 || year > 2099) throw new RangeError(`year out of range: ${year}`);
  const rule = FESTIVAL_RULES[festival];
  if (rule.calendar === 'SOLAR') return `${year}-${pad(rule.month)}-${pad(rule.day)}`;
  return lunarJavascript.Lunar.fromYmd(year, rule.month, rule.day).getSolar().toYmd();
}

export interface FestivalDay {
  festival: Festival;
  year: number;
  date: string;
}

/** The festivals falling within [from, to], both included, in date order. */
export function festivalsBetween(from: string, to: string, festivals: readonly Festival[] = FESTIVALS): FestivalDay[] {
  const start = toTime(from);
  const end = toTime(to);
  const days: FestivalDay[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const festival of festivals) {
      const date = festivalDate(festival, year);
      const time = toTime(date);
      if (time >= start && time <= end) days.push({ festival, year, date });
    }
  }
  return days.sort((a, b) => a.date.localeCompare(b.date) || FESTIVALS.indexOf(a.festival) - FESTIVALS.indexOf(b.festival));
}

/**
 * A PRC working day: Monday to Friday unless a public holiday, and the weekend days the State
 * Council makes working days (调休上班). Years the State Council has not yet published count
 * weekdays only (chinese-days carries each year once it is announced, in the previous November).
 */
export function isWorkingDay(date: string): boolean {
  toTime(date);
  return chineseDays.isWorkday(date);
}

/** Whether the holidays of a year are known (published) or only weekends count. */
export function hasPublishedHolidays(year: number): boolean {
  return chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
}

/**
 * The working day `count` working days after `date` (before it when negative). Zero gives the
 * date itself when it is a working day, else the next working day.
 */
export function addWorkingDays(date: string, count: number): string {
  if (!Number.isInteger(count)) throw new RangeError(`not a whole number of days: ${count}`);
  let day = date;
  if (count === 0) {
    while (!isWorkingDay(day)) day = addDays(day, 1);
    return day;
  }
  const step = count > 0 ? 1 : -1;
  let left = Math.abs(count);
  while (left > 0) {
    day = addDays(day, step);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** The working days in [from, to], both included; 0 when `to` is before `from`. */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let time = toTime(from), end = toTime(to); time <= end; time += DAY_MS) {
    if (isWorkingDay(fromTime(time))) count += 1;
  }
  return count;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
