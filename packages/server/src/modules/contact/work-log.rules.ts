/**
 * The daily work log (工作日志, DOMAIN.md §7), pure: the sections a day's entries belong to, how a
 * day's entries are cleaned before they are stored, and the week a supervisor's summary covers.
 */

/** Morning-meeting notes, sales, suggestions and memos; the day's visits come from contact records. */
export const WORK_LOG_SECTIONS = ['MORNING_MEETING', 'SALES', 'SUGGESTION', 'MEMO'] as const;
export type WorkLogSection = (typeof WORK_LOG_SECTIONS)[number];

export const MAX_ENTRIES_PER_DAY = 100;

export interface WorkLogEntry {
  section: WorkLogSection;
  text: string;
}

/**
 * What is stored for a day: the entries in the order given, trimmed, blank ones dropped (an
 * editor's empty line is not an entry). Saving the same day twice stores the same rows.
 */
export function cleanEntries(entries: readonly WorkLogEntry[]): WorkLogEntry[] {
  return entries.map((entry) => ({ section: entry.section, text: entry.text.trim() })).filter((entry) => entry.text !== '');
}

function dayToUtc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function utcToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = dayToUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return utcToDay(date);
}

/** The ISO week (Monday to Sunday) containing `day`, as the contact rules count weeks. */
export function weekContaining(day: string): { start: string; end: string } {
  const weekday = (dayToUtc(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const start = addDays(day, -weekday);
  return { start, end: addDays(start, 6) };
}

/** Every day from start to end, both included. */
export function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) days.push(day);
  return days;
}
