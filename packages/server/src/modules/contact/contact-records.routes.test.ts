import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsOf, getAs, postAs, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { loggedInCast } from '../../test-support/staff-sessions.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, aCustomer, type Bank, type InsertedCustomer } from '../customers/customers.test-bank.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';

let db: TestDatabase;
let app: FastifyInstance;
let bank: Bank;
const as: Record<string, Session> = {};
let customer: InsertedCustomer;
let others: InsertedCustomer;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool);
  bank = await aBank(db.pool);
  const people = [
    ['rm', 'RELATIONSHIP_MANAGER', 'OUT1'],
    ['rm2', 'RELATIONSHIP_MANAGER', 'OUT1'],
    ['teller', 'TELLER', 'OUT1'],
    ['otherTeller', 'TELLER', 'OUT2'],
  ] as const;
  const cast = await loggedInCast(app, bank, people);
  Object.assign(as, cast.as);
  customer = await aCustomer().at('OUT1').maintainedBy(cast.staff.rm).insert(bank);
  others = await aCustomer().at('OUT1').maintainedBy(cast.staff.rm2).insert(bank);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const consentUrl = (c: InsertedCustomer) => `/api/customers/${c.id}/marketing-consent`;
const contact = (purpose: string, channel: string) => ({ customerNo: customer.customerNo, channel, purpose, occurredAt: new Date().toISOString(), outcome: 'REACHED' });

describe('marketing consent and the contacts that need it', () => {
  it('refuses a marketing SMS without consent, naming the channel; service needs none', async () => {
    const refused = await postAs(app, as.rm!, '/api/contact/records', contact('PRODUCT', 'SMS'));
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'CONTACT_CONSENT_REQUIRED', details: { channel: 'SMS', purpose: 'PRODUCT', customerNo: customer.customerNo } });
    expect(refused.json().message).toContain('通过短信渠道');
    expect((await auditRowsOf(db.pool, 'contact-record.create')).at(-1)).toMatchObject({ result: 'DENIED', details: { reason: 'CONTACT_CONSENT_REQUIRED' } });
    expect((await postAs(app, as.rm!, '/api/contact/records', contact('SERVICE', 'SMS'))).statusCode).toBe(201);
    // Face to face, a product talk is not outreach over a channel.
    expect((await postAs(app, as.rm!, '/api/contact/records', contact('PRODUCT', 'OUTLET_VISIT'))).statusCode).toBe(201);
  });

  it('records a grant at the counter; the marketing contact is then logged; a withdrawal is as easy and takes effect at once', async () => {
    const before = await getAs(app, as.rm!, consentUrl(customer));
    expect(before.json().channels.find((c: { channel: string }) => c.channel === 'SMS')).toMatchObject({ granted: false, source: null });
    const granted = await postAs(app, as.teller!, consentUrl(customer), { channel: 'SMS', granted: true, source: 'COUNTER' });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().channels.find((c: { channel: string }) => c.channel === 'SMS')).toMatchObject({ granted: true, source: 'COUNTER', recordedBy: { staffNo: as.teller!.staffNo } });
    expect((await postAs(app, as.rm!, '/api/contact/records', contact('PRODUCT', 'SMS'))).statusCode).toBe(201);
    // Consent on SMS is not consent on the phone.
    expect((await postAs(app, as.rm!, '/api/contact/records', contact('SALON_INVITATION', 'PHONE'))).json().code).toBe('CONTACT_CONSENT_REQUIRED');
    await postAs(app, as.rm!, consentUrl(customer), { channel: 'SMS', granted: false, source: 'PHONE' });
    expect((await postAs(app, as.rm!, '/api/contact/records', contact('PRODUCT', 'SMS'))).statusCode).toBe(409);
    const { rows } = await db.pool.query(`SELECT granted FROM marketing_consent WHERE customer_id = $1 ORDER BY id`, [customer.id]);
    expect(rows.map((row) => row.granted)).toEqual([true, false]);
    expect((await auditRowsOf(db.pool, 'marketing-consent.record')).map((row) => row.result)).toEqual(['ALLOWED', 'ALLOWED']);
  });

  it("refuses consent and records of customers out of the caller's scope (404), and consent writes without the permission (403)", async () => {
    expect((await postAs(app, as.otherTeller!, consentUrl(customer), { channel: 'SMS', granted: true, source: 'COUNTER' })).statusCode).toBe(404);
    expect((await getAs(app, as.rm2!, consentUrl(customer))).statusCode).toBe(404);
    expect((await getAs(app, as.rm2!, `/api/customers/${customer.id}/contact-records`)).statusCode).toBe(404);
    const outOfScope = await postAs(app, as.rm!, '/api/contact/records', { ...contact('SERVICE', 'PHONE'), customerNo: others.customerNo });
    expect(outOfScope.json().code).toBe('CUSTOMER_NOT_FOUND');
    // A teller holds no contact.write.
    expect((await postAs(app, as.teller!, '/api/contact/records', contact('SERVICE', 'PHONE'))).statusCode).toBe(403);
  });

  it('refuses a contact dated in the future', async () => {
    const future = await postAs(app, as.rm!, '/api/contact/records', { ...contact('SERVICE', 'PHONE'), occurredAt: '2099-01-01T10:00:00+08:00' });
    expect(future.json().code).toBe('CONTACT_OCCURRED_IN_FUTURE');
  });
});

describe("GET /api/customers/:customerId/contact-records", () => {
  it("lists the customer's records newest first, audited", async () => {
    const response = await getAs(app, as.rm!, `/api/customers/${customer.id}/contact-records`);
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { purpose: string; channel: string; staff: { staffNo: string } }[];
    // The service SMS, the product talk at the outlet, the product SMS once consented.
    expect(items.map((item) => `${item.purpose} ${item.channel}`).sort()).toEqual(['PRODUCT OUTLET_VISIT', 'PRODUCT SMS', 'SERVICE SMS']);
    expect(items.every((item) => item.staff.staffNo === as.rm!.staffNo)).toBe(true);
    expect((await auditRowsOf(db.pool, 'GET /api/customers/:customerId/contact-records')).at(-1)).toMatchObject({ result: 'ALLOWED', customerIds: [String(customer.id)] });
  });
});
