import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsOf, getAs, postAs, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { loggedInCast } from '../../test-support/staff-sessions.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, aCustomer, type Bank, type InsertedCustomer, type StaffRef } from '../customers/customers.test-bank.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';
import { buildContactPlans } from './contact-plans.service.ts';
import { anEvent } from './contact.test-support.ts';

let db: TestDatabase;
let app: FastifyInstance;
let bank: Bank;
const as: Record<string, Session> = {};
const staff: Record<string, StaffRef> = {};
let diamond: InsertedCustomer;
let platinum: InsertedCustomer;
let others: InsertedCustomer;
let day: { today: string; yesterday: string; later: string };

beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool);
  bank = await aBank(db.pool);
  const people = [
    ['rm', 'RELATIONSHIP_MANAGER', 'OUT1'],
    ['rm2', 'RELATIONSHIP_MANAGER', 'OUT1'],
    ['advisor', 'WEALTH_ADVISOR', 'OUT1'],
    ['outletHead', 'OUTLET_HEAD', 'OUT1'],
    ['otherOutletHead', 'OUTLET_HEAD', 'OUT2'],
  ] as const;
  const cast = await loggedInCast(app, bank, people);
  Object.assign(staff, cast.staff);
  Object.assign(as, cast.as);
  diamond = await aCustomer().at('OUT1').maintainedBy(staff.rm!).supportedBy(staff.advisor!).insert(bank);
  platinum = await aCustomer().at('OUT1').maintainedBy(staff.rm!).insert(bank);
  others = await aCustomer().at('OUT1').maintainedBy(staff.rm2!).insert(bank);
  const policyId = await bank.policy('contact-plan-routes');
  await bank.evaluate(policyId, '2026-10', [
    { customerId: diamond.id, metric: '2000000.00', qualifiedTier: 'DIAMOND' },
    { customerId: platinum.id, metric: '600000.00', qualifiedTier: 'PLATINUM' },
    { customerId: others.id, metric: '600000.00', qualifiedTier: 'PLATINUM' },
  ]);
  const { rows } = await db.pool.query(
    `SELECT to_char(current_date, 'YYYY-MM-DD') AS today, to_char(current_date - 1, 'YYYY-MM-DD') AS yesterday, to_char(current_date + 3, 'YYYY-MM-DD') AS later`,
  );
  day = rows[0];
  const maturity = (customer: InsertedCustomer, detectedOn: string) =>
    anEvent(db.pool, {
      customerId: customer.id, type: 'MATURITY', kind: 'BEHAVIOUR', dedupeKey: `A${customer.id}:${detectedOn}`, eventDate: day.later, detectedOn,
      facts: { date: day.later, daysAhead: 3, productCategory: 'TIME_DEPOSIT', productName: '三年期定期', balance: '500000.00' },
    });
  await maturity(diamond, day.today);
  await maturity(platinum, day.yesterday);
  await maturity(others, day.today);
  await buildContactPlans(db.pool, { date: day.today });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

interface Item {
  id: string;
  customer: { id: string; customerNo: string; serviceTier: string | null };
  staff: { staffNo: string };
  source: string;
  dueOn: string;
  overdue: boolean;
  reason: { code: string; text: string };
  talkingPoint: string;
  status: string;
}
interface Today {
  items: Item[];
  total: number;
  page: number;
  pageSize: number;
  counts: Record<string, number>;
}
const todayOf = async (session: Session, query: Record<string, string> = {}) => (await getAs(app, session, '/api/contact/today', query)).json() as Today;
const eventItemOf = async (session: Session, customer: InsertedCustomer) => (await todayOf(session)).items.find((i) => i.customer.customerNo === customer.customerNo && i.source === 'EVENT')!;

