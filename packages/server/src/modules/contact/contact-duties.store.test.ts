import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlParams } from '../../platform/db/sql-params.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, aCustomer, type Bank, type InsertedCustomer, type StaffRef } from '../customers/customers.test-bank.ts';
import { complianceDutySpecs, periodOf } from './contact-duties.rules.ts';
import { dutyRowsSql } from './contact-duties.store.ts';
import { calendarFestivalDates } from './contact-plans.service.ts';
import { findActiveRuleSet } from './contact-rule-sets.store.ts';
import { contactRuleSetBody, type ContactRule, type RulePeriod } from './contact-rules.schemas.ts';
import { aConsent, aRecord, bornOn } from './contact.test-support.ts';

const TODAY = '2026-11-26';
let db: TestDatabase;
let bank: Bank;
let rm: StaffRef;
let rules: ContactRule[];
let evaluation: { policyId: number; month: string };
const c: Record<string, InsertedCustomer> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  bank = await aBank(db.pool);
  rm = await bank.staffMember('RELATIONSHIP_MANAGER', 'OUT1');
  for (const name of ['diamond', 'platinum', 'gold', 'goldCalled', 'goldVisited', 'goldNeverMet', 'goldNew', 'standard']) c[name] = await aCustomer().at('OUT1').maintainedBy(rm).insert(bank);
  const policyId = await bank.policy('contact-duties');
  await bank.evaluate(policyId, '2026-10', [
    { customerId: c.diamond!.id, metric: '2000000.00', qualifiedTier: 'DIAMOND' },
    { customerId: c.platinum!.id, metric: '600000.00', qualifiedTier: 'PLATINUM' },
    { customerId: c.gold!.id, metric: '150000.00', qualifiedTier: 'GOLD' },
    { customerId: c.goldCalled!.id, metric: '150000.00', qualifiedTier: 'GOLD' },
    { customerId: c.goldVisited!.id, metric: '150000.00', qualifiedTier: 'GOLD' },
    { customerId: c.goldNeverMet!.id, metric: '150000.00', qualifiedTier: 'GOLD' },
    { customerId: c.goldNew!.id, metric: '150000.00', qualifiedTier: 'GOLD' },
    { customerId: c.standard!.id, metric: '1000.00', qualifiedTier: 'STANDARD' },
  ]);
  evaluation = { policyId, month: '2026-10-01' };
  rules = (await findActiveRuleSet(db.pool))!.rules;

  const record = (name: string, on: string, channel = 'PHONE', purpose = 'SERVICE', outcome = 'REACHED') =>
    aRecord(db.pool, { customerId: c[name]!.id, staffId: rm.staffId, on, channel, purpose, outcome });
  // Diamond: two calls in November (met), a greeting SMS before the birthday, a greeting call before 中秋.
  await record('diamond', '2026-11-03');
  await record('diamond', '2026-11-24');
  await bornOn(db.pool, c.diamond!.id, '1980-11-20');
  await record('diamond', '2026-11-18', 'SMS', 'GREETING');
  await record('diamond', '2026-09-23', 'PHONE', 'GREETING');
  await aConsent(db.pool, c.diamond!.id, 'SMS', true);
  // Platinum: one reached call and one attempt in November; its birthday is ahead; consent given, then withdrawn.
  await record('platinum', '2026-11-05');
  await record('platinum', '2026-11-06', 'PHONE', 'SERVICE', 'NOT_REACHED');
  await bornOn(db.pool, c.platinum!.id, '1975-11-28');
  await aConsent(db.pool, c.platinum!.id, 'SMS', true);
  await aConsent(db.pool, c.platinum!.id, 'SMS', false);
  // Gold: met at the outlet on 11-10; one called since, one met again on 11-24.
  for (const name of ['gold', 'goldCalled', 'goldVisited']) await record(name, '2026-11-10', 'OUTLET_VISIT');
  await record('goldCalled', '2026-11-20');
  await record('goldVisited', '2026-11-24', 'OUTLET_VISIT');
  // Never met: customers since 2007, taken on by their maintainer on 11-01 and on 11-22.
  await db.pool.query(`UPDATE customer SET opened_on = '2007-09-01' WHERE id = ANY($1::bigint[])`, [[c.goldNeverMet!.id, c.goldNew!.id]]);
  await db.pool.query(`UPDATE customer_maintainer SET since = '2026-11-01T02:00:00Z' WHERE customer_id = $1`, [c.goldNeverMet!.id]);
  await db.pool.query(`UPDATE customer_maintainer SET since = '2026-11-22T02:00:00Z' WHERE customer_id = $1`, [c.goldNew!.id]);
});
afterAll(async () => {
  await db.drop();
});

