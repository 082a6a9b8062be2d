import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsOf, getAs, postAs, sessionOf, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { loggedInCast } from '../../test-support/staff-sessions.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, aCustomer, type Bank, type InsertedCustomer } from '../customers/customers.test-bank.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';

let db: TestDatabase;
let app: FastifyInstance;
let bank: Bank;
let customer: InsertedCustomer;
let second: InsertedCustomer;
const as: Record<string, Session> = {};
const staffIds: Record<string, number> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool);
  bank = await aBank(db.pool);
  const people = [
    ['rm', 'RELATIONSHIP_MANAGER', 'OUT1'],
    ['outletHead', 'OUTLET_HEAD', 'OUT1'],
    ['otherOutletHead', 'OUTLET_HEAD', 'OUT2'],
    ['subBranchHead', 'SUB_BRANCH_HEAD', 'SB1'],
    ['branchAdmin', 'BRANCH_ADMIN', 'BR1'],
    ['otherBranchAdmin', 'BRANCH_ADMIN', 'BR2'],
  ] as const;
  const cast = await loggedInCast(app, bank, people);
  Object.assign(as, cast.as);
  for (const [name, ref] of Object.entries(cast.staff)) staffIds[name] = ref.staffId;
  const rm = { staffId: staffIds.rm!, staffNo: as.rm!.staffNo };
  customer = await aCustomer().at('OUT1').maintainedBy(rm).insert(bank);
  second = await aCustomer().at('OUT1').maintainedBy(rm).insert(bank);
  // The evaluation in force: both customers qualify for gold.
  const policy = await bank.policy('sa-test');
  await bank.evaluate(policy, '2026-09', [
    { customerId: customer.id, metric: '120000.00', qualifiedTier: 'GOLD' },
    { customerId: second.id, metric: '150000.00', qualifiedTier: 'GOLD' },
  ]);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const request = (session: Session, body: Record<string, unknown>) => postAs(app, session, '/api/special-admissions', body);
const decide = (session: Session, id: string, decision: 'APPROVE' | 'REJECT', comment = '') =>
  postAs(app, session, `/api/special-admissions/${id}/decision`, { decision, comment });
const inbox = async (session: Session) =>
  ((await getAs(app, session, '/api/special-admissions/inbox')).json().items as { id: string }[]).map((item) => item.id);

