import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsOf, getAs, postAs, sessionOf, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { startJobs, type JobRunner } from '../../platform/jobs/job-queue.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, aCustomer, type Bank, type InsertedCustomer } from '../customers/customers.test-bank.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';
import { contactDetectionWorker } from './contact-detection.jobs.ts';
import { EVENTS_AUDIT } from './contact-events.service.ts';

let db: TestDatabase;
let jobs: JobRunner;
let app: FastifyInstance;
let bank: Bank;
const as: Record<string, Session> = {};
const customers: Record<string, InsertedCustomer> = {};

async function anEvent(customer: InsertedCustomer, type: string, kind: string, key: string, eventDate: string, facts: object): Promise<void> {
  await db.pool.query(
    `INSERT INTO contact_event (customer_id, kind, type, dedupe_key, event_date, detected_on, facts) VALUES ($1, $2, $3, $4, $5, '2026-10-01', $6)`,
    [customer.id, kind, type, key, eventDate, JSON.stringify(facts)],
  );
}

beforeAll(async () => {
  db = await createTestDatabase();
  jobs = await startJobs({ url: db.url, workers: [contactDetectionWorker(db.pool)], pollingIntervalSeconds: 0.5 });
  app = await anApp(db.pool, { jobs });
  bank = await aBank(db.pool);
  const staff: Record<string, { staffId: number; staffNo: string }> = {};
  for (const [name, role, org] of [
    ['rm', 'RELATIONSHIP_MANAGER', 'OUT1'],
    ['otherRm', 'RELATIONSHIP_MANAGER', 'OUT1'],
    ['outletHead', 'OUTLET_HEAD', 'OUT1'],
    ['otherOutletHead', 'OUTLET_HEAD', 'OUT2'],
    ['branchAdmin', 'BRANCH_ADMIN', 'BR1'],
    ['hqAdmin', 'HQ_WEALTH_ADMIN', 'HO'],
    ['teller', 'TELLER', 'OUT1'],
  ] as const) {
    staff[name] = await bank.staffMember(role, org);
    as[name] = await sessionOf(app, staff[name]!.staffNo);
  }
  customers.mine = await aCustomer().at('OUT1').maintainedBy(staff.rm!).insert(bank);
  customers.colleagues = await aCustomer().at('OUT1').maintainedBy(staff.otherRm!).insert(bank);
  customers.otherBranch = await aCustomer().at('OUT3').insert(bank);
  await anEvent(customers.mine, 'MATURITY', 'BEHAVIOUR', 'A1:2026-10-08', '2026-10-08', {
    date: '2026-10-08',
    daysAhead: 7,
    productCategory: 'TIME_DEPOSIT',
    balance: '500000.00',
  });
  await anEvent(customers.mine, 'FESTIVAL', 'LIFE', 'NATIONAL_DAY:2026', '2026-10-01', { date: '2026-10-01', daysAhead: 0, festival: 'NATIONAL_DAY', year: 2026 });
  await anEvent(customers.colleagues, 'BIRTHDAY', 'LIFE', '2026', '2026-10-05', { date: '2026-10-05', daysAhead: 4, age: 60 });
});

afterAll(async () => {
  await app?.close();
  await jobs?.stop();
  await db?.drop();
});

