import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { describeContactEvent, type ContactEventType } from './contact-event-messages.ts';
import { isLargeMovement, isNearThreshold, nextYearlyDay } from './contact-detection.rules.ts';
import { runDailyDetection, type DetectionSummary } from './contact-detection.service.ts';
import {
  aContactBank,
  aMeeting,
  anAccount,
  anApprovedAdmission,
  anExternalEvent,
  anIssuedCard,
  aPerson,
  aProduct,
  closedDayAum,
  evaluated,
  storedEvents,
  type ContactBank,
} from './contact-detection.test-bank.ts';
import { contactEventSettings } from './contact-rules.schemas.ts';

/*
 * One bank, detection on 2026-10-01 (closed days 2026-09-29 and 2026-09-30, evaluation 2026-09),
 * with the default rule set of migration 0016: birthdays, anniversaries and festivals 7 days
 * ahead, large movement ≥ ¥500,000 or ≥ 30 % and ≥ ¥50,000, maturities 7 days, cards and
 * admissions 30 days, near threshold within 10 %, no visit 90 days, new products 30 days.
 */
const DATE = '2026-10-01';

let db: TestDatabase;
let bank: ContactBank;
let first: DetectionSummary;
const ids: Record<string, bigint> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  bank = await aContactBank(db.pool);
  const rm = bank.rm;
  // A: maintained gold customer close to platinum, with most of the events.
  ids.a = (await aPerson(bank, { maintainedBy: rm, birthDate: '1966-10-05', openedOn: '2016-10-03' })).id;
  // B: maintained, promoted gold → platinum, large relative movement, an admission ending, a recent meeting.
  ids.b = (await aPerson(bank, { maintainedBy: rm, birthDate: '1980-10-09', openedOn: '2020-01-01' })).id;
  // C: maintained, substandard platinum, small movement, a meeting long ago.
  ids.c = (await aPerson(bank, { maintainedBy: rm, birthDate: null, openedOn: '2019-05-05' })).id;
  // D: neither maintained nor VIP: outside detection although a birthday is near.
  ids.d = (await aPerson(bank, { birthDate: '1970-10-02' })).id;
  // E: VIP without a maintainer: life and behaviour events, but no festival and no no-visit event.
  ids.e = (await aPerson(bank, { birthDate: '1975-10-03', openedOn: '2010-01-01' })).id;
  // F: maintained standard customer born on 29 February.
  ids.f = (await aPerson(bank, { maintainedBy: rm, birthDate: '1992-02-29', openedOn: '2024-02-29' })).id;

  await evaluated(bank, '2026-09', [
    { customerId: ids.a, metric: '470000.00', qualifiedTier: 'GOLD', previousServiceTier: 'GOLD', status: 'QUALIFIED' },
    { customerId: ids.b, metric: '520000.00', qualifiedTier: 'PLATINUM', previousServiceTier: 'GOLD', status: 'UPGRADED' },
    { customerId: ids.c, metric: '300000.00', qualifiedTier: 'GOLD', serviceTier: 'PLATINUM', previousServiceTier: 'PLATINUM', substandardMonths: 2, status: 'SUBSTANDARD' },
    { customerId: ids.d, metric: '1000.00', qualifiedTier: 'STANDARD', status: 'INITIAL' },
    { customerId: ids.e, metric: '95000.00', qualifiedTier: 'STANDARD', serviceTier: 'GOLD', previousServiceTier: 'GOLD', substandardMonths: 1, status: 'SUBSTANDARD' },
    { customerId: ids.f, metric: '5000.00', qualifiedTier: 'STANDARD', status: 'INITIAL' },
  ]);
  await closedDayAum(bank, '2026-09-29', [[ids.a, '300000.00'], [ids.b, '200000.00'], [ids.c, '100000.00'], [ids.d, '0.01'], [ids.e, '900000.00']]);
  await closedDayAum(bank, '2026-09-30', [[ids.a, '950000.00'], [ids.b, '270000.00'], [ids.c, '135000.00'], [ids.d, '900000.00']]);

  const timeDeposit = await aProduct(bank, { code: 'TD-3Y', name: '三年期整存整取', category: 'TIME_DEPOSIT', risk: 'R1' });
  const wealthR3 = await aProduct(bank, { code: 'WM-R3', name: '稳健理财', category: 'WEALTH_PRODUCT', risk: 'R3' });
  await aProduct(bank, { code: 'WM-NEW', name: '稳享90天', category: 'WEALTH_PRODUCT', risk: 'R2', firstSeenOn: '2026-09-20' });
  await aProduct(bank, { code: 'WM-R5', name: '进取理财', category: 'WEALTH_PRODUCT', risk: 'R5', firstSeenOn: '2026-09-25' });
  await aProduct(bank, { code: 'WM-OLD', name: '老产品', category: 'WEALTH_PRODUCT', risk: 'R1', firstSeenOn: '2026-08-01' });
  await aProduct(bank, { code: 'LN-NEW', name: '新贷款', category: 'LOAN', risk: 'R1', firstSeenOn: '2026-09-28' });
  // The bank's first load on 2026-09-10: what it brought is the existing range, not news.
  await db.pool.query(
    `INSERT INTO import_run (started_at, actor, source_dir, status, files, row_counts, duration_ms) VALUES ('2026-09-10 09:00', 'test', '/feed', 'APPLIED', '[]', '{}', 1)`,
  );
  await aProduct(bank, { code: 'WM-FIRST', name: '首批理财', category: 'WEALTH_PRODUCT', risk: 'R1', firstSeenOn: '2026-09-10' });
  await anAccount(bank, ids.a, { accountNo: 'A-TD-1', productId: timeDeposit, maturityOn: '2026-10-08', balance: '500000.00' });
  await anAccount(bank, ids.a, { accountNo: 'A-TD-2', productId: timeDeposit, maturityOn: '2026-10-09', balance: '100000.00' });
  await anAccount(bank, ids.a, { accountNo: 'A-TD-3', productId: timeDeposit, maturityOn: '2026-10-02', balance: '0.00' });
  await anAccount(bank, ids.a, { accountNo: 'A-WM', productId: wealthR3, balance: '80000.00' });
  await anAccount(bank, ids.b, { accountNo: 'B-TD', productId: timeDeposit, maturityOn: '2026-10-01', balance: '123456.78', status: 'CLOSED' });
  await anAccount(bank, ids.b, { accountNo: 'B-TD-2', productId: timeDeposit, balance: '1000.00' });

  await anIssuedCard(bank, ids.a, '2026-10-31');
  await anIssuedCard(bank, ids.b, '2026-11-01', '6225880099998888');
  await anApprovedAdmission(bank, ids.b, 'DIAMOND', '2026-05-01', '2026-10-15');
  await anApprovedAdmission(bank, ids.c, 'DIAMOND', '2026-05-01', '2026-12-01');

  await aMeeting(bank, ids.b, '2026-09-01');
  await aMeeting(bank, ids.c, '2026-06-01');
  await aMeeting(bank, ids.c, '2026-09-15', 'PHONE');
  await anExternalEvent(bank, '四季度投资策略会', '2026-10-15', [ids.a, ids.d]);
  await anExternalEvent(bank, '往期活动', '2026-09-15', [ids.a]);

  first = await runDailyDetection(db.pool, { date: DATE });
});