describe('special admission: request and multi-step approval', () => {
  let id: string;

  it('lets the RM request platinum for a gold customer; the outlet head, then the sub-branch head decide', async () => {
    const response = await request(as.rm!, { customerNo: customer.customerNo, tier: 'PLATINUM', reason: '高净值家族客户，行内重点维护' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      tier: 'PLATINUM',
      qualifiedTier: 'GOLD',
      months: 12,
      approvalChain: ['OUTLET_HEAD', 'SUB_BRANCH_HEAD'],
      waitingFor: 'OUTLET_HEAD',
      state: 'REQUESTED',
      customer: { customerNo: customer.customerNo },
      decisions: [],
    });
    id = body.id;
    expect(await inbox(as.outletHead!)).toContain(id);
    expect(await inbox(as.subBranchHead!)).not.toContain(id);
  });

  it('refuses a second open request for the same customer (409)', async () => {
    const response = await request(as.rm!, { customerNo: customer.customerNo, tier: 'DIAMOND', reason: 'again' });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('SPECIAL_ADMISSION_OPEN');
  });

  it('refuses the wrong level with 403 and an approver out of scope with 404', async () => {
    const wrong = await decide(as.subBranchHead!, id, 'APPROVE');
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ code: 'SPECIAL_ADMISSION_WRONG_LEVEL', details: { level: 'OUTLET_HEAD' } });
    expect((await decide(as.branchAdmin!, id, 'APPROVE')).json().code).toBe('SPECIAL_ADMISSION_WRONG_LEVEL');
    const outOfScope = await decide(as.otherOutletHead!, id, 'APPROVE');
    expect(outOfScope.statusCode).toBe(404);
    expect(outOfScope.json().code).toBe('SPECIAL_ADMISSION_NOT_FOUND');
    expect((await decide(as.otherBranchAdmin!, id, 'APPROVE')).statusCode).toBe(404);
    expect(await inbox(as.otherOutletHead!)).not.toContain(id);
    // An RM holds no special-admission.approve.
    expect((await decide(as.rm!, id, 'APPROVE')).statusCode).toBe(403);
  });

  it('moves step by step and starts the period at the last approval', async () => {
    const first = await decide(as.outletHead!, id, 'APPROVE', '同意');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ state: 'IN_REVIEW', waitingFor: 'SUB_BRANCH_HEAD', decisions: [{ step: 0, level: 'OUTLET_HEAD', decision: 'APPROVE', comment: '同意' }] });
    expect(await inbox(as.outletHead!)).not.toContain(id);
    expect(await inbox(as.subBranchHead!)).toContain(id);

    const last = await decide(as.subBranchHead!, id, 'APPROVE');
    expect(last.statusCode).toBe(200);
    const { rows } = await db.pool.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today, to_char(current_date + interval '12 months', 'YYYY-MM-DD') AS ends`);
    expect(last.json()).toMatchObject({ state: 'ACTIVE', waitingFor: null, startsOn: rows[0].today, endsOn: rows[0].ends });

    const again = await decide(as.subBranchHead!, id, 'APPROVE');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SPECIAL_ADMISSION_CLOSED');
  });

  it('audits every step, allowed and refused', async () => {
    const requests = await auditRowsOf(db.pool, 'special-admission.request');
    expect(requests.filter((row) => row.result === 'ALLOWED')).toHaveLength(1);
    expect(requests[0]!.customerIds).toEqual([customer.id.toString()]);
    const approvals = await auditRowsOf(db.pool, 'special-admission.approve');
    expect(approvals.filter((row) => row.result === 'ALLOWED').map((row) => row.details.status)).toEqual(['IN_REVIEW', 'APPROVED']);
    expect(approvals.filter((row) => row.result === 'DENIED').map((row) => row.details.reason)).toEqual(
      expect.arrayContaining(['SPECIAL_ADMISSION_WRONG_LEVEL', 'SPECIAL_ADMISSION_NOT_FOUND', 'SPECIAL_ADMISSION_CLOSED']),
    );
    // The RM's refusal for want of the permission is audited too.
    expect(approvals.some((row) => row.result === 'DENIED' && row.actorStaffNo === as.rm!.staffNo)).toBe(true);
  });

  it('shows the admission on the customer, in the history of its deciders and in the expiry reminder near its end', async () => {
    const onCustomer = (await getAs(app, as.rm!, `/api/customers/${customer.id}/service-tier`)).json();
    expect(onCustomer.admissions.map((item: { id: string }) => item.id)).toEqual([id]);
    expect(onCustomer.activeAdmission).toMatchObject({ id, tier: 'PLATINUM', state: 'ACTIVE' });
    const decided = await getAs(app, as.outletHead!, '/api/special-admissions/decided');
    expect(decided.json().items.map((item: { id: string }) => item.id)).toContain(id);
    const expiring = async () => ((await getAs(app, as.rm!, '/api/special-admissions/expiring')).json().items as { id: string }[]).map((item) => item.id);
    expect(await expiring()).not.toContain(id);
    await db.pool.query(`UPDATE special_admission SET ends_on = current_date + 10 WHERE id = $1`, [id]);
    expect(await expiring()).toContain(id);
    // Out of scope: another outlet's head is not reminded.
    expect((await getAs(app, as.otherOutletHead!, '/api/special-admissions/expiring')).json().items).toEqual([]);
    await db.pool.query(`UPDATE special_admission SET starts_on = current_date - 400, ends_on = current_date WHERE id = $1`, [id]);
    expect(await expiring()).not.toContain(id);
    expect((await getAs(app, as.rm!, `/api/special-admissions/${id}`)).json().state).toBe('EXPIRED');
  });
});

describe('special admission: refusals', () => {
  it('refuses a tier at or below qualification (422) and a customer out of scope (404)', async () => {
    const atQualification = await request(as.rm!, { customerNo: second.customerNo, tier: 'GOLD', reason: 'x' });
    expect(atQualification.statusCode).toBe(422);
    expect(atQualification.json()).toMatchObject({ code: 'SPECIAL_ADMISSION_NOT_ABOVE_QUALIFICATION', details: { qualifiedTier: 'GOLD' } });
    const outOfScope = await request(as.otherOutletHead!, { customerNo: second.customerNo, tier: 'DIAMOND', reason: 'x' });
    expect(outOfScope.statusCode).toBe(404);
    expect(outOfScope.json().code).toBe('CUSTOMER_NOT_FOUND');
    const badMonths = await request(as.rm!, { customerNo: second.customerNo, tier: 'DIAMOND', reason: 'x', months: 0 });
    expect(badMonths.statusCode).toBe(400);
  });

  it("sends an outlet head's own request past their level, and a rejection needs a comment", async () => {
    const response = await request(as.outletHead!, { customerNo: second.customerNo, tier: 'DIAMOND', reason: '战略客户', months: 6 });
    expect(response.statusCode).toBe(201);
    const { id, approvalChain } = response.json();
    expect(approvalChain).toEqual(['SUB_BRANCH_HEAD', 'BRANCH_ADMIN']);
    expect(await inbox(as.outletHead!)).not.toContain(id);
    const noComment = await decide(as.subBranchHead!, id, 'REJECT');
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().code).toBe('SPECIAL_ADMISSION_COMMENT_REQUIRED');
    const rejected = await decide(as.subBranchHead!, id, 'REJECT', '资料不足');
    expect(rejected.json()).toMatchObject({ state: 'REJECTED', waitingFor: null, decisions: [{ decision: 'REJECT', comment: '资料不足' }] });
    expect((await auditRowsOf(db.pool, 'special-admission.reject')).map((row) => row.result)).toEqual(['ALLOWED']);
  });

  it('never lets the requester decide (403), whatever the chain says', async () => {
    // A chain that names the requester's own level cannot be made through the API (approvalChain skips it); the check stands anyway.
    const { rows } = await db.pool.query(
      `INSERT INTO special_admission (customer_id, tier, qualified_tier, reason, months, approval_chain, status, requested_by_staff_id, requested_by_staff_no)
       VALUES ($1, 'PLATINUM', 'GOLD', 'r', 12, '{OUTLET_HEAD}', 'REQUESTED', $2, $3) RETURNING id::text`,
      [second.id, staffIds.outletHead, as.outletHead!.staffNo],
    );
    const response = await decide(as.outletHead!, rows[0].id, 'APPROVE');
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('SPECIAL_ADMISSION_OWN_REQUEST');
    expect(await inbox(as.outletHead!)).not.toContain(rows[0].id);
  });
});

describe('special admission: races', () => {
  it('two requests for one customer at once: one is made, the other refused 409', async () => {
    const rm = { staffId: staffIds.rm!, staffNo: as.rm!.staffNo };
    const racer = await aCustomer().at('OUT1').maintainedBy(rm).insert(bank);
    const responses = await Promise.all([
      request(as.rm!, { customerNo: racer.customerNo, tier: 'GOLD', reason: 'a' }),
      request(as.rm!, { customerNo: racer.customerNo, tier: 'PLATINUM', reason: 'b' }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM special_admission WHERE customer_id = $1', [racer.id]);
    expect(rows[0].n).toBe(1);
  });

  it('two outlet heads deciding the same step at once: one decision is recorded, the other refused', async () => {
    const rm = { staffId: staffIds.rm!, staffNo: as.rm!.staffNo };
    const racer = await aCustomer().at('OUT1').maintainedBy(rm).insert(bank);
    const secondHead = await sessionOf(app, (await bank.staffMember('OUTLET_HEAD', 'OUT1')).staffNo);
    const { id } = (await request(as.rm!, { customerNo: racer.customerNo, tier: 'GOLD', reason: 'r' })).json();
    const responses = await Promise.all([decide(as.outletHead!, id, 'APPROVE'), decide(secondHead, id, 'REJECT', 'no')]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM special_admission_decision WHERE admission_id = $1', [id]);
    expect(rows[0].n).toBe(1);
  });
});
