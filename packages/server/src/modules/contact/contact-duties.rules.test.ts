import { describe, expect, it } from 'vitest';
import type { Festival } from './contact-rules.schemas.ts';
import { contactRule, type ContactRule } from './contact-rules.schemas.ts';
import {
  birthdayIn,
  complianceDutySpecs,
  dutyMet,
  dutyStatus,
  EMPTY_COUNTS,
  marketingApplicable,
  needsMarketingConsent,
  noVisitDueOn,
  periodLabel,
  periodOf,
  periodsOverlapping,
  planDutySpecs,
  ruleApplies,
  type DutyCounts,
  type DutySpec,
  type FestivalDates,
} from './contact-duties.rules.ts';

const rule = (value: unknown): ContactRule => contactRule.parse(value);
// Known 2026 dates (春节 2026-02-17, 中秋 2026-09-25); the tests need no lunar library.
const FESTIVAL_2026: Record<Festival, string> = {
  NEW_YEAR: '2026-01-01',
  SPRING_FESTIVAL: '2026-02-17',
  LANTERN: '2026-03-03',
  LABOUR_DAY: '2026-05-01',
  DRAGON_BOAT: '2026-06-19',
  MID_AUTUMN: '2026-09-25',
  NATIONAL_DAY: '2026-10-01',
};
const festivals: FestivalDates = (year) => Object.fromEntries(Object.entries(FESTIVAL_2026).map(([festival, day]) => [festival, `${year}${day.slice(4)}`])) as Record<Festival, string>;

const diamond = rule({ code: 'diamond-monthly', kind: 'CUSTOMER_CONTACTS', period: 'MONTH', minCalls: 2, minMeetings: 1, appliesTo: { tiers: ['DIAMOND'] } });
const quarterly = rule({ code: 'every-quarter', kind: 'CUSTOMER_CONTACTS', period: 'QUARTER', minContacts: 1 });
const weekly = rule({ code: 'staff-weekly-10', kind: 'STAFF_WEEKLY_CUSTOMERS', minCustomers: 10 });
const gold = rule({ code: 'gold-no-visit', kind: 'NO_VISIT_FOLLOW_UP', afterDays: 7, channel: 'PHONE', appliesTo: { tiers: ['GOLD'] } });
const greetings = rule({ code: 'band-greetings', kind: 'GREETING', occasions: ['BIRTHDAY', 'MID_AUTUMN', 'NATIONAL_DAY'], channels: ['PHONE', 'SMS'], daysBefore: 3 });
const productSms = rule({ code: 'band-product-sms', kind: 'PURPOSE_COUNT', purpose: 'PRODUCT', channels: ['SMS'], period: 'MONTH', minCount: 4 });
const gift = rule({ code: 'band-birthday-gift', kind: 'BIRTHDAY_GIFT', daysBefore: 3 });

describe('periods', () => {
  it.each([
    ['WEEK', '2026-11-26', '2026-11-23', '2026-11-29', '2026-W48'],
    ['WEEK', '2026-11-23', '2026-11-23', '2026-11-29', '2026-W48'],
    ['WEEK', '2026-11-29', '2026-11-23', '2026-11-29', '2026-W48'],
    // A week across the new year belongs to the year of its Thursday.
    ['WEEK', '2027-01-01', '2026-12-28', '2027-01-03', '2026-W53'],
    ['WEEK', '2026-01-01', '2025-12-29', '2026-01-04', '2026-W01'],
    ['MONTH', '2026-02-15', '2026-02-01', '2026-02-28', '2026-02'],
    ['MONTH', '2028-02-15', '2028-02-01', '2028-02-29', '2028-02'],
    ['QUARTER', '2026-11-26', '2026-10-01', '2026-12-31', '2026-Q4'],
    ['QUARTER', '2026-03-31', '2026-01-01', '2026-03-31', '2026-Q1'],
    ['YEAR', '2026-07-04', '2026-01-01', '2026-12-31', '2026'],
  ] as const)('%s containing %s is %s..%s (%s)', (kind, date, start, end, label) => {
    expect(periodOf(kind, date)).toEqual({ start, end });
    expect(periodLabel(kind, start)).toBe(label);
  });

  it('lists the periods overlapping a range', () => {
    expect(periodsOverlapping('MONTH', '2026-10-01', '2026-12-31').map((p) => p.start)).toEqual(['2026-10-01', '2026-11-01', '2026-12-01']);
    expect(periodsOverlapping('QUARTER', '2026-11-01', '2026-11-30')).toEqual([{ start: '2026-10-01', end: '2026-12-31' }]);
    expect(periodsOverlapping('WEEK', '2026-11-01', '2026-11-30')).toHaveLength(6);
  });

  it.each([
    [2026, '1980-06-15', '2026-06-15'],
    [2027, '1984-02-29', '2027-02-28'],
    [2028, '1984-02-29', '2028-02-29'],
  ])('birthday in %i of someone born %s is %s', (year, born, day) => expect(birthdayIn(year, born)).toBe(day));
});