afterAll(async () => {
  await db?.drop();
});

async function eventsOf(type: ContactEventType) {
  return storedEvents(db.pool, type);
}

describe('the detection run', () => {
  it('covers the maintained and the VIP customers only', () => {
    expect(first.customers).toBe(5);
    expect(first.closedDay).toBe('2026-09-30');
    expect(first.previousClosedDay).toBe('2026-09-29');
    expect(first.evaluation).toEqual({ policyCode: 'contact-test', month: '2026-09' });
  });

  it('records the run with counts per type and timings', async () => {
    const { rows } = await db.pool.query('SELECT status, counts, to_char(business_date, $2) AS day FROM contact_detection_run WHERE id = $1', [first.runId, 'YYYY-MM-DD']);
    expect(rows[0].status).toBe('SUCCEEDED');
    expect(rows[0].day).toBe(DATE);
    expect(rows[0].counts.events).toEqual(first.events);
    expect(rows[0].counts.totalEvents).toBe(first.totalEvents);
    expect(rows[0].counts.plans).toEqual(first.plans);
    expect(first.plans.created).toBeGreaterThan(0);
    expect(Object.keys(rows[0].counts.timingsMs)).toEqual(expect.arrayContaining(['population', 'BIRTHDAY', 'EXTERNAL', 'total']));
    const stored = await storedEvents(db.pool);
    expect(stored.length).toBe(first.totalEvents);
    for (const [type, count] of Object.entries(first.events)) expect(stored.filter((e) => e.type === type).length, type).toBe(count);
  });

  it('is idempotent: a second run of the day inserts nothing and leaves the same rows', async () => {
    const before = await storedEvents(db.pool);
    const again = await runDailyDetection(db.pool, { date: DATE });
    expect(again.totalEvents).toBe(0);
    expect(again.plans.created).toBe(0);
    expect(await storedEvents(db.pool)).toEqual(before);
  });
});

