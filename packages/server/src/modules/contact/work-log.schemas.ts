/** Request and response shapes of the work log API (docs/api.md "Communication reports and work log"). */
import { z } from 'zod';
import { CONTACT_CHANNELS, CONTACT_PURPOSES } from './contact-rules.schemas.ts';
import { calendarDay } from './communication-reports.schemas.ts';
import { MAX_ENTRIES_PER_DAY, WORK_LOG_SECTIONS } from './work-log.rules.ts';

const staffNo = z.string().trim().min(1).max(32);

export const workLogDayQuery = z.strictObject({
  date: calendarDay,
  /** Another staff member's log: heads only, for staff of their org. Default: your own. */
  staffNo: staffNo.optional(),
});

export const workLogDateParams = z.strictObject({ date: calendarDay });

export const workLogEntry = z.strictObject({ section: z.enum(WORK_LOG_SECTIONS), text: z.string().max(2000) });
export const workLogBody = z.strictObject({ entries: z.array(workLogEntry).max(MAX_ENTRIES_PER_DAY) });
export type WorkLogBody = z.infer<typeof workLogBody>;

export const workLogWeekQuery = z.strictObject({
  /** Any day of the week (Monday to Sunday) wanted; default today. */
  weekOf: calendarDay.optional(),
  /** One staff member; default: yourself, or for a head every staff member of their org. */
  staffNo: staffNo.optional(),
});

const staffRef = z.object({ staffNo: z.string(), name: z.string() });

export const workLogVisit = z.object({
  recordId: z.string(),
  customer: z.object({ id: z.string(), customerNo: z.string(), name: z.string() }),
  channel: z.enum(CONTACT_CHANNELS),
  purpose: z.enum(CONTACT_PURPOSES),
  occurredAt: z.string(),
  durationMinutes: z.number().int().nullable(),
  outcome: z.string(),
  notes: z.string(),
  nextStep: z.string(),
});

export const workLogDay = z.object({
  staff: staffRef,
  date: z.string(),
  /** False until the day is first saved (the visits are there anyway). */
  saved: z.boolean(),
  updatedAt: z.string().nullable(),
  entries: z.array(z.object({ section: z.enum(WORK_LOG_SECTIONS), text: z.string() })),
  visits: z.array(workLogVisit).describe("the staff member's contact records of that day (China Standard Time), of customers in your scope"),
  /** Whether the caller may save this day (their own log, not a future day). */
  editable: z.boolean(),
});
export type WorkLogDayResponse = z.infer<typeof workLogDay>;

const byChannel = z.record(z.enum(CONTACT_CHANNELS), z.number().int());
const counts = z.object({
  contacts: z.number().int(),
  customers: z.number().int().describe('distinct customers contacted'),
  byChannel,
  entries: z.number().int(),
  daysLogged: z.number().int(),
});

export const workLogWeek = z.object({
  week: z.object({ start: z.string(), end: z.string() }),
  staff: z.array(
    z.object({
      staff: staffRef.extend({ role: z.string() }),
      days: z.array(z.object({ date: z.string(), saved: z.boolean(), entries: z.number().int(), contacts: z.number().int() })),
      ...counts.shape,
    }),
  ),
  totals: counts,
});
export type WorkLogWeekResponse = z.infer<typeof workLogWeek>;