describe("GET /api/customers/:customerId/contact-events", () => {
  it("answers the customer's events, the latest first, with the text in the caller's language", async () => {
    const response = await getAs(app, as.rm, `/api/customers/${customers.mine!.id}/contact-events`);
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((e: { type: string }) => e.type)).toEqual(['MATURITY', 'FESTIVAL']);
    expect(items[0]).toMatchObject({
      customer: { id: customers.mine!.id.toString(), customerNo: customers.mine!.customerNo },
      kind: 'BEHAVIOUR',
      eventDate: '2026-10-08',
      detectedOn: '2026-10-01',
      facts: { balance: '500000.00' },
    });
    // "in N days" counts from today, not from the detection date: the maturity is past by now.
    expect(items[0].text).toMatch(/^定期存款 ¥500,000\.00 到期于 2026-10-08，已过 \d+ 天$/);
    const english = await app.inject({
      method: 'GET',
      url: `/api/customers/${customers.mine!.id}/contact-events`,
      headers: { cookie: `guibin_session=${as.rm!.token}`, 'accept-language': 'en' },
    });
    expect(english.json().items[1].text).toMatch(/^National Day on 2026-10-01, \d+ days ago$/);
    const audit = await auditRowsOf(db.pool, EVENTS_AUDIT.customer);
    expect(audit.at(-1)).toMatchObject({ actorStaffNo: as.rm!.staffNo, result: 'ALLOWED', customerIds: [customers.mine!.id.toString()] });
  });

  it("refuses a customer outside the caller's scope as not found, and audits the refusal", async () => {
    const response = await getAs(app, as.rm, `/api/customers/${customers.colleagues!.id}/contact-events`);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('CUSTOMER_NOT_FOUND');
    const audit = await auditRowsOf(db.pool, EVENTS_AUDIT.customer);
    expect(audit.at(-1)).toMatchObject({ actorStaffNo: as.rm!.staffNo, result: 'DENIED', customerIds: [customers.colleagues!.id.toString()] });
  });

  it('refuses a role without contact.read', async () => {
    const response = await getAs(app, as.teller, `/api/customers/${customers.mine!.id}/contact-events`);
    expect(response.statusCode).toBe(403);
  });
});

describe('GET /api/contact/events', () => {
  const range = { from: '2026-09-01', to: '2026-10-31' };

  it("lists the events of the caller's customers in the range, by date", async () => {
    const mine = await getAs(app, as.rm, '/api/contact/events', range);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((e: { type: string }) => e.type)).toEqual(['FESTIVAL', 'MATURITY']);
    const outlet = await getAs(app, as.outletHead, '/api/contact/events', range);
    expect(outlet.json().items.map((e: { type: string }) => e.type)).toEqual(['FESTIVAL', 'BIRTHDAY', 'MATURITY']);
    const otherOutlet = await getAs(app, as.otherOutletHead, '/api/contact/events', range);
    expect(otherOutlet.json().items).toEqual([]);
  });

  it('filters by type and by range', async () => {
    const birthdays = await getAs(app, as.outletHead, '/api/contact/events', { ...range, type: 'BIRTHDAY' });
    expect(birthdays.json().items.map((e: { customer: { customerNo: string } }) => e.customer.customerNo)).toEqual([customers.colleagues!.customerNo]);
    const early = await getAs(app, as.outletHead, '/api/contact/events', { from: '2026-10-01', to: '2026-10-01' });
    expect(early.json().items.map((e: { type: string }) => e.type)).toEqual(['FESTIVAL']);
  });

  it('refuses a backwards or too long range, and an unknown type', async () => {
    for (const query of [
      { from: '2026-10-31', to: '2026-10-01' },
      { from: '2025-01-01', to: '2026-10-01' },
    ]) {
      const response = await getAs(app, as.rm, '/api/contact/events', query);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('CONTACT_RANGE_INVALID');
    }
    expect((await getAs(app, as.rm, '/api/contact/events', { ...range, type: 'LOTTERY' })).statusCode).toBe(400);
  });
});