describe('life events', () => {
  it('BIRTHDAY: within 7 days, with the age, never outside the population', async () => {
    const events = await eventsOf('BIRTHDAY');
    expect(events.map((e) => [e.customerId, e.dedupeKey, e.eventDate])).toEqual([
      [ids.a, '2026', '2026-10-05'],
      [ids.e, '2026', '2026-10-03'],
    ]);
    expect(events[0]!.facts).toEqual({ date: '2026-10-05', daysAhead: 4, birthDate: '1966-10-05', age: 60 });
    expect(events[0]!.kind).toBe('LIFE');
    expect(describeContactEvent('BIRTHDAY', events[0]!.facts, 'zh-CN')).toBe('生日 2026-10-05（60 岁），还有 4 天');
    // B's birthday (10-09) is 8 days ahead: not yet.
    expect(nextYearlyDay('1980-10-09', DATE, 7)).toBeUndefined();
  });

  it('BIRTHDAY on 29 February: 28 February in common years, 29 February in leap years, once a year', async () => {
    const leap = await createTestDatabase();
    try {
      const leapBank = await aContactBank(leap.pool);
      const person = await aPerson(leapBank, { maintainedBy: leapBank.rm, birthDate: '1992-02-29', openedOn: '2024-02-29' });
      await runDailyDetection(leap.pool, { date: '2027-02-22' });
      await runDailyDetection(leap.pool, { date: '2027-02-25' });
      await runDailyDetection(leap.pool, { date: '2028-02-26' });
      const events = await storedEvents(leap.pool, 'BIRTHDAY');
      expect(events.map((e) => [e.customerId, e.dedupeKey, e.eventDate, e.facts.age, e.detectedOn])).toEqual([
        [person.id, '2027', '2027-02-28', 35, '2027-02-22'],
        [person.id, '2028', '2028-02-29', 36, '2028-02-26'],
      ]);
      expect(nextYearlyDay('1992-02-29', '2027-02-22', 7)).toMatchObject({ date: '2027-02-28', years: 35 });
      const anniversaries = await storedEvents(leap.pool, 'ANNIVERSARY');
      expect(anniversaries.map((e) => [e.dedupeKey, e.eventDate, e.facts.years])).toEqual([
        ['2027', '2027-02-28', 3],
        ['2028', '2028-02-29', 4],
      ]);
    } finally {
      await leap.drop();
    }
  });

  it('BIRTHDAY across the year end: a detection on 28 December finds 2 January of the next year', () => {
    expect(nextYearlyDay('1980-01-02', '2026-12-28', 7)).toEqual({ date: '2027-01-02', year: 2027, years: 47, daysAhead: 5 });
  });

  it('ANNIVERSARY: whole years as a customer, within 7 days', async () => {
    const events = await eventsOf('ANNIVERSARY');
    expect(events.map((e) => [e.customerId, e.dedupeKey, e.eventDate, e.facts.years, e.facts.since])).toEqual([[ids.a, '2026', '2026-10-03', 10, '2016-10-03']]);
  });

  it('FESTIVAL: National Day to the maintained customers the greeting rule covers (VIP, 20万–500万)', async () => {
    const events = await eventsOf('FESTIVAL');
    // A (gold, 47万) and B (platinum, 52万); C is platinum at 30万, also in the band; E has no maintainer.
    expect(events.map((e) => [e.customerId, e.dedupeKey, e.eventDate])).toEqual([
      [ids.a, 'NATIONAL_DAY:2026', '2026-10-01'],
      [ids.b, 'NATIONAL_DAY:2026', '2026-10-01'],
      [ids.c, 'NATIONAL_DAY:2026', '2026-10-01'],
    ]);
    expect(describeContactEvent('FESTIVAL', events[0]!.facts, 'en')).toBe('National Day on 2026-10-01, today');
  });
});

