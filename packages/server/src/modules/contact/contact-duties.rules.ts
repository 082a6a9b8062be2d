/**
 * Contact duties (DOMAIN.md §7 定期联系制度): what a rule owes a customer (or a staff member) in a
 * period, and its status. One duty is one customer × rule × period (or occasion); the same duties
 * make the compliance figures (contact-compliance.*) and the RULE items of the contact plan
 * (contact-plans.*), so the two can never disagree.
 *
 * Pure: the rules are expanded here into duty specs (periods, occasion dates), the SQL of
 * contact-duties.store.ts counts the qualifying contact records of every customer at once and
 * decides met-ness and status exactly as `dutyMet` and `dutyStatus` below do (they are its
 * reference, tested table by table).
 */
import { isWorkingDay } from '../../platform/calendar/calendar.ts';
import { CALL_CHANNELS, MARKETING_PURPOSES, MEETING_CHANNELS, type ContactChannel, type ContactPurpose, type ContactRule, type ContactRuleKind, type Festival, type RulePeriod } from './contact-rules.schemas.ts';

export const DUTY_STATUSES = ['MET', 'DUE', 'OVERDUE', 'NOT_APPLICABLE'] as const;
export type DutyStatus = (typeof DUTY_STATUSES)[number];

/** The channels marketing consent is given on (marketing_consent.channel, migration 0016): the remote ones. */
export const CONSENT_CHANNELS = ['PHONE', 'SMS', 'WECHAT', 'EMAIL'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

export function isConsentChannel(channel: string): channel is ConsentChannel {
  return (CONSENT_CHANNELS as readonly string[]).includes(channel);
}

/**
 * Whether a contact needs the customer's marketing consent on its channel (§13 PIPL): only a
 * marketing purpose over a remote channel. Service never needs it ("refusing marketing never
 * blocks service"); face to face the customer is there of their own accord, and consent is not
 * given per visit.
 */
export function needsMarketingConsent(purpose: ContactPurpose, channel: ContactChannel): boolean {
  return MARKETING_PURPOSES.includes(purpose) && isConsentChannel(channel);
}

// ---- dates ('YYYY-MM-DD', calendar days, no time zone) ----

const DAY_MS = 86_400_000;
const toTime = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number): string => new Date(time).toISOString().slice(0, 10);
export const addDays = (date: string, days: number): string => fromTime(toTime(date) + days * DAY_MS);
export const daysBetween = (from: string, to: string): number => Math.round((toTime(to) - toTime(from)) / DAY_MS);
const minDate = (a: string, b: string): string => (a < b ? a : b);
const maxDate = (a: string, b: string): string => (a > b ? a : b);

export interface Period {
  start: string;
  end: string;
}

