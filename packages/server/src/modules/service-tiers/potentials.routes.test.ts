import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsOf, postAs, sessionOf, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, aCustomer, type Bank, type InsertedCustomer } from '../customers/customers.test-bank.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';

let db: TestDatabase;
let app: FastifyInstance;
let bank: Bank;
const as: Record<string, Session> = {};
const c: Record<string, InsertedCustomer> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool);
  bank = await aBank(db.pool);
  const rm1 = await bank.staffMember('RELATIONSHIP_MANAGER', 'OUT1');
  const rm2 = await bank.staffMember('RELATIONSHIP_MANAGER', 'OUT1', 'RM2');
  const rm3 = await bank.staffMember('RELATIONSHIP_MANAGER', 'OUT3');
  as.rm1 = await sessionOf(app, rm1.staffNo);
  as.head = await sessionOf(app, (await bank.staffMember('OUTLET_HEAD', 'OUT1')).staffNo);
  as.otherHead = await sessionOf(app, (await bank.staffMember('OUTLET_HEAD', 'OUT3')).staffNo);
  as.lobby = await sessionOf(app, (await bank.staffMember('LOBBY_MANAGER', 'OUT1')).staffNo);
  c.qnu = await aCustomer().at('OUT1').maintainedBy(rm1).insert(bank);
  c.near = await aCustomer().at('OUT1').maintainedBy(rm2).insert(bank);
  c.notNear = await aCustomer().at('OUT1').maintainedBy(rm1).insert(bank);
  c.many = await aCustomer().at('OUT1').maintainedBy(rm1).withAccount({ product: 'DEPOSIT' }).withAccount({ product: 'FUND' }).withAccount({ product: 'LOAN' }).insert(bank);
  c.elsewhere = await aCustomer().at('OUT3').maintainedBy(rm3).insert(bank);
  const policy = await bank.policy('potential-test');
  await bank.evaluate(policy, '2026-09', [
    { customerId: c.qnu.id, metric: '600000.00', qualifiedTier: 'PLATINUM', serviceTier: 'GOLD', previousServiceTier: 'GOLD', status: 'QUALIFIED_NOT_UPGRADED' },
    { customerId: c.near.id, metric: '412000.00', qualifiedTier: 'GOLD' },
    { customerId: c.notNear.id, metric: '399999.99', qualifiedTier: 'GOLD' },
    { customerId: c.many.id, metric: '1000.00', qualifiedTier: 'STANDARD' },
    { customerId: c.elsewhere.id, metric: '450000.00', qualifiedTier: 'GOLD' },
  ]);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const list = async (session: Session, query: Record<string, string>, language = 'zh-CN') => {
  const response = await app.inject({ method: 'GET', url: '/api/potentials', query, headers: { cookie: `guibin_session=${session.token}`, 'accept-language': language } });
  return response;
};
const numbers = async (session: Session, query: Record<string, string>) =>
  ((await list(session, query)).json().items as { customer: { customerNo: string } }[]).map((item) => item.customer.customerNo);

describe('GET /api/potentials', () => {
  it('lists customers within 80 % of the next threshold, saying why', async () => {
    const response = await list(as.head!, { kind: 'NEAR_THRESHOLD' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      kind: 'NEAR_THRESHOLD',
      evaluation: { policyCode: 'potential-test', month: '2026-09' },
      total: 1,
      items: [{ customer: { customerNo: c.near!.customerNo }, maintainer: { staffNo: 'RM2' }, metric: '412000.00', reason: '月日均 ¥412,000.00，达白金门槛 ¥500,000.00 的 82.4%' }],
    });
    expect((await list(as.head!, { kind: 'NEAR_THRESHOLD' }, 'en')).json().items[0].reason).toBe('month average ¥412,000.00, 82.4% of the platinum threshold ¥500,000.00');
    // 399,999.99 is 79.99999…8 %: not within 80 %, within 79 %.
    expect(await numbers(as.head!, { kind: 'NEAR_THRESHOLD', near: '0.79' })).toEqual([c.near!.customerNo, c.notNear!.customerNo]);
  });

  it('filters by maintainer and outlet, and never leaves the scope', async () => {
    expect(await numbers(as.head!, { kind: 'NEAR_THRESHOLD', near: '0.79', maintainerStaffNo: 'RM2' })).toEqual([c.near!.customerNo]);
    expect(await numbers(as.head!, { kind: 'NEAR_THRESHOLD', outletId: String(bank.orgId('OUT3')) })).toEqual([]);
    expect(await numbers(as.rm1!, { kind: 'NEAR_THRESHOLD', near: '0.79' })).toEqual([c.notNear!.customerNo]);
    expect(await numbers(as.otherHead!, { kind: 'NEAR_THRESHOLD' })).toEqual([c.elsewhere!.customerNo]);
  });

  it('lists the qualified-not-upgraded and the holders of many products', async () => {
    const qnu = (await list(as.head!, { kind: 'QUALIFIED_NOT_UPGRADED' })).json().items;
    expect(qnu).toEqual([expect.objectContaining({ qualifiedTier: 'PLATINUM', serviceTier: 'GOLD', reason: '2026-09 月日均 ¥600,000.00，已达白金标准，尚按金卡服务，待客户签署贵宾服务协议' })]);
    const many = (await list(as.head!, { kind: 'MANY_PRODUCTS' })).json().items;
    expect(many).toEqual([expect.objectContaining({ customer: expect.objectContaining({ customerNo: c.many!.customerNo }), reason: '持有 3 种产品：个人住房贷款、活期储蓄、稳健债券基金' })]);
    expect(await numbers(as.head!, { kind: 'MANY_PRODUCTS', minProducts: '4' })).toEqual([]);
  });

  it('refuses a bad ratio with the field named', async () => {
    const response = await list(as.head!, { kind: 'NEAR_THRESHOLD', near: '0.00' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'POTENTIAL_NEAR_INVALID', details: { field: 'near' } });
    expect((await list(as.head!, { kind: 'NEAR_THRESHOLD', near: '80%' })).statusCode).toBe(400);
  });
});

describe('flags', () => {
  it('flags with a reason, lists the flag, refuses out of scope and without the permission', async () => {
    const flag = await postAs(app, as.rm1!, `/api/customers/${c.qnu!.id}/potential-flag`, { reason: '近期有大额资金到账' });
    expect(flag.statusCode).toBe(200);
    const items = (await list(as.head!, { kind: 'FLAGGED' })).json().items;
    expect(items).toHaveLength(1);
    expect(items[0].reason).toMatch(/标记：近期有大额资金到账$/);
    expect((await postAs(app, as.otherHead!, `/api/customers/${c.qnu!.id}/potential-flag`, { reason: 'x' })).statusCode).toBe(404);
    expect((await postAs(app, as.lobby!, `/api/customers/${c.qnu!.id}/potential-flag`, { reason: 'x' })).statusCode).toBe(403);
    const removed = await app.inject({ method: 'DELETE', url: `/api/customers/${c.qnu!.id}/potential-flag`, headers: { cookie: `guibin_session=${as.rm1!.token}`, 'x-csrf-token': as.rm1!.csrfToken } });
    expect(removed.statusCode).toBe(204);
    expect((await list(as.head!, { kind: 'FLAGGED' })).json().items).toEqual([]);
    expect((await auditRowsOf(db.pool, 'potential.flag')).map((row) => row.result)).toEqual(['ALLOWED', 'DENIED', 'DENIED']);
    expect((await auditRowsOf(db.pool, 'GET /api/potentials')).length).toBeGreaterThan(5);
  });
});