describe('duty specs', () => {
  const month = { start: '2026-11-01', end: '2026-11-30' };

  it('gives each periodic rule its own periods within the compliance period, begun by today', () => {
    const specs = complianceDutySpecs([diamond, quarterly, weekly], { start: '2026-10-01', end: '2026-12-31' }, '2026-11-26', festivals);
    const byRule = (code: string) => specs.filter((s) => s.ruleCode === code).map((s) => s.key);
    expect(byRule('diamond-monthly')).toEqual(['2026-10', '2026-11']);
    expect(byRule('every-quarter')).toEqual(['2026-Q4']);
    expect(byRule('staff-weekly-10')).toEqual(['2026-W40', '2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    expect(specs.find((s) => s.key === '2026-11')).toMatchObject({ dueOn: '2026-11-30', windowStart: '2026-11-01', windowEnd: '2026-11-30', minCalls: 2, minMeetings: 1, minContacts: null, tiers: ['DIAMOND'] });
  });

  it('dates greetings on the festival with a window of daysBefore, and leaves birthdays to each customer', () => {
    const specs = complianceDutySpecs([greetings], { start: '2026-09-01', end: '2026-10-31' }, '2026-11-26', festivals);
    expect(specs.map((s) => [s.occasion, s.key, s.windowStart, s.dueOn])).toEqual([
      ['BIRTHDAY', null, null, null],
      ['MID_AUTUMN', 'MID_AUTUMN:2026', '2026-09-22', '2026-09-25'],
      ['NATIONAL_DAY', 'NATIONAL_DAY:2026', '2026-09-28', '2026-10-01'],
    ]);
    expect(specs[0]).toMatchObject({ birthday: true, periodStart: '2026-09-01', periodEnd: '2026-10-31', purpose: 'GREETING', channels: ['PHONE', 'SMS'], minCount: 1 });
  });

  it('leaves out greetings whose window has not opened by today', () => {
    const specs = complianceDutySpecs([greetings], { start: '2026-09-01', end: '2026-12-31' }, '2026-09-10', festivals);
    expect(specs.map((s) => s.occasion)).toEqual(['BIRTHDAY']);
    expect(specs[0]).toMatchObject({ periodEnd: '2026-09-13' });
  });

  it('judges the no-visit follow-up as of the period end or today', () => {
    expect(complianceDutySpecs([gold], month, '2026-11-26', festivals)[0]).toMatchObject({ periodEnd: '2026-11-26', afterDays: 7, followChannel: 'PHONE' });
    expect(complianceDutySpecs([gold], { start: '2026-10-01', end: '2026-10-31' }, '2026-11-26', festivals)[0]).toMatchObject({ periodEnd: '2026-10-31' });
  });

  it('marks marketing duties and gift duties', () => {
    const [sms] = complianceDutySpecs([productSms], month, '2026-11-26', festivals);
    expect(sms).toMatchObject({ marketing: true, purpose: 'PRODUCT', channels: ['SMS'], minCount: 4 });
    const [present] = complianceDutySpecs([gift], month, '2026-11-26', festivals);
    expect(present).toMatchObject({ birthday: true, purpose: 'GIFT', channels: null, marketing: false });
  });

  it('plans the current periods, the open greeting windows and the follow-ups, never the staff weekly count', () => {
    const specs = planDutySpecs([diamond, quarterly, weekly, gold, greetings], '2026-09-23', festivals);
    expect(specs.map((s) => `${s.ruleCode}:${s.key ?? s.occasion}`)).toEqual([
      'diamond-monthly:2026-09',
      'every-quarter:2026-Q3',
      'gold-no-visit:null',
      'band-greetings:BIRTHDAY',
      'band-greetings:MID_AUTUMN:2026',
    ]);
    expect(specs.find((s) => s.birthday)).toMatchObject({ periodStart: '2026-09-23', periodEnd: '2026-09-26' });
  });

  it.each([
    ['a month ending on a working Wednesday', 'MONTH', '2026-09-10', '2026-09-30'],
    ['a month ending on a Saturday: the Friday before', 'MONTH', '2026-10-10', '2026-10-30'],
    ['a month ending on a make-up working Saturday (调休): that day', 'MONTH', '2026-02-03', '2026-02-28'],
    ['a month ending on a Saturday after the holidays: Friday', 'MONTH', '2026-01-05', '2026-01-30'],
    ['the 国庆 week: its last working day before the holiday', 'WEEK', '2026-09-30', '2026-09-30'],
    ['a quarter ending on a working Thursday', 'QUARTER', '2026-11-26', '2026-12-31'],
  ] as const)('in a plan, a periodic duty falls due on the last PRC working day of the period: %s', (_, period, date, dueOn) => {
    const rule = { ...quarterly, code: 'any', period } as ContactRule;
    expect(planDutySpecs([rule], date, festivals)[0]).toMatchObject({ dueOn, periodEnd: periodOf(period, date).end });
  });
});

const spec = (r: ContactRule, date = '2026-11-26'): DutySpec => complianceDutySpecs([r], periodOf('MONTH', date), date, festivals)[0]!;
const counts = (partial: Partial<DutyCounts>): DutyCounts => ({ ...EMPTY_COUNTS, ...partial });

describe('met', () => {
  it.each([
    ['diamond: 2 calls', diamond, { calls: 2, contacts: 2 }, true],
    ['diamond: 1 meeting', diamond, { meetings: 1, contacts: 1 }, true],
    ['diamond: 1 call only', diamond, { calls: 1, contacts: 1 }, false],
    ['diamond: SMS do not count', diamond, { contacts: 5 }, false],
    ['quarterly: any contact', quarterly, { contacts: 1 }, true],
    ['quarterly: none', quarterly, {}, false],
    ['product SMS: 4', productSms, { purposeCount: 4 }, true],
    ['product SMS: 3', productSms, { purposeCount: 3 }, false],
    ['greeting: one', greetings, { purposeCount: 1 }, true],
    ['greeting: none', greetings, {}, false],
    ['gift: one', gift, { purposeCount: 1 }, true],
    ['staff weekly: 10 of 30', weekly, { maintained: 30, contacted: 10 }, true],
    ['staff weekly: 9 of 30', weekly, { maintained: 30, contacted: 9 }, false],
    ['staff weekly: all 6 of a book of 6', weekly, { maintained: 6, contacted: 6 }, true],
    ['no visit: met 3 days ago', gold, { lastMeetingOn: '2026-11-23' }, true],
    ['no visit: met 7 days ago (not older than 7)', gold, { lastMeetingOn: '2026-11-19' }, true],
    ['no visit: met 8 days ago', gold, { lastMeetingOn: '2026-11-18' }, false],
    ['no visit: met 8 days ago, called since', gold, { lastMeetingOn: '2026-11-18', followedUp: true }, true],
  ] as const)('%s', (_name, r, partial, met) => {
    expect(dutyMet(spec(r), counts(partial))).toBe(met);
  });

  it('dates the follow-up on the first day the last meeting is older than afterDays', () => {
    expect(noVisitDueOn('2026-11-18', 7)).toBe('2026-11-26');
  });
});

describe('status', () => {
  it.each([
    [{ met: true, applicable: true, dueOn: '2026-11-30', today: '2026-11-26' }, 'MET'],
    [{ met: true, applicable: true, dueOn: '2026-10-31', today: '2026-11-26' }, 'MET'],
    [{ met: false, applicable: true, dueOn: '2026-11-30', today: '2026-11-26' }, 'DUE'],
    [{ met: false, applicable: true, dueOn: '2026-11-26', today: '2026-11-26' }, 'DUE'],
    [{ met: false, applicable: true, dueOn: '2026-11-25', today: '2026-11-26' }, 'OVERDUE'],
    [{ met: false, applicable: false, dueOn: '2026-10-31', today: '2026-11-26' }, 'NOT_APPLICABLE'],
    [{ met: true, applicable: false, dueOn: '2026-10-31', today: '2026-11-26' }, 'NOT_APPLICABLE'],
  ] as const)('%o → %s', (input, status) => expect(dutyStatus(input)).toBe(status));
});

describe('who is owed', () => {
  const band = spec(rule({ code: 'band', kind: 'CUSTOMER_CONTACTS', period: 'MONTH', minContacts: 2, appliesTo: { minAumCents: '20000000', maxAumCents: '500000000' } }));
  it.each([
    [diamond, 'DIAMOND', 0n, true],
    [diamond, 'PLATINUM', 0n, false],
    [quarterly, 'GOLD', 0n, true],
    [quarterly, 'STANDARD', 99_999_999_999n, false],
    [band, 'GOLD', 20_000_000n, true],
    [band, 'GOLD', 19_999_999n, false],
    [band, 'DIAMOND', 499_999_999n, true],
    [band, 'DIAMOND', 500_000_000n, false],
  ] as const)('%#: %s with %s cents', (r, tier, aum, owed) => {
    expect(ruleApplies('ruleCode' in r ? r : spec(r), tier, aum)).toBe(owed);
  });

  it.each([
    [['SMS'], true],
    [['PHONE'], false],
    [[], false],
  ])('a product SMS duty with consent on %o is owed: %s', (consented, owed) => {
    expect(marketingApplicable(spec(productSms), consented)).toBe(owed);
  });

  it('owes a non-marketing duty whatever the consent', () => expect(marketingApplicable(spec(diamond), [])).toBe(true));

  it.each([
    ['PRODUCT', 'SMS', true],
    ['SALON_INVITATION', 'PHONE', true],
    ['PRODUCT', 'OUTLET_VISIT', false],
    ['SERVICE', 'SMS', false],
    ['GREETING', 'PHONE', false],
  ] as const)('%s by %s needs consent: %s', (purpose, channel, needs) => expect(needsMarketingConsent(purpose, channel)).toBe(needs));
});