/** The period of a kind containing `date`: WEEK is ISO Monday–Sunday; MONTH, QUARTER, YEAR are calendar ones. */
export function periodOf(kind: RulePeriod, date: string): Period {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const ymd = (y: number, m: number, d: number) => fromTime(Date.UTC(y, m - 1, d));
  switch (kind) {
    case 'WEEK': {
      const weekday = (new Date(toTime(date)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
      const start = addDays(date, -weekday);
      return { start, end: addDays(start, 6) };
    }
    case 'MONTH':
      return { start: ymd(year, month, 1), end: ymd(year, month + 1, 0) };
    case 'QUARTER': {
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      return { start: ymd(year, first, 1), end: ymd(year, first + 3, 0) };
    }
    case 'YEAR':
      return { start: ymd(year, 1, 1), end: ymd(year, 12, 31) };
  }
}

/** The name of a period in dedupe keys and texts: 2026-W48 (ISO week), 2026-11, 2026-Q4, 2026. */
export function periodLabel(kind: RulePeriod, start: string): string {
  switch (kind) {
    case 'WEEK': {
      const thursday = addDays(start, 3); // the ISO week belongs to the year of its Thursday
      const year = thursday.slice(0, 4);
      const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
      return `${year}-W${String(week).padStart(2, '0')}`;
    }
    case 'MONTH':
      return start.slice(0, 7);
    case 'QUARTER':
      return `${start.slice(0, 4)}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;
    case 'YEAR':
      return start.slice(0, 4);
  }
}

/** The periods of a kind that overlap [from, to], in order. */
export function periodsOverlapping(kind: RulePeriod, from: string, to: string): Period[] {
  const periods: Period[] = [];
  for (let period = periodOf(kind, from); period.start <= to; period = periodOf(kind, addDays(period.end, 1))) periods.push(period);
  return periods;
}

/** A birthday in a given year; 29 February falls on 28 February in common years (as the SQL does). */
export function birthdayIn(year: number, birthDate: string): string {
  const [month, day] = [Number(birthDate.slice(5, 7)), Number(birthDate.slice(8, 10))];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return fromTime(Date.UTC(year, month - 1, Math.min(day, lastDay)));
}

// ---- duty specs ----

/** The Gregorian date of each listed festival in a year (lunar ones move; platform/calendar computes them). */
export type FestivalDates = (year: number) => Readonly<Record<Festival, string>>;

/**
 * One rule × one period (or occasion), before it meets the customers. Dated duties carry their
 * window (when a contact counts) and their day; a BIRTHDAY spec carries the range the birthday
 * must fall in, and the SQL finds each customer's day. NO_VISIT_FOLLOW_UP is judged as of
 * `periodEnd`.
 */
export interface DutySpec {
  ruleCode: string;
  kind: ContactRuleKind;
  /** The period owed for; for a dated duty the day itself; for BIRTHDAY the range the birthday is looked for in. */
  periodStart: string;
  periodEnd: string;
  /** When a contact counts: the period, or daysBefore the occasion up to the day. Null for BIRTHDAY and NO_VISIT (per customer). */
  windowStart: string | null;
  windowEnd: string | null;
  dueOn: string | null;
  /** Dedupe key suffix and the facts' period: '2026-11', 'MID_AUTUMN:2026'; null when the SQL makes it per customer. */
  key: string | null;
  occasion: string | null;
  /** The birthday is per customer: the SQL computes window, due day and key. */
  birthday: boolean;
  daysBefore: number | null;
  minCalls: number | null;
  minMeetings: number | null;
  minContacts: number | null;
  minCustomers: number | null;
  /** For purpose-counted duties (PURPOSE_COUNT, GREETING, BIRTHDAY_GIFT). */
  purpose: ContactPurpose | null;
  channels: ContactChannel[] | null;
  minCount: number | null;
  tiers: string[] | null;
  minAumCents: string | null;
  maxAumCents: string | null;
  afterDays: number | null;
  followChannel: ContactChannel | null;
  /** A marketing duty is owed only to customers who consented on one of its remote channels. */
  marketing: boolean;
  /** Where the rule comes from (the bank document), shown with its duties. */
  source: string;
}

function blank(rule: ContactRule, period: Period): DutySpec {
  return {
    ruleCode: rule.code,
    kind: rule.kind,
    periodStart: period.start,
    periodEnd: period.end,
    windowStart: period.start,
    windowEnd: period.end,
    dueOn: period.end,
    key: null,
    occasion: null,
    birthday: false,
    daysBefore: null,
    minCalls: null,
    minMeetings: null,
    minContacts: null,
    minCustomers: null,
    purpose: null,
    channels: null,
    minCount: null,
    tiers: rule.appliesTo.tiers ? [...rule.appliesTo.tiers] : null,
    minAumCents: rule.appliesTo.minAumCents ?? null,
    maxAumCents: rule.appliesTo.maxAumCents ?? null,
    afterDays: null,
    followChannel: null,
    marketing: false,
    source: rule.source,
  };
}

/**
 * When a period's duty falls due in a plan: the period's last PRC working day (holidays and 调休
 * make-up days from the calendar), so that nobody is asked to call on 国庆 or a Sunday — a month
 * ending on a Saturday is due on the Friday, one ending on a make-up Saturday on that day.
 * Compliance still judges the whole period. A period without a working day keeps its end.
 */
export function lastWorkingDayOf(period: Period): string {
  for (let day = period.end; day >= period.start; day = addDays(day, -1)) if (isWorkingDay(day)) return day;
  return period.end;
}

function periodic(rule: ContactRule & { period: RulePeriod }, period: Period): DutySpec {
  const spec = { ...blank(rule, period), key: periodLabel(rule.period, period.start) };
  if (rule.kind === 'CUSTOMER_CONTACTS') {
    return { ...spec, minCalls: rule.minCalls ?? null, minMeetings: rule.minMeetings ?? null, minContacts: rule.minContacts ?? null };
  }
  if (rule.kind === 'PURPOSE_COUNT') {
    return { ...spec, purpose: rule.purpose, channels: rule.channels ? [...rule.channels] : null, minCount: rule.minCount, marketing: MARKETING_PURPOSES.includes(rule.purpose) };
  }
  return spec;
}

function occasionSpecs(
  rule: Extract<ContactRule, { kind: 'GREETING' | 'BIRTHDAY_GIFT' }>,
  /** The occasion days wanted: those in [from, to]. */
  from: string,
  to: string,
  festivalDates: FestivalDates,
): DutySpec[] {
  const dated = rule.kind === 'GREETING'
    ? { purpose: 'GREETING' as const, channels: [...rule.channels], minCount: 1 }
    : { purpose: 'GIFT' as const, channels: null, minCount: 1 };
  const occasions = rule.kind === 'GREETING' ? rule.occasions : (['BIRTHDAY'] as const);
  const specs: DutySpec[] = [];
  if (from > to) return specs;
  for (const occasion of occasions) {
    if (occasion === 'BIRTHDAY') {
      specs.push({ ...blank(rule, { start: from, end: to }), ...dated, windowStart: null, windowEnd: null, dueOn: null, occasion, birthday: true, daysBefore: rule.daysBefore });
      continue;
    }
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
      const day = festivalDates(year)[occasion];
      if (day < from || day > to) continue;
      specs.push({
        ...blank(rule, { start: day, end: day }),
        ...dated,
        windowStart: addDays(day, -rule.daysBefore),
        windowEnd: day,
        dueOn: day,
        key: `${occasion}:${year}`,
        occasion,
        daysBefore: rule.daysBefore,
      });
    }
  }
  return specs;
}

function noVisitSpec(rule: Extract<ContactRule, { kind: 'NO_VISIT_FOLLOW_UP' }>, asOf: string): DutySpec {
  return { ...blank(rule, { start: asOf, end: asOf }), windowStart: null, windowEnd: null, dueOn: null, afterDays: rule.afterDays, followChannel: rule.channel };
}

/**
 * The duties of a compliance period [from, to] seen on `today`: each rule's own periods that
 * overlap it (a monthly rule counts twelve times in a year; a quarterly one once in a month), the
 * occasions whose day falls in it, and the no-visit follow-up as of the period's end (or today).
 * Duties not yet begun on `today` (a later month, a greeting window not yet open) are left out:
 * they are neither met nor owed yet.
 */
export function complianceDutySpecs(rules: readonly ContactRule[], range: Period, today: string, festivalDates: FestivalDates): DutySpec[] {
  const specs: DutySpec[] = [];
  for (const rule of rules) {
    switch (rule.kind) {
      case 'CUSTOMER_CONTACTS':
      case 'PURPOSE_COUNT':
        for (const period of periodsOverlapping(rule.period, range.start, range.end)) if (period.start <= today) specs.push(periodic(rule, period));
        break;
      case 'STAFF_WEEKLY_CUSTOMERS':
        for (const period of periodsOverlapping('WEEK', range.start, range.end)) {
          if (period.start <= today) specs.push({ ...blank(rule, period), key: periodLabel('WEEK', period.start), minCustomers: rule.minCustomers });
        }
        break;
      case 'GREETING':
      case 'BIRTHDAY_GIFT':
        specs.push(...occasionSpecs(rule, range.start, minDate(range.end, addDays(today, rule.daysBefore)), festivalDates));
        break;
      case 'NO_VISIT_FOLLOW_UP':
        if (range.start <= today) specs.push(noVisitSpec(rule, minDate(range.end, today)));
        break;
    }
  }
  return specs;
}

/**
 * The duties a contact plan is built from on `date`: the current period of each periodic rule,
 * the occasions whose greeting window is open (the day within daysBefore ahead), and the no-visit
 * follow-ups as of the date. The staff member's weekly count is no single customer's duty and
 * makes no plan item.
 */
export function planDutySpecs(rules: readonly ContactRule[], date: string, festivalDates: FestivalDates): DutySpec[] {
  const specs: DutySpec[] = [];
  for (const rule of rules) {
    switch (rule.kind) {
      case 'CUSTOMER_CONTACTS':
      case 'PURPOSE_COUNT': {
        const period = periodOf(rule.period, date);
        specs.push({ ...periodic(rule, period), dueOn: lastWorkingDayOf(period) });
        break;
      }
      case 'GREETING':
      case 'BIRTHDAY_GIFT':
        specs.push(...occasionSpecs(rule, date, addDays(date, rule.daysBefore), festivalDates));
        break;
      case 'NO_VISIT_FOLLOW_UP':
        specs.push(noVisitSpec(rule, date));
        break;
      case 'STAFF_WEEKLY_CUSTOMERS':
        break;
    }
  }
  return specs;
}

// ---- met-ness and status (the reference of the SQL) ----

/** What the SQL counts for one duty: qualifying (reached) contact records in its window. */
export interface DutyCounts {
  /** Records on CALL_CHANNELS, on MEETING_CHANNELS, and all of them. */
  calls: number;
  meetings: number;
  contacts: number;
  /** Records of the duty's purpose (on its channels when given). */
  purposeCount: number;
  /** STAFF_WEEKLY_CUSTOMERS: distinct applicable customers the staff member maintains, and those they contacted. */
  maintained: number;
  contacted: number;
  /** NO_VISIT_FOLLOW_UP: the day of the last meeting (or the day the customer opened, when never met), and whether a follow-up on the channel came after it. */
  lastMeetingOn: string | null;
  followedUp: boolean;
}

export const EMPTY_COUNTS: DutyCounts = { calls: 0, meetings: 0, contacts: 0, purposeCount: 0, maintained: 0, contacted: 0, lastMeetingOn: null, followedUp: false };

/** Records that did not reach the customer are attempts, not contacts: they count for no rule. */
export const NON_CONTACT_OUTCOMES = ['NOT_REACHED'] as const;

/** Whether a record counts as a call, a meeting (channel classes of §7 "2 calls or 1 meeting"). */
export const isCall = (channel: ContactChannel): boolean => CALL_CHANNELS.includes(channel);
export const isMeeting = (channel: ContactChannel): boolean => MEETING_CHANNELS.includes(channel);

/** The day a no-visit follow-up falls due: the first day the last meeting is older than afterDays. */
export function noVisitDueOn(lastMeetingOn: string, afterDays: number): string {
  return addDays(lastMeetingOn, afterDays + 1);
}

/** The staff member's weekly target, never more than the customers they maintain (a book of 6 cannot give 10). */
export const staffWeeklyTarget = (minCustomers: number, maintained: number): number => Math.min(minCustomers, maintained);

export function dutyMet(spec: Pick<DutySpec, 'kind' | 'minCalls' | 'minMeetings' | 'minContacts' | 'minCount' | 'minCustomers' | 'afterDays' | 'periodEnd'>, counts: DutyCounts): boolean {
  switch (spec.kind) {
    case 'CUSTOMER_CONTACTS':
      return (
        (spec.minCalls !== null && counts.calls >= spec.minCalls) ||
        (spec.minMeetings !== null && counts.meetings >= spec.minMeetings) ||
        (spec.minContacts !== null && counts.contacts >= spec.minContacts)
      );
    case 'STAFF_WEEKLY_CUSTOMERS':
      return counts.contacted >= staffWeeklyTarget(spec.minCustomers ?? 0, counts.maintained);
    case 'NO_VISIT_FOLLOW_UP':
      // Met while the last meeting is recent, or once followed up on the channel since it.
      return counts.lastMeetingOn === null || spec.periodEnd < noVisitDueOn(counts.lastMeetingOn, spec.afterDays ?? 0) || counts.followedUp;
    case 'PURPOSE_COUNT':
    case 'GREETING':
    case 'BIRTHDAY_GIFT':
      return counts.purposeCount >= (spec.minCount ?? 1);
  }
}

/**
 * MET when enough was done; NOT_APPLICABLE for a marketing duty to a customer without consent on
 * any of its remote channels (never overdue: the bank may not press them); otherwise OVERDUE once
 * its day (the period's end, or the dated duty's day) has passed, DUE before.
 */
export function dutyStatus(input: { met: boolean; applicable: boolean; dueOn: string; today: string }): DutyStatus {
  if (!input.applicable) return 'NOT_APPLICABLE';
  if (input.met) return 'MET';
  return input.dueOn < input.today ? 'OVERDUE' : 'DUE';
}

/** Whether a customer with this service tier and AUM (the evaluation in force) is owed a rule's duties. */
export function ruleApplies(spec: Pick<DutySpec, 'tiers' | 'minAumCents' | 'maxAumCents'>, tier: string, aumCents: bigint): boolean {
  const tierFits = spec.tiers === null ? tier !== 'STANDARD' : spec.tiers.includes(tier);
  const aboveMin = spec.minAumCents === null || aumCents >= BigInt(spec.minAumCents);
  const belowMax = spec.maxAumCents === null || aumCents < BigInt(spec.maxAumCents);
  return tierFits && aboveMin && belowMax;
}

/** A marketing duty is owed when the customer consented on one of its remote channels (any remote channel when the rule names none). */
export function marketingApplicable(spec: Pick<DutySpec, 'marketing' | 'channels'>, consentedChannels: readonly string[]): boolean {
  if (!spec.marketing) return true;
  const remote = (spec.channels ?? [...CONSENT_CHANNELS]).filter(isConsentChannel);
  return remote.some((channel) => consentedChannels.includes(channel));
}

export { maxDate, minDate };
