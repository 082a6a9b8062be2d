/**
 * Calendar arithmetic for the contact pages, on 'YYYY-MM-DD' days (UTC dates, so that no time
 * zone moves a day). Weeks are ISO weeks, Monday to Sunday, as the server's periods are.
 */

function toDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, date!));
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The bank's calendar day (Asia/Shanghai), as the server counts "today". */
export function todayInBank(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

export function addDays(day: string, days: number): string {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return toDay(date);
}

/** Monday of the ISO week that contains `day`. */
export function weekStart(day: string): string {
  const weekday = (toDate(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

export function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function monthEnd(day: string): string {
  const date = toDate(monthStart(day));
  date.setUTCMonth(date.getUTCMonth() + 1);
  date.setUTCDate(0);
  return toDay(date);
}

export function addMonths(day: string, months: number): string {
  const date = toDate(monthStart(day));
  date.setUTCMonth(date.getUTCMonth() + months);
  return toDay(date);
}

/** The 7 days of the week of `day`. */
export function weekDays(day: string): string[] {
  const start = weekStart(day);
  return Array.from({ length: 7 }, (_, index) => addDays(start, index));
}

/**
 * The month of `day` as whole weeks (Monday first): each row 7 days, the days before the 1st and
 * after the last belonging to the neighbouring months.
 */
export function monthWeeks(day: string): string[][] {
  const first = weekStart(monthStart(day));
  const last = addDays(weekStart(monthEnd(day)), 6);
  const weeks: string[][] = [];
  for (let start = first; start <= last; start = addDays(start, 7)) weeks.push(weekDays(start));
  return weeks;
}

/** The value of an <input type="datetime-local"> for an instant, in the browser's time zone. */
export function localDateTimeInput(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
