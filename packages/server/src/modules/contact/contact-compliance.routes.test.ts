import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsOf, getAs, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { loggedInCast } from '../../test-support/staff-sessions.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, aCustomer, type Bank, type InsertedCustomer, type StaffRef } from '../customers/customers.test-bank.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';
import { aRecord } from './contact.test-support.ts';

let db: TestDatabase;
let app: FastifyInstance;
let bank: Bank;
const as: Record<string, Session> = {};
const staff: Record<string, StaffRef> = {};
const c: Record<string, InsertedCustomer> = {};
let lastMonth: string;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool);
  bank = await aBank(db.pool);
  const people = [
    ['rm', 'RELATIONSHIP_MANAGER', 'OUT1'],
    ['rm2', 'RELATIONSHIP_MANAGER', 'OUT1'],
    ['rm3', 'RELATIONSHIP_MANAGER', 'OUT2'],
    ['outletHead', 'OUTLET_HEAD', 'OUT1'],
    ['otherOutletHead', 'OUTLET_HEAD', 'OUT2'],
    ['hq', 'HQ_WEALTH_ADMIN', 'HO'],
    ['auditor', 'AUDITOR', 'HO'],
  ] as const;
  const cast = await loggedInCast(app, bank, people);
  Object.assign(staff, cast.staff);
  Object.assign(as, cast.as);
  c.diamond = await aCustomer().at('OUT1').maintainedBy(staff.rm!).insert(bank);
  c.platinum = await aCustomer().at('OUT1').maintainedBy(staff.rm2!).insert(bank);
  c.away = await aCustomer().at('OUT2').maintainedBy(staff.rm3!).insert(bank);
  const policyId = await bank.policy('contact-compliance');
  await bank.evaluate(policyId, '2026-10', [
    { customerId: c.diamond.id, metric: '2000000.00', qualifiedTier: 'DIAMOND' },
    { customerId: c.platinum.id, metric: '600000.00', qualifiedTier: 'PLATINUM' },
    { customerId: c.away.id, metric: '2000000.00', qualifiedTier: 'DIAMOND' },
  ]);
  const { rows } = await db.pool.query(`SELECT to_char(date_trunc('month', current_date) - interval '1 month', 'YYYY-MM-DD') AS last_month`);
  lastMonth = rows[0].last_month;
  // The platinum customer had four calls last month: the platinum rule is met.
  for (const day of [1, 2, 3, 4]) await aRecord(db.pool, { customerId: c.platinum.id, staffId: staff.rm2!.staffId, on: `${lastMonth.slice(0, 8)}0${day}` });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

interface Compliance {
  period: { start: string; end: string };
  totals: { met: number; due: number; overdue: number; rate: number | null };
  byRule: { ruleCode: string; met: number; overdue: number; notApplicable: number; rate: number | null }[];
  byStaff: { staff: { staffNo: string }; org: { code: string } }[];
  byOrg: { org: { code: string } }[];
  overdueCustomers: { customer: { customerNo: string }; tier: string; ruleCode: string; maintainer: { staffNo: string }; why: string }[];
}
const compliance = async (session: Session, query: Record<string, string> = {}) => {
  const response = await getAs(app, session, '/api/contact/compliance', { period: 'MONTH', date: lastMonth, ...query });
  return { status: response.statusCode, body: response.json() as Compliance & { code?: string } };
};

describe('GET /api/contact/compliance', () => {
  it("shows the outlet head their outlet by rule, staff and outlet, with an overdue diamond customer and why", async () => {
    const { status, body } = await compliance(as.outletHead!);
    expect(status).toBe(200);
    expect(body.period.start).toBe(lastMonth);
    expect(body.byStaff.map((row) => row.staff.staffNo).sort()).toEqual([as.rm!.staffNo, as.rm2!.staffNo].sort());
    expect(body.byOrg.map((row) => row.org.code)).toEqual(['OUT1']);
    const overdue = body.overdueCustomers.find((row) => row.customer.customerNo === c.diamond!.customerNo && row.ruleCode === 'diamond-monthly');
    expect(overdue).toMatchObject({ tier: 'DIAMOND', maintainer: { staffNo: as.rm!.staffNo } });
    expect(overdue!.why).toContain('电话 2 次');
    expect(body.overdueCustomers.some((row) => row.customer.customerNo === c.away!.customerNo)).toBe(false);
    const platinumRule = body.byRule.find((row) => row.ruleCode === 'platinum-monthly')!;
    expect(platinumRule).toMatchObject({ met: 1, overdue: 0, rate: 1 });
    const { met, due, overdue: late } = body.totals;
    expect(body.totals.rate).toBe(Math.round((met / (met + due + late)) * 10_000) / 10_000);
    expect((await auditRowsOf(db.pool, 'GET /api/contact/compliance')).at(-1)).toMatchObject({ actorStaffNo: as.outletHead!.staffNo, result: 'ALLOWED' });
  });

  it('shows an RM only their own customers and their own week counts', async () => {
    const { body } = await compliance(as.rm!);
    expect(body.byStaff.map((row) => row.staff.staffNo)).toEqual([as.rm!.staffNo]);
    expect(new Set(body.overdueCustomers.map((row) => row.customer.customerNo))).toEqual(new Set([c.diamond!.customerNo]));
  });

  it('gives HQ any org of the bank, in English when asked', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/contact/compliance',
      query: { period: 'MONTH', date: lastMonth, orgId: String(bank.orgId('OUT2')) },
      headers: { cookie: `guibin_session=${as.hq!.token}`, 'accept-language': 'en' },
    });
    const body = response.json() as Compliance;
    expect(new Set(body.overdueCustomers.map((row) => row.customer.customerNo))).toEqual(new Set([c.away!.customerNo]));
    expect(body.overdueCustomers.find((row) => row.ruleCode === 'diamond-monthly')!.why).toContain('2 call(s)');
  });

  it('refuses an org out of scope (404), an org asked by an RM (404), and callers without contact.read (403)', async () => {
    expect((await compliance(as.outletHead!, { orgId: String(bank.orgId('OUT2')) })).body.code).toBe('CONTACT_ORG_NOT_FOUND');
    expect((await compliance(as.rm!, { orgId: String(bank.orgId('OUT1')) })).status).toBe(404);
    expect((await compliance(as.auditor!)).status).toBe(403);
    const away = await compliance(as.otherOutletHead!);
    expect(away.body.overdueCustomers.every((row) => row.customer.customerNo === c.away!.customerNo)).toBe(true);
  });
});