describe('GET /api/contact/today', () => {
  it("lists the RM's open items due today or overdue, overdue first, with the reason in words", async () => {
    const body = await todayOf(as.rm!);
    const numbers = body.items.map((i) => i.customer.customerNo);
    expect(numbers).toContain(diamond.customerNo);
    expect(numbers).not.toContain(others.customerNo);
    expect(body.items[0]).toMatchObject({ customer: { customerNo: platinum.customerNo }, overdue: true, dueOn: day.yesterday });
    expect(body.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(body.items[0]!.reason.text).toContain('¥500,000.00');
    expect(body.items[0]!.talkingPoint).toContain('到期');
    const english = await app.inject({ method: 'GET', url: '/api/contact/today', headers: { cookie: `guibin_session=${as.rm!.token}`, 'accept-language': 'en' } });
    expect(english.json().items[0].reason.text).toContain('500,000.00');
    expect((await auditRowsOf(db.pool, 'GET /api/contact/today')).at(-1)).toMatchObject({ actorStaffNo: as.rm!.staffNo, result: 'ALLOWED' });
  });

  it('pages the ranking: page 2 continues page 1 without overlap, with the total over all pages', async () => {
    const all = await todayOf(as.rm!);
    expect(all).toMatchObject({ page: 1, pageSize: 50 });
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBe(all.counts.overdue! + all.counts.dueToday!);
    expect(all.total).toBeGreaterThanOrEqual(2);
    const first = await todayOf(as.rm!, { pageSize: '1' });
    const second = await todayOf(as.rm!, { page: '2', pageSize: '1' });
    expect(first).toMatchObject({ page: 1, pageSize: 1, total: all.total });
    expect(second).toMatchObject({ page: 2, pageSize: 1, total: all.total });
    expect(first.items.map((i) => i.id)).toEqual([all.items[0]!.id]);
    expect(second.items.map((i) => i.id)).toEqual([all.items[1]!.id]);
    const beyond = await todayOf(as.rm!, { page: String(all.total + 1), pageSize: '1' });
    expect(beyond).toMatchObject({ items: [], total: all.total });
    const headView = await todayOf(as.outletHead!, { staffNo: as.rm!.staffNo, page: '2', pageSize: '1' });
    expect(headView.items.map((i) => i.id)).toEqual([all.items[1]!.id]);
    expect((await auditRowsOf(db.pool, 'GET /api/contact/today')).at(-1)).toMatchObject({ actorStaffNo: as.outletHead!.staffNo, result: 'ALLOWED', customerIds: [headView.items[0]!.customer.id], details: { page: 2, pageSize: 1, count: 1 } });
  });

  it('shows the service tier of the evaluation in force', async () => {
    const items = (await todayOf(as.rm!)).items;
    expect(items.find((i) => i.customer.customerNo === diamond.customerNo)?.customer.serviceTier).toBe('DIAMOND');
    expect(items.find((i) => i.customer.customerNo === platinum.customerNo)?.customer.serviceTier).toBe('PLATINUM');
  });

  it("neither lists nor counts in the total an item whose customer left the viewer's scope before the next build", async () => {
    const before = await todayOf(as.rm!);
    const { rows } = await db.pool.query(`SELECT home_outlet_id FROM customer WHERE id = $1`, [diamond.id]);
    await db.pool.query(`UPDATE customer SET home_outlet_id = (SELECT id FROM org WHERE code = 'OUT2') WHERE id = $1`, [diamond.id]);
    try {
      const after = await todayOf(as.rm!);
      expect(after.items.map((i) => i.customer.customerNo)).not.toContain(diamond.customerNo);
      const hidden = before.items.filter((i) => i.customer.customerNo === diamond.customerNo).length;
      expect(hidden).toBeGreaterThan(0);
      expect(after.total).toBe(before.total - hidden);
    } finally {
      await db.pool.query(`UPDATE customer SET home_outlet_id = $2 WHERE id = $1`, [diamond.id, rows[0].home_outlet_id]);
    }
  });

  it.each([
    [{ page: '0' }],
    [{ page: '-1' }],
    [{ page: 'x' }],
    [{ pageSize: '0' }],
    [{ pageSize: '201' }],
    [{ pageSize: '1.5' }],
  ])('refuses the paging %o with 400', async (query) => {
    expect((await getAs(app, as.rm!, '/api/contact/today', query)).statusCode).toBe(400);
  });

  it('accepts a page of up to 200 items', async () => {
    expect((await getAs(app, as.rm!, '/api/contact/today', { pageSize: '200' })).statusCode).toBe(200);
  });

  it("lets the outlet head see an RM's list; another RM or another outlet's head gets 404", async () => {
    expect((await todayOf(as.outletHead!, { staffNo: as.rm!.staffNo })).items.length).toBeGreaterThan(0);
    const byRm = await getAs(app, as.rm2!, '/api/contact/today', { staffNo: as.rm!.staffNo });
    expect(byRm.statusCode).toBe(404);
    expect(byRm.json().code).toBe('CONTACT_STAFF_NOT_FOUND');
    expect((await getAs(app, as.otherOutletHead!, '/api/contact/today', { staffNo: as.rm!.staffNo })).statusCode).toBe(404);
  });
});

describe('GET /api/contact/plan', () => {
  it("shows the RM's items in the range, and an org's for the head; refuses an org out of scope", async () => {
    const mine = (await getAs(app, as.rm!, '/api/contact/plan', { from: day.yesterday, to: day.later })).json().items as Item[];
    expect(mine.every((i) => i.customer.customerNo !== others.customerNo)).toBe(true);
    const outlet = (await getAs(app, as.outletHead!, '/api/contact/plan', { from: day.yesterday, to: day.later, orgId: String(bank.orgId('OUT1')) })).json().items as Item[];
    expect(outlet.map((i) => i.customer.customerNo)).toEqual(expect.arrayContaining([diamond.customerNo, others.customerNo]));
    const away = await getAs(app, as.outletHead!, '/api/contact/plan', { from: day.yesterday, to: day.later, orgId: String(bank.orgId('OUT2')) });
    expect(away.statusCode).toBe(404);
    expect((await getAs(app, as.rm!, '/api/contact/plan', { from: day.later, to: day.yesterday })).json().code).toBe('CONTACT_RANGE_INVALID');
  });
});

describe('postpone and reassign', () => {
  it('postpones to a later day with a reason, and refuses without one or to an earlier day', async () => {
    const target = await eventItemOf(as.rm!, diamond);
    const noReason = await postAs(app, as.rm!, `/api/contact/plan-items/${target.id}/postpone`, { to: day.later });
    expect(noReason.statusCode).toBe(400);
    const earlier = await postAs(app, as.rm!, `/api/contact/plan-items/${target.id}/postpone`, { to: day.yesterday, reason: '客户出差' });
    expect(earlier.json().code).toBe('CONTACT_POSTPONE_DATE_INVALID');
    const done = await postAs(app, as.rm!, `/api/contact/plan-items/${target.id}/postpone`, { to: day.later, reason: '客户出差' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ dueOn: day.later, postponedFrom: day.today, postponeReason: '客户出差', status: 'OPEN' });
    expect((await auditRowsOf(db.pool, 'contact-plan-item.postpone')).at(-1)).toMatchObject({ result: 'ALLOWED', customerIds: [String(diamond.id)] });
  });

  it("refuses another RM (404: out of scope) and the supporting advisor on the maintainer's item (403)", async () => {
    const [item] = (await getAs(app, as.rm!, '/api/contact/plan', { from: day.yesterday, to: day.later })).json().items.filter((i: Item) => i.customer.customerNo === diamond.customerNo && i.source === 'EVENT');
    const stranger = await postAs(app, as.rm2!, `/api/contact/plan-items/${item.id}/postpone`, { to: '2099-01-01', reason: 'x' });
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().code).toBe('CONTACT_PLAN_ITEM_NOT_FOUND');
    const advisor = await postAs(app, as.advisor!, `/api/contact/plan-items/${item.id}/postpone`, { to: '2099-01-01', reason: 'x' });
    expect(advisor.statusCode).toBe(403);
    expect(advisor.json().code).toBe('CONTACT_PLAN_ITEM_NOT_YOURS');
    expect((await postAs(app, as.rm2!, `/api/contact/plan-items/${item.id}/reassign`, {})).statusCode).toBe(404);
  });

  it('hands an item to the supporting advisor, and answers 409 when the customer has none', async () => {
    const none = await postAs(app, as.rm!, `/api/contact/plan-items/${(await eventItemOf(as.rm!, platinum)).id}/reassign`, {});
    expect(none.statusCode).toBe(409);
    expect(none.json().code).toBe('CONTACT_NO_SUPPORTING_ADVISOR');
    const [item] = (await getAs(app, as.rm!, '/api/contact/plan', { from: day.yesterday, to: day.later })).json().items.filter((i: Item) => i.customer.customerNo === diamond.customerNo && i.source === 'EVENT');
    const handed = await postAs(app, as.rm!, `/api/contact/plan-items/${item.id}/reassign`, {});
    expect(handed.statusCode).toBe(200);
    expect(handed.json()).toMatchObject({ staff: { staffNo: as.advisor!.staffNo }, maintainer: { staffNo: as.rm!.staffNo } });
  });
});

