import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, aCustomer, type Bank, type InsertedCustomer, type StaffRef } from '../customers/customers.test-bank.ts';
import { planPriority } from './contact-plans.rules.ts';
import { buildContactPlans } from './contact-plans.service.ts';
import { aConsent, aRecord, anEvent, bornOn } from './contact.test-support.ts';

const DATE = '2026-11-26';
let db: TestDatabase;
let bank: Bank;
let rm: StaffRef;
let otherRm: StaffRef;
let diamond: InsertedCustomer;
let gold: InsertedCustomer;

beforeAll(async () => {
  db = await createTestDatabase();
  bank = await aBank(db.pool);
  rm = await bank.staffMember('RELATIONSHIP_MANAGER', 'OUT1');
  otherRm = await bank.staffMember('RELATIONSHIP_MANAGER', 'OUT1');
  diamond = await aCustomer().at('OUT1').maintainedBy(rm).insert(bank);
  gold = await aCustomer().at('OUT1').maintainedBy(rm).insert(bank);
  const policyId = await bank.policy('contact-plans');
  await bank.evaluate(policyId, '2026-10', [
    { customerId: diamond.id, metric: '2000000.00', qualifiedTier: 'DIAMOND' },
    { customerId: gold.id, metric: '150000.00', qualifiedTier: 'GOLD' },
  ]);
  await bornOn(db.pool, diamond.id, '1980-11-28');
  await bornOn(db.pool, gold.id, '1980-03-01');
  await aRecord(db.pool, { customerId: gold.id, staffId: rm.staffId, on: '2026-11-10', channel: 'OUTLET_VISIT' });
});
afterAll(async () => {
  await db.drop();
});

interface Item {
  customer_id: bigint;
  dedupe_key: string;
  status: string;
  due_on: string;
  staff_id: number;
  maintainer_staff_id: number;
  priority: number;
  suggested_channel: string;
  reason: { code: string; facts: Record<string, unknown> };
  done_record_id: bigint | null;
}
const items = async (): Promise<Item[]> =>
  (await db.pool.query(`SELECT *, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM contact_plan_item ORDER BY id`)).rows;
const item = async (customer: InsertedCustomer, key: string) => (await items()).find((i) => i.customer_id === customer.id && i.dedupe_key === key);