interface Duty {
  customer: string | null;
  rule: string;
  key: string;
  status: string;
  dueOn: string;
  facts: Record<string, unknown>;
}

async function duties(period: RulePeriod, date: string): Promise<Duty[]> {
  const specs = complianceDutySpecs(rules, periodOf(period, date), TODAY, calendarFestivalDates);
  const params = new SqlParams();
  const sql = dutyRowsSql(params, { specs, evaluation, today: TODAY, customerCondition: 'true' });
  const { rows } = await db.pool.query(`SELECT d.*, to_char(d.due_on, 'YYYY-MM-DD') AS due FROM (${sql}) d`, params.values);
  const names = new Map(Object.entries(c).map(([name, customer]) => [String(customer.id), name]));
  return rows.map((row) => ({ customer: row.customer_id === null ? null : names.get(String(row.customer_id))!, rule: row.rule_code, key: row.key, status: row.status, dueOn: row.due, facts: row.facts }));
}
const statusOf = (list: Duty[], customer: string | null, rule: string, key?: string) =>
  list.filter((d) => d.customer === customer && d.rule === rule && (key === undefined || d.key === key)).map((d) => d.status);

describe('the seeded rule set', () => {
  it('parses as version 1 with the defaults of DOMAIN.md §7', async () => {
    const active = (await findActiveRuleSet(db.pool))!;
    expect(active.version).toBe(1);
    expect(contactRuleSetBody.safeParse({ name: active.name, rules: active.rules, eventSettings: active.eventSettings }).success).toBe(true);
    expect(active.rules.map((rule) => rule.kind)).toEqual(
      expect.arrayContaining(['CUSTOMER_CONTACTS', 'STAFF_WEEKLY_CUSTOMERS', 'NO_VISIT_FOLLOW_UP', 'GREETING', 'PURPOSE_COUNT', 'BIRTHDAY_GIFT']),
    );
  });
});