describe('behaviour events', () => {
  it('LARGE_MOVEMENT: by amount or by share above the floor, from the two latest closed days', async () => {
    const events = await eventsOf('LARGE_MOVEMENT');
    // A +650,000 (amount); B +70,000 = 35 % (share, above the floor); C +35,000 = 35 % but below the
    // floor; D is outside; E −900,000 (no row on the latest day: AUM 0).
    expect(events.map((e) => [e.customerId, e.dedupeKey, e.eventDate])).toEqual([
      [ids.a, '2026-09-30', '2026-09-30'],
      [ids.b, '2026-09-30', '2026-09-30'],
      [ids.e, '2026-09-30', '2026-09-30'],
    ]);
    expect(events[1]!.facts).toEqual({
      businessDate: '2026-09-30',
      previousDate: '2026-09-29',
      previousAum: '200000.00',
      aum: '270000.00',
      change: '70000.00',
      share: '0.350000',
    });
    expect(describeContactEvent('LARGE_MOVEMENT', events[2]!.facts, 'zh-CN')).toBe('资产 2026-09-30 较 2026-09-29 减少 ¥900,000.00（-100.0%），现为 ¥0.00');
    const settings = contactEventSettings.parse((await db.pool.query(`SELECT event_settings FROM contact_rule_set WHERE status = 'ACTIVE'`)).rows[0].event_settings);
    expect(isLargeMovement(20_000_000n, 27_000_000n, settings.largeMovement)).toBe(true);
    expect(isLargeMovement(10_000_000n, 13_500_000n, settings.largeMovement)).toBe(false);
  });

  it('MATURITY: within 7 days, with a balance, not closed; the text names the category and amount', async () => {
    const events = await eventsOf('MATURITY');
    expect(events.map((e) => [e.customerId, e.dedupeKey, e.eventDate])).toEqual([[ids.a, 'A-TD-1:2026-10-08', '2026-10-08']]);
    expect(events[0]!.facts).toMatchObject({ productName: '三年期整存整取', productCategory: 'TIME_DEPOSIT', balance: '500000.00', daysAhead: 7 });
    expect(describeContactEvent('MATURITY', events[0]!.facts, 'zh-CN')).toBe('定期存款 ¥500,000.00 到期于 2026-10-08，还有 7 天');
    expect(describeContactEvent('MATURITY', events[0]!.facts, 'en')).toBe('Time deposit ¥500,000.00 matures on 2026-10-08, in 7 days');
  });

  it('TIER_CHANGE: the service tier of the month against the month before', async () => {
    const events = await eventsOf('TIER_CHANGE');
    expect(events.map((e) => [e.customerId, e.dedupeKey])).toEqual([[ids.b, '2026-09']]);
    expect(events[0]!.facts).toMatchObject({ fromTier: 'GOLD', toTier: 'PLATINUM', direction: 'UP', month: '2026-09', previousMonth: '2026-08' });
  });

  it('SUBSTANDARD: the status of the evaluation in force, with the threshold missed', async () => {
    const events = await eventsOf('SUBSTANDARD');
    expect(events.map((e) => [e.customerId, e.dedupeKey])).toEqual([
      [ids.c, '2026-09'],
      [ids.e, '2026-09'],
    ]);
    expect(events[0]!.facts).toEqual({
      month: '2026-09',
      serviceTier: 'PLATINUM',
      qualifiedTier: 'GOLD',
      substandardMonths: 2,
      metric: '300000.00',
      threshold: '500000.00',
    });
  });

  it('CARD_EXPIRY: issued cards within 30 days, with the last four digits only', async () => {
    const events = await eventsOf('CARD_EXPIRY');
    expect(events.map((e) => [e.customerId, e.eventDate])).toEqual([[ids.a, '2026-10-31']]);
    expect(events[0]!.facts).toEqual({ date: '2026-10-31', daysAhead: 30, cardTypeName: '金卡', cardLast4: '5678' });
    expect(JSON.stringify(events[0]!.facts)).not.toContain('6225880012345678');
  });

  it('SPECIAL_ADMISSION_EXPIRY: approved admissions whose last day is within 30 days', async () => {
    const events = await eventsOf('SPECIAL_ADMISSION_EXPIRY');
    expect(events.map((e) => [e.customerId, e.eventDate])).toEqual([[ids.b, '2026-10-14']]);
    expect(events[0]!.facts).toMatchObject({ tier: 'DIAMOND', startsOn: '2026-05-01', endsOn: '2026-10-15', daysAhead: 13 });
  });

  it('NEAR_THRESHOLD: within 10 % below the next tier of the policy in force', async () => {
    const events = await eventsOf('NEAR_THRESHOLD');
    // A: 47万 is 94 % of platinum's 50万. E: 9.5万 qualifies standard, but is served gold already.
    expect(events.map((e) => [e.customerId, e.dedupeKey])).toEqual([[ids.a, '2026-09:PLATINUM']]);
    expect(events[0]!.facts).toMatchObject({ nextTier: 'PLATINUM', metric: '470000.00', threshold: '500000.00', gap: '30000.00' });
    expect(isNearThreshold(47_000_000n, 50_000_000n, '0.10')).toBe(true);
    expect(isNearThreshold(44_999_999n, 50_000_000n, '0.10')).toBe(false);
  });

  it('NO_VISIT: maintained VIP customers without a meeting for 90 days (a call is not a meeting)', async () => {
    const events = await eventsOf('NO_VISIT');
    expect(events.map((e) => [e.customerId, e.dedupeKey, e.facts.days, e.facts.lastVisitOn])).toEqual([
      [ids.a, 'SINCE:NONE', 90, null],
      [ids.c, 'SINCE:2026-06-01', 122, '2026-06-01'],
    ]);
  });
});

describe('product and external events', () => {
  it('NEW_PRODUCT: products new within 30 days, to holders of the category with risk at least as high', async () => {
    const events = await eventsOf('NEW_PRODUCT');
    // A holds a R3 wealth product: WM-NEW (R2) suits, WM-R5 does not, WM-OLD is not new, WM-FIRST
    // came with the first load, loans never.
    expect(events.map((e) => [e.customerId, e.dedupeKey, e.kind])).toEqual([[ids.a, 'WM-NEW', 'PRODUCT']]);
    expect(events[0]!.facts).toEqual({ productCode: 'WM-NEW', productName: '稳享90天', productCategory: 'WEALTH_PRODUCT', riskLevel: 'R2', firstSeenOn: '2026-09-20' });
  });

  it('EXTERNAL: one event per chosen customer, for external events from the detection date on', async () => {
    const events = await eventsOf('EXTERNAL');
    expect(events.map((e) => [e.customerId, e.eventDate, e.facts.title])).toEqual([
      [ids.a, '2026-10-15', '四季度投资策略会'],
      [ids.d, '2026-10-15', '四季度投资策略会'],
    ]);
  });
});
