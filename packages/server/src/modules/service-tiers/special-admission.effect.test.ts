/**
 * When an approved special admission takes effect (docs/decisions/0006-maintainer-relations-and-admission-effect.md):
 * from the next evaluation. The API says which month (`effectiveFromMonth`), fixed at approval;
 * months already evaluated are not re-run. Months are taken relative to the database's today.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAs, postAs, sessionOf, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, aCustomer, type Bank, type InsertedCustomer } from '../customers/customers.test-bank.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';
import { lockPolicyCode } from '../tiers/tier-policy.store.ts';

let db: TestDatabase;
let app: FastifyInstance;
let bank: Bank;
let policyId: number;
let rm: Session;
let outletHead: Session;
const customers: InsertedCustomer[] = [];
let thisMonth: string;
let nextMonth: string;
let monthBefore: string;

const monthOf = async (sql: string) => (await db.pool.query(`SELECT to_char(${sql}, 'YYYY-MM') AS month`)).rows[0].month as string;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool);
  bank = await aBank(db.pool);
  const rmStaff = await bank.staffMember('RELATIONSHIP_MANAGER', 'OUT1');
  rm = await sessionOf(app, rmStaff.staffNo);
  outletHead = await sessionOf(app, (await bank.staffMember('OUTLET_HEAD', 'OUT1')).staffNo);
  for (let index = 0; index < 4; index += 1) customers.push(await aCustomer().at('OUT1').maintainedBy(rmStaff).insert(bank));
  thisMonth = await monthOf('current_date');
  nextMonth = await monthOf(`current_date + interval '1 month'`);
  monthBefore = await monthOf(`current_date - interval '1 month'`);
  // The evaluation in force is last month's: every customer qualifies for standard.
  policyId = await bank.policy('effect-test');
  await evaluate(monthBefore);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const evaluate = (month: string) =>
  bank.evaluate(
    policyId,
    month,
    customers.map((customer) => ({ customerId: customer.id, metric: '50000.00', qualifiedTier: 'STANDARD' })),
  );
const requestGold = async (customer: InsertedCustomer) =>
  (await postAs(app, rm, '/api/special-admissions', { customerNo: customer.customerNo, tier: 'GOLD', reason: '重点维护', months: 12 })).json();
const decide = async (id: string, decision: 'APPROVE' | 'REJECT', comment = '') =>
  (await postAs(app, outletHead, `/api/special-admissions/${id}/decision`, { decision, comment })).json();
const read = async (id: string) => (await getAs(app, outletHead, `/api/special-admissions/${id}`)).json();

describe('effectiveFromMonth', () => {
  let first: string;

  it('is the month of today while it is not evaluated: for the request (if approved today), then fixed by the approval', async () => {
    const requested = await requestGold(customers[0]!);
    expect(requested).toMatchObject({ state: 'REQUESTED', effectiveFromMonth: thisMonth, awaitingEvaluation: true });
    first = requested.id;
    expect(await decide(first, 'APPROVE')).toMatchObject({ state: 'ACTIVE', effectiveFromMonth: thisMonth, awaitingEvaluation: true });
    const stored = await db.pool.query(`SELECT to_char(effective_from_month, 'YYYY-MM-DD') AS month FROM special_admission WHERE id = $1`, [first]);
    expect(stored.rows[0].month).toBe(`${thisMonth}-01`);
  });

  it('stays fixed once that month is evaluated; an approval after it waits for the next month', async () => {
    await evaluate(thisMonth);
    expect(await read(first)).toMatchObject({ effectiveFromMonth: thisMonth, awaitingEvaluation: false });
    const requested = await requestGold(customers[1]!);
    expect(requested).toMatchObject({ effectiveFromMonth: nextMonth, awaitingEvaluation: true });
    expect(await decide(requested.id, 'APPROVE')).toMatchObject({ state: 'ACTIVE', effectiveFromMonth: nextMonth, awaitingEvaluation: true });
  });

  it('is null for a rejected request', async () => {
    const requested = await requestGold(customers[2]!);
    expect(await decide(requested.id, 'REJECT', '资料不全')).toMatchObject({ state: 'REJECTED', effectiveFromMonth: null, awaitingEvaluation: false });
  });

  it("is in the lists and in the customer 360's service tier card", async () => {
    const mine = (await getAs(app, rm, '/api/special-admissions/mine')).json();
    expect(mine.items.map((item: { effectiveFromMonth: string | null }) => item.effectiveFromMonth).sort()).toEqual([null, nextMonth, thisMonth].sort());
    const card = (await getAs(app, rm, `/api/customers/${customers[0]!.id}/service-tier`)).json();
    expect(card.admissions[0]).toMatchObject({ id: first, effectiveFromMonth: thisMonth, awaitingEvaluation: false });
  });
});

describe('the last approval while a tier evaluation runs', () => {
  it('is refused with 409 and changes nothing; once the evaluation has ended it goes through', async () => {
    const requested = await requestGold(customers[3]!);
    // An evaluation holds its policy code's lock for its whole transaction (tiers.service.ts evaluateWithPolicy).
    const evaluation = await db.pool.connect();
    try {
      await evaluation.query('BEGIN');
      await lockPolicyCode(evaluation, 'effect-test');
      const refused = await postAs(app, outletHead, `/api/special-admissions/${requested.id}/decision`, { decision: 'APPROVE', comment: '' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'SPECIAL_ADMISSION_EVALUATION_RUNNING' });
      expect(await read(requested.id)).toMatchObject({ state: 'REQUESTED' });
    } finally {
      await evaluation.query('ROLLBACK');
      evaluation.release();
    }
    expect(await decide(requested.id, 'APPROVE')).toMatchObject({ state: 'ACTIVE', effectiveFromMonth: nextMonth });
  });
});