describe('duty status in SQL, per rule kind', () => {
  let november: Duty[];
  beforeAll(async () => {
    november = await duties('MONTH', '2026-11-10');
  });

  it('CUSTOMER_CONTACTS: met by 2 calls; due while the month runs; attempts do not count; overdue once the month is over', async () => {
    expect(statusOf(november, 'diamond', 'diamond-monthly')).toEqual(['MET']);
    expect(statusOf(november, 'platinum', 'platinum-monthly')).toEqual(['DUE']);
    expect(november.find((d) => d.customer === 'platinum' && d.rule === 'platinum-monthly')!.facts).toMatchObject({ calls: 1, contacts: 1 });
    expect(statusOf(await duties('MONTH', '2026-10-10'), 'platinum', 'platinum-monthly')).toEqual(['OVERDUE']);
    // The quarterly rule applies to every VIP tier, not to standard customers.
    expect(statusOf(november, 'gold', 'every-quarter')).toEqual(['MET']);
    expect(november.filter((d) => d.customer === 'standard')).toEqual([]);
  });

  it('NO_VISIT_FOLLOW_UP: overdue a week after the last meeting without a call; met by a call or a meeting since', () => {
    expect(statusOf(november, 'gold', 'gold-no-visit')).toEqual(['OVERDUE']);
    expect(november.find((d) => d.customer === 'gold' && d.rule === 'gold-no-visit')).toMatchObject({ dueOn: '2026-11-18', facts: { lastMeetingOn: '2026-11-10', days: 16 } });
    expect(statusOf(november, 'goldCalled', 'gold-no-visit')).toEqual(['MET']);
    expect(statusOf(november, 'goldVisited', 'gold-no-visit')).toEqual(['MET']);
    expect(statusOf(november, 'diamond', 'gold-no-visit')).toEqual([]);
  });

  it('NO_VISIT_FOLLOW_UP: a customer never met counts from when the maintainer took them on, not from opening', () => {
    expect(november.find((d) => d.customer === 'goldNeverMet' && d.rule === 'gold-no-visit')).toMatchObject({
      status: 'OVERDUE',
      dueOn: '2026-11-09',
      facts: { lastMeetingOn: null, countedFrom: '2026-11-01', days: 25 },
    });
    // Taken on four days ago: a week has not passed yet, so nothing is owed.
    expect(statusOf(november, 'goldNew', 'gold-no-visit')).toEqual(['MET']);
  });

  it('GREETING: the birthday greeted in its window is met; one still ahead is due; a festival not greeted is overdue', async () => {
    expect(statusOf(november, 'diamond', 'band-greetings', 'BIRTHDAY:2026')).toEqual(['MET']);
    expect(statusOf(november, 'platinum', 'band-greetings', 'BIRTHDAY:2026')).toEqual(['DUE']);
    const september = await duties('MONTH', '2026-09-01');
    expect(statusOf(september, 'diamond', 'band-greetings', 'MID_AUTUMN:2026')).toEqual(['MET']);
    expect(statusOf(september, 'platinum', 'band-greetings', 'MID_AUTUMN:2026')).toEqual(['OVERDUE']);
    expect(september.find((d) => d.key === 'MID_AUTUMN:2026')!.dueOn).toBe('2026-09-25');
  });

  it('PURPOSE_COUNT: a marketing duty is owed only with consent on its channel (withdrawn: not applicable)', () => {
    expect(statusOf(november, 'diamond', 'band-product-sms')).toEqual(['DUE']);
    expect(statusOf(november, 'platinum', 'band-product-sms')).toEqual(['NOT_APPLICABLE']);
    // The salon invitation names no channel: no consent on any remote channel makes it not applicable too.
    expect(statusOf(november, 'platinum', 'band-salon-invitations')).toEqual(['NOT_APPLICABLE']);
    expect(statusOf(november, 'diamond', 'band-salon-invitations')).toEqual(['DUE']);
  });

  it('BIRTHDAY_GIFT: owed to the 100万–500万 band only; overdue once the birthday passed without a gift', () => {
    expect(statusOf(november, 'diamond', 'band-birthday-gift')).toEqual(['OVERDUE']);
    expect(statusOf(november, 'platinum', 'band-birthday-gift')).toEqual([]);
  });

  it('STAFF_WEEKLY_CUSTOMERS: per staff member and week, the target capped at the book size', async () => {
    const week = await duties('WEEK', TODAY);
    const mine = week.filter((d) => d.customer === null && d.rule === 'staff-weekly-10');
    expect(mine).toHaveLength(1);
    // Seven VIP customers maintained; the diamond and goldVisited were contacted this week (11-23..29).
    expect(mine[0]).toMatchObject({ status: 'DUE', key: '2026-W48', facts: { maintained: 7, contacted: 2, required: 7 } });
    // 11-16..22: the diamond's greeting and goldCalled's call.
    const earlier = await duties('WEEK', '2026-11-18');
    expect(earlier.find((d) => d.customer === null)).toMatchObject({ status: 'OVERDUE', facts: { contacted: 2, required: 7 } });
  });
});