describe('external events', () => {
  it('refuses unknown and out-of-scope customer numbers with their list, entering nothing', async () => {
    const response = await postAs(app, as.branchAdmin!, '/api/contact/external-events', {
      title: '四季度投资策略会',
      eventDate: '2026-12-15',
      customerNos: [customers.mine!.customerNo, customers.otherBranch!.customerNo, 'C-NO-SUCH'],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'CONTACT_EXTERNAL_CUSTOMERS_NOT_FOUND', details: { customerNos: [customers.otherBranch!.customerNo, 'C-NO-SUCH'], count: 2 } });
    expect((await db.pool.query('SELECT count(*)::int AS n FROM contact_external_event')).rows[0].n).toBe(0);
    expect((await auditRowsOf(db.pool, EVENTS_AUDIT.external)).at(-1)).toMatchObject({ result: 'DENIED' });
  });

  it('enters an event for customers in scope and writes their EXTERNAL events at once', async () => {
    const response = await postAs(app, as.branchAdmin!, '/api/contact/external-events', {
      title: '四季度投资策略会',
      description: '邀请客户参加',
      eventDate: '2026-12-15',
      customerNos: [customers.mine!.customerNo, customers.colleagues!.customerNo, customers.mine!.customerNo],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ customers: 2 });
    const events = await getAs(app, as.rm, '/api/contact/events', { from: '2026-12-01', to: '2026-12-31', type: 'EXTERNAL' });
    expect(events.json().items).toEqual([
      expect.objectContaining({ kind: 'EXTERNAL', eventDate: '2026-12-15', text: '四季度投资策略会（2026-12-15）：邀请客户参加' }),
    ]);
    const audit = (await auditRowsOf(db.pool, EVENTS_AUDIT.external)).at(-1);
    expect(audit).toMatchObject({ result: 'ALLOWED', actorStaffNo: as.branchAdmin!.staffNo });
    expect([...audit!.customerIds].sort()).toEqual([customers.mine!.id.toString(), customers.colleagues!.id.toString()].sort());
  });

  it('lists the external events of the org scope', async () => {
    const response = await getAs(app, as.branchAdmin, '/api/contact/external-events');
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      expect.objectContaining({ title: '四季度投资策略会', eventDate: '2026-12-15', customers: 2, createdBy: expect.objectContaining({ staffNo: as.branchAdmin!.staffNo }) }),
    ]);
  });

  it('refuses roles without contact-event.manage', async () => {
    expect((await postAs(app, as.rm!, '/api/contact/external-events', { title: 'x', eventDate: '2026-12-15', customerNos: [customers.mine!.customerNo] })).statusCode).toBe(403);
    expect((await getAs(app, as.outletHead, '/api/contact/external-events')).statusCode).toBe(403);
  });
});

describe('detection runs', () => {
  it('starts detection and the plan build as a job (202), and lists the run once the worker finished it', async () => {
    const response = await postAs(app, as.hqAdmin!, '/api/contact/detection-runs', { date: '2026-10-01' });
    expect(response.statusCode).toBe(202);
    const id = response.json().id as string;
    let run: { id: string; status: string; counts: Record<string, unknown>; businessDate: string } | undefined;
    for (let attempt = 0; attempt < 120; attempt += 1) {
      const list = await getAs(app, as.hqAdmin, '/api/contact/detection-runs');
      expect(list.statusCode).toBe(200);
      run = list.json().items.find((item: { id: string }) => item.id === id);
      if (run && run.status !== 'RUNNING') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(run).toMatchObject({ status: 'SUCCEEDED', businessDate: '2026-10-01' });
    expect(run!.counts).toMatchObject({ events: expect.objectContaining({ BIRTHDAY: expect.any(Number) }), plans: expect.objectContaining({ created: expect.any(Number) }) });
    expect((await auditRowsOf(db.pool, EVENTS_AUDIT.detect)).at(-1)).toMatchObject({ result: 'ALLOWED', actorStaffNo: as.hqAdmin!.staffNo });
  });

  it('refuses a date after today', async () => {
    const response = await postAs(app, as.hqAdmin!, '/api/contact/detection-runs', { date: '2999-01-01' });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('CONTACT_DETECTION_DATE_IN_FUTURE');
  });

  it('refuses roles without contact-rule.manage', async () => {
    expect((await postAs(app, as.outletHead!, '/api/contact/detection-runs', {})).statusCode).toBe(403);
    expect((await getAs(app, as.branchAdmin, '/api/contact/detection-runs')).statusCode).toBe(403);
  });

  it('answers 503 when the process runs no jobs', async () => {
    const bare = await anApp(db.pool);
    try {
      const session = await sessionOf(bare, as.hqAdmin!.staffNo);
      const response = await postAs(bare, session, '/api/contact/detection-runs', {});
      expect(response.statusCode).toBe(503);
      expect(response.json().code).toBe('CONTACT_DETECTION_UNAVAILABLE');
    } finally {
      await bare.close();
    }
  });
});