describe('buildContactPlans', () => {
  it('creates RULE items for the unmet duties of the current periods, due at the period end or the dated day', async () => {
    const counts = await buildContactPlans(db.pool, { date: DATE });
    expect(counts.created).toBeGreaterThan(0);
    const keys = (await items()).map((i) => `${i.customer_id === diamond.id ? 'diamond' : 'gold'} ${i.dedupe_key} ${i.due_on}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'diamond RULE:every-quarter:2026-Q4 2026-12-31',
        'diamond RULE:diamond-monthly:2026-11 2026-11-30',
        'diamond RULE:band-monthly-2:2026-11 2026-11-30',
        'diamond RULE:band-greetings:BIRTHDAY:2026 2026-11-28',
        'diamond RULE:band-birthday-gift:BIRTHDAY:2026 2026-11-28',
        // The follow-up owed since 11-18 is due on the build day.
        `gold RULE:gold-no-visit:NO_VISIT:2026-11-18 ${DATE}`,
      ]),
    );
    // No consent: no marketing duty. The quarter is met for gold by the visit.
    expect(keys.some((key) => key.includes('band-product-sms') || key.includes('salon'))).toBe(false);
    expect(keys.some((key) => key.startsWith('gold RULE:every-quarter'))).toBe(false);
    const monthly = (await item(diamond, 'RULE:diamond-monthly:2026-11'))!;
    expect(monthly).toMatchObject({ staff_id: rm.staffId, maintainer_staff_id: rm.staffId, suggested_channel: 'PHONE', status: 'OPEN' });
    expect(monthly.priority).toBe(planPriority({ tier: 'DIAMOND', source: 'RULE', code: 'CUSTOMER_CONTACTS', dueInDays: 4 }));
    expect(monthly.reason).toMatchObject({ code: 'CUSTOMER_CONTACTS', facts: { ruleCode: 'diamond-monthly', minCalls: 2, minMeetings: 1, period: '2026-11', calls: 0 } });
    expect((await item(gold, `RULE:gold-no-visit:NO_VISIT:2026-11-18`))!.priority).toBe(planPriority({ tier: 'GOLD', source: 'RULE', code: 'NO_VISIT_FOLLOW_UP', dueInDays: 0 }));
    // An item due beyond the week that the daily refresh re-ranks carries its full priority from the start.
    expect((await item(diamond, 'RULE:every-quarter:2026-Q4'))!.priority).toBe(planPriority({ tier: 'DIAMOND', source: 'RULE', code: 'CUSTOMER_CONTACTS', dueInDays: 35 }));
  });

  it('is idempotent: building again changes no row', async () => {
    const before = await items();
    expect(await buildContactPlans(db.pool, { date: DATE })).toEqual({ created: 0, closed: 0, cancelled: 0 });
    expect((await items()).map(({ ...row }) => ({ ...row, updated_at: undefined }))).toEqual(before.map((row) => ({ ...row, updated_at: undefined })));
  });

  it('plans detected events of maintained customers once, and not a birthday the rules already plan', async () => {
    const maturity = await anEvent(db.pool, {
      customerId: gold.id, type: 'MATURITY', kind: 'BEHAVIOUR', dedupeKey: 'A1:2026-12-01', eventDate: '2026-12-01', detectedOn: DATE,
      facts: { date: '2026-12-01', daysAhead: 5, productCategory: 'TIME_DEPOSIT', balance: '500000.00' },
    });
    await anEvent(db.pool, { customerId: diamond.id, type: 'BIRTHDAY', kind: 'LIFE', dedupeKey: '2026', eventDate: '2026-11-28', detectedOn: DATE, facts: { date: '2026-11-28' } });
    expect((await buildContactPlans(db.pool, { date: DATE })).created).toBe(1);
    expect(await item(gold, `EVENT:${maturity}`)).toMatchObject({ due_on: DATE, suggested_channel: 'PHONE', reason: { code: 'MATURITY' } });
    expect((await buildContactPlans(db.pool, { date: DATE })).created).toBe(0);
  });

  it('keeps the reason up to date with what is done so far', async () => {
    await aRecord(db.pool, { customerId: diamond.id, staffId: rm.staffId, on: '2026-11-20' });
    await buildContactPlans(db.pool, { date: DATE });
    expect((await item(diamond, 'RULE:diamond-monthly:2026-11'))!.reason.facts).toMatchObject({ calls: 1, contacts: 1, minCalls: 2 });
  });

  it('closes an item whose duty got met, with the record that met it', async () => {
    const call = await aRecord(db.pool, { customerId: gold.id, staffId: rm.staffId, on: DATE });
    const counts = await buildContactPlans(db.pool, { date: DATE });
    expect(counts.closed).toBe(1);
    expect(await item(gold, 'RULE:gold-no-visit:NO_VISIT:2026-11-18')).toMatchObject({ status: 'DONE', done_record_id: call });
  });

  it('plans a marketing duty once consent is given, and cancels it when consent is withdrawn', async () => {
    await aConsent(db.pool, diamond.id, 'SMS', true);
    await buildContactPlans(db.pool, { date: DATE });
    expect(await item(diamond, 'RULE:band-product-sms:2026-11')).toMatchObject({ status: 'OPEN', suggested_channel: 'SMS' });
    await aConsent(db.pool, diamond.id, 'SMS', false);
    expect((await buildContactPlans(db.pool, { date: DATE })).cancelled).toBeGreaterThanOrEqual(1);
    expect(await item(diamond, 'RULE:band-product-sms:2026-11')).toMatchObject({ status: 'CANCELLED' });
  });

  it("moves open items to the customer's new maintainer", async () => {
    await db.pool.query(`UPDATE customer_maintainer SET maintainer_staff_id = $2 WHERE customer_id = $1`, [diamond.id, otherRm.staffId]);
    await buildContactPlans(db.pool, { date: DATE });
    const open = (await items()).filter((i) => i.customer_id === diamond.id && i.status === 'OPEN');
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((i) => i.staff_id === otherRm.staffId && i.maintainer_staff_id === otherRm.staffId)).toBe(true);
  });
});