describe('POST /api/contact/records closes the linked items', () => {
  it('logs a call, closes the item in the same transaction, and refuses to close it twice', async () => {
    const target = await eventItemOf(as.rm!, platinum);
    const body = { customerNo: platinum.customerNo, channel: 'PHONE', purpose: 'FOLLOW_UP', occurredAt: new Date().toISOString(), outcome: 'REACHED', notes: '已提醒到期', planItemIds: [target.id] };
    const logged = await postAs(app, as.rm!, '/api/contact/records', body);
    expect(logged.statusCode).toBe(201);
    expect(logged.json()).toMatchObject({ customer: { customerNo: platinum.customerNo }, staff: { staffNo: as.rm!.staffNo }, planItemIds: [target.id] });
    expect((await todayOf(as.rm!)).items.some((i) => i.id === target.id)).toBe(false);
    expect((await todayOf(as.rm!)).counts.doneToday).toBeGreaterThanOrEqual(1);
    const again = await postAs(app, as.rm!, '/api/contact/records', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CONTACT_PLAN_ITEM_CLOSED');
  });

  it("refuses an item of another customer, and a customer out of the caller's scope (404)", async () => {
    const diamondItem = (await getAs(app, as.rm!, '/api/contact/plan', { from: day.yesterday, to: day.later })).json().items.find((i: Item) => i.customer.customerNo === diamond.customerNo);
    const body = { customerNo: platinum.customerNo, channel: 'PHONE', purpose: 'SERVICE', occurredAt: new Date().toISOString(), outcome: 'REACHED', planItemIds: [diamondItem.id] };
    expect((await postAs(app, as.rm!, '/api/contact/records', body)).json().code).toBe('CONTACT_PLAN_ITEM_NOT_FOUND');
    const outOfScope = await postAs(app, as.rm!, '/api/contact/records', { ...body, customerNo: others.customerNo, planItemIds: [] });
    expect(outOfScope.statusCode).toBe(404);
    expect(outOfScope.json().code).toBe('CUSTOMER_NOT_FOUND');
  });
});
