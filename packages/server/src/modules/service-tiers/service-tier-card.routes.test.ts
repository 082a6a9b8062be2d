import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsOf, getAs, postAs, sessionOf, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, aCustomer, type Bank, type InsertedCustomer } from '../customers/customers.test-bank.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';

let db: TestDatabase;
let app: FastifyInstance;
let bank: Bank;
let customer: InsertedCustomer;
let other: InsertedCustomer;
const as: Record<string, Session> = {};
let policyId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool);
  bank = await aBank(db.pool);
  const rm = await bank.staffMember('RELATIONSHIP_MANAGER', 'OUT1');
  as.rm = await sessionOf(app, rm.staffNo);
  as.lobby = await sessionOf(app, (await bank.staffMember('LOBBY_MANAGER', 'OUT1')).staffNo);
  as.otherHead = await sessionOf(app, (await bank.staffMember('OUTLET_HEAD', 'OUT3')).staffNo);
  customer = await aCustomer().at('OUT1').maintainedBy(rm).insert(bank);
  other = await aCustomer().at('OUT1').maintainedBy(rm).insert(bank);
  policyId = await bank.policy('card-test');
  await bank.evaluate(policyId, '2026-09', [
    { customerId: customer.id, metric: '600000.00', qualifiedTier: 'PLATINUM', serviceTier: 'GOLD', previousServiceTier: 'GOLD', status: 'QUALIFIED_NOT_UPGRADED' },
    { customerId: other.id, metric: '150000.00', qualifiedTier: 'GOLD', serviceTier: 'GOLD', previousServiceTier: 'PLATINUM', status: 'DOWNGRADED', substandardMonths: 4 },
  ]);
  await db.pool.query(
    `INSERT INTO service_tier_task (kind, customer_id, from_tier, to_tier, policy_id, month, created_by)
     VALUES ('CARD_EXCHANGE', $1, 'PLATINUM', 'GOLD', $2, '2026-09-01', 'evaluation')`,
    [other.id, policyId],
  );
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const card = (session: Session, id: bigint) => getAs(app, session, `/api/customers/${id}/service-tier`);
const sign = (session: Session, id: bigint, body: Record<string, unknown>) => postAs(app, session, `/api/customers/${id}/service-agreements`, body);

describe('the service tier card and consent', () => {
  it('shows a qualified-not-upgraded customer with no agreement on file', async () => {
    const response = await card(as.rm!, customer.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      evaluation: { policyCode: 'card-test', month: '2026-09', qualifiedTier: 'PLATINUM', serviceTier: 'GOLD', status: 'QUALIFIED_NOT_UPGRADED' },
      qualifiedNotUpgraded: true,
      agreements: [],
      pendingUpgrade: null,
      activeAdmission: null,
      openTasks: [],
    });
  });

  it('records a signed agreement; the card then names the evaluation that will upgrade', async () => {
    const response = await sign(as.rm!, customer.id, { signedOn: '2026-10-08', agreementVersion: '2024版' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ signedOn: '2026-10-08', agreementVersion: '2024版', witness: { staffNo: as.rm!.staffNo }, qualifiedTier: 'PLATINUM' });
    const body = (await card(as.rm!, customer.id)).json();
    expect(body.agreements).toHaveLength(1);
    expect(body.pendingUpgrade).toEqual({ tier: 'PLATINUM', atEvaluationOf: '2026-10' });
    const audit = await auditRowsOf(db.pool, 'service-agreement.write');
    expect(audit).toEqual([expect.objectContaining({ result: 'ALLOWED', customerIds: [customer.id.toString()] })]);
  });

  it('refuses a future date (400), an unknown witness (404), a customer out of scope (404) and a role without the permission (403)', async () => {
    const future = await sign(as.rm!, customer.id, { signedOn: '2999-01-01', agreementVersion: 'v1' });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: 'SERVICE_AGREEMENT_DATE_INVALID', details: { field: 'signedOn' } });
    expect((await sign(as.rm!, customer.id, { signedOn: '2026-10-08', agreementVersion: 'v1', witnessStaffNo: 'NOBODY' })).json().code).toBe('STAFF_NOT_FOUND');
    const outOfScope = await sign(as.otherHead!, customer.id, { signedOn: '2026-10-08', agreementVersion: 'v1' });
    expect(outOfScope.statusCode).toBe(404);
    expect(outOfScope.json().code).toBe('CUSTOMER_NOT_FOUND');
    expect((await card(as.otherHead!, customer.id)).statusCode).toBe(404);
    expect((await sign(as.lobby!, customer.id, { signedOn: '2026-10-08', agreementVersion: 'v1' })).statusCode).toBe(403);
  });

  it('lists the card-exchange task of a downgrade, in scope only', async () => {
    const tasks = (await getAs(app, as.rm!, '/api/service-tier-tasks', { status: 'OPEN' })).json().items;
    expect(tasks).toEqual([expect.objectContaining({ kind: 'CARD_EXCHANGE', fromTier: 'PLATINUM', toTier: 'GOLD', month: '2026-09', customer: expect.objectContaining({ customerNo: other.customerNo }) })]);
    expect((await getAs(app, as.otherHead!, '/api/service-tier-tasks')).json().items).toEqual([]);
    expect((await card(as.rm!, other.id)).json().openTasks).toHaveLength(1);
  });
});
