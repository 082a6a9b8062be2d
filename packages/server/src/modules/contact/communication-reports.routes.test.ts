import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsOf, getAs, postAs, putAs, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { loggedInCast } from '../../test-support/staff-sessions.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, aCustomer, type Bank, type InsertedCustomer } from '../customers/customers.test-bank.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';

let db: TestDatabase;
let app: FastifyInstance;
let bank: Bank;
let customer: InsertedCustomer;
let headsCustomer: InsertedCustomer;
let otherOutletCustomer: InsertedCustomer;
const as: Record<string, Session> = {};
const staffIds: Record<string, number> = {};
let today: string;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool);
  bank = await aBank(db.pool);
  const people = [
    ['rm', 'RELATIONSHIP_MANAGER', 'OUT1'],
    ['otherRm', 'RELATIONSHIP_MANAGER', 'OUT1'],
    ['outletHead', 'OUTLET_HEAD', 'OUT1'],
    ['secondOutletHead', 'OUTLET_HEAD', 'OUT1'],
    ['otherOutletHead', 'OUTLET_HEAD', 'OUT2'],
    ['subBranchHead', 'SUB_BRANCH_HEAD', 'SB1'],
    ['otherSubBranchHead', 'SUB_BRANCH_HEAD', 'SB2'],
    ['hq', 'HQ_WEALTH_ADMIN', 'HO'],
  ] as const;
  const cast = await loggedInCast(app, bank, people);
  Object.assign(as, cast.as);
  for (const [name, ref] of Object.entries(cast.staff)) staffIds[name] = ref.staffId;
  customer = await aCustomer().at('OUT1').maintainedBy({ staffId: staffIds.rm!, staffNo: as.rm!.staffNo }).insert(bank);
  headsCustomer = await aCustomer().at('OUT1').maintainedBy({ staffId: staffIds.outletHead!, staffNo: as.outletHead!.staffNo }).insert(bank);
  otherOutletCustomer = await aCustomer().at('OUT2').insert(bank);
  today = (await db.pool.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS d`)).rows[0].d;
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const put = (session: Session, url: string, payload: unknown) => putAs(app, session, url, payload);
const CONTENT = { keyPoints: '客户关注养老规划', needs: '希望稳健增值，流动性要求高', nextActions: '下周三带理财经理上门介绍养老产品' };
const create = (session: Session, body: Record<string, unknown>) => postAs(app, session, '/api/contact/reports', { metOn: today, ...body });
const submit = (session: Session, id: string, version: number) => postAs(app, session, `/api/contact/reports/${id}/submit`, { version });
const review = (session: Session, id: string, body: Record<string, unknown>) => postAs(app, session, `/api/contact/reports/${id}/review`, body);
const list = async (session: Session, kind: string) =>
  ((await getAs(app, session, '/api/contact/reports', { kind })).json().items as { id: string }[]).map((item) => item.id);
const GOOD = { effectiveness: 4, compliance: 5, progress: 3 };

async function aContactRecord(customerId: bigint, staffId: number): Promise<string> {
  const { rows } = await db.pool.query(
    `INSERT INTO contact_record (customer_id, staff_id, channel, purpose, occurred_at, outcome) VALUES ($1, $2, 'OUTLET_VISIT', 'SERVICE', now(), 'COMPLETED') RETURNING id::text`,
    [customerId, staffId],
  );
  return rows[0].id;
}

describe('communication report: draft, submit, return, resubmit, review', () => {
  let id: string;

  it('lets the RM write a draft linked to a contact record of the customer; nobody else sees a draft', async () => {
    const recordId = await aContactRecord(customer.id, staffIds.rm!);
    const response = await create(as.rm!, { customerId: customer.id.toString(), contactRecordId: recordId, keyPoints: '初稿' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      status: 'DRAFT',
      version: 1,
      customer: { customerNo: customer.customerNo },
      author: { staffNo: as.rm!.staffNo },
      contactRecord: { id: recordId, channel: 'OUTLET_VISIT' },
      keyPoints: '初稿',
      needs: '',
      review: null,
      actions: ['EDIT', 'SUBMIT'],
      history: [{ from: null, to: 'DRAFT', by: { staffNo: as.rm!.staffNo } }],
    });
    id = body.id;
    expect(await list(as.rm!, 'mine')).toEqual([id]);
    expect((await getAs(app, as.outletHead!, `/api/contact/reports/${id}`)).statusCode).toBe(404);
    expect(await list(as.outletHead!, 'inbox')).not.toContain(id);
  });

  it('refuses to submit an incomplete report (422), then takes the edit and the submission', async () => {
    const incomplete = await submit(as.rm!, id, 1);
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json()).toMatchObject({ code: 'COMMUNICATION_REPORT_INCOMPLETE', details: { fields: ['needs', 'nextActions'] } });
    const edited = await put(as.rm!, `/api/contact/reports/${id}`, { version: 1, metOn: today, ...CONTENT });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, keyPoints: CONTENT.keyPoints, contactRecord: null });
    const stale = await submit(as.rm!, id, 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('COMMUNICATION_REPORT_VERSION_CONFLICT');
    const submitted = await submit(as.rm!, id, 2);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'SUBMITTED', version: 3, actions: [] });
  });

  it('puts it in the inbox of the heads over the outlet only, and lets no one but the author edit it', async () => {
    expect(await list(as.outletHead!, 'inbox')).toContain(id);
    expect(await list(as.subBranchHead!, 'inbox')).toContain(id);
    expect(await list(as.otherOutletHead!, 'inbox')).not.toContain(id);
    expect(await list(as.otherSubBranchHead!, 'inbox')).not.toContain(id);
    const head = (await getAs(app, as.outletHead!, `/api/contact/reports/${id}`)).json();
    expect(head.actions).toEqual(['REVIEW', 'RETURN']);
    const notAuthor = await put(as.outletHead!, `/api/contact/reports/${id}`, { version: 3, metOn: today, ...CONTENT });
    expect(notAuthor.statusCode).toBe(403);
    expect(notAuthor.json().code).toBe('COMMUNICATION_REPORT_NOT_AUTHOR');
    const submittedEdit = await put(as.rm!, `/api/contact/reports/${id}`, { version: 3, metOn: today, ...CONTENT });
    expect(submittedEdit.statusCode).toBe(409);
    expect(submittedEdit.json().code).toBe('COMMUNICATION_REPORT_WRONG_STATE');
  });

  it('refuses an RM (403), a head out of scope (404), a return without comment and an approval without ratings (400)', async () => {
    expect((await review(as.rm!, id, { version: 3, decision: 'REVIEWED', ...GOOD })).statusCode).toBe(403);
    expect((await getAs(app, as.rm!, '/api/contact/reports', { kind: 'inbox' })).statusCode).toBe(403);
    const outOfScope = await review(as.otherOutletHead!, id, { version: 3, decision: 'REVIEWED', ...GOOD });
    expect(outOfScope.statusCode).toBe(404);
    expect(outOfScope.json().code).toBe('COMMUNICATION_REPORT_NOT_FOUND');
    const noComment = await review(as.outletHead!, id, { version: 3, decision: 'RETURNED' });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().code).toBe('COMMUNICATION_REPORT_COMMENT_REQUIRED');
    const noRatings = await review(as.outletHead!, id, { version: 3, decision: 'REVIEWED', effectiveness: 4 });
    expect(noRatings.statusCode).toBe(400);
    expect(noRatings.json()).toMatchObject({ code: 'COMMUNICATION_REPORT_RATINGS_REQUIRED', details: { fields: ['compliance', 'progress'] } });
    expect((await review(as.outletHead!, id, { version: 3, decision: 'REVIEWED', ...GOOD, effectiveness: 6 })).statusCode).toBe(400);
  });

  it('returns it with a comment; the author edits and resubmits; the head approves with ratings', async () => {
    const returned = await review(as.outletHead!, id, { version: 3, decision: 'RETURNED', comment: '请补充客户的风险偏好' });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'RETURNED',
      version: 4,
      review: { decision: 'RETURNED', reviewer: { staffNo: as.outletHead!.staffNo }, ratings: null, comment: '请补充客户的风险偏好' },
    });
    expect(await list(as.outletHead!, 'inbox')).not.toContain(id);
    expect(await list(as.outletHead!, 'reviewed')).toContain(id);
    const mine = (await getAs(app, as.rm!, `/api/contact/reports/${id}`)).json();
    expect(mine.actions).toEqual(['EDIT', 'SUBMIT']);
    const edited = await put(as.rm!, `/api/contact/reports/${id}`, { version: 4, metOn: today, ...CONTENT, needs: `${CONTENT.needs}；风险偏好：稳健型` });
    expect(edited.json()).toMatchObject({ status: 'RETURNED', version: 5 });
    const resubmitted = await submit(as.rm!, id, 5);
    expect(resubmitted.json()).toMatchObject({ status: 'SUBMITTED', version: 6, review: null });
    const approved = await review(as.subBranchHead!, id, { version: 6, decision: 'REVIEWED', ...GOOD, comment: '跟进及时' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'REVIEWED',
      review: { decision: 'REVIEWED', reviewer: { staffNo: as.subBranchHead!.staffNo }, ratings: GOOD, comment: '跟进及时' },
      actions: [],
    });
    expect(approved.json().history.map((t: { from: string | null; to: string }) => `${t.from ?? ''}→${t.to}`)).toEqual([
      '→DRAFT',
      'DRAFT→SUBMITTED',
      'SUBMITTED→RETURNED',
      'RETURNED→SUBMITTED',
      'SUBMITTED→REVIEWED',
    ]);
    expect(approved.json().history[2]).toMatchObject({ by: { staffNo: as.outletHead!.staffNo }, comment: '请补充客户的风险偏好', ratings: null });
    const final = await put(as.rm!, `/api/contact/reports/${id}`, { version: 7, metOn: today, ...CONTENT });
    expect(final.json().code).toBe('COMMUNICATION_REPORT_WRONG_STATE');
  });

  it('audits every step, allowed and refused, with the customer', async () => {
    const reviews = await auditRowsOf(db.pool, 'communication-report.review');
    expect(reviews.filter((row) => row.result === 'ALLOWED').map((row) => row.details.status)).toEqual(['RETURNED', 'REVIEWED']);
    expect(reviews.filter((row) => row.result === 'DENIED').map((row) => row.details.reason)).toEqual(expect.arrayContaining(['COMMUNICATION_REPORT_NOT_FOUND']));
    // The RM's refusal for want of contact.review is audited too.
    expect(reviews.some((row) => row.result === 'DENIED' && row.actorStaffNo === as.rm!.staffNo)).toBe(true);
    const submits = await auditRowsOf(db.pool, 'communication-report.submit');
    expect(submits.filter((row) => row.result === 'DENIED').map((row) => row.details.reason)).toEqual(['COMMUNICATION_REPORT_INCOMPLETE', 'COMMUNICATION_REPORT_VERSION_CONFLICT']);
    const creates = await auditRowsOf(db.pool, 'communication-report.create');
    expect(creates[0]!.customerIds).toEqual([customer.id.toString()]);
    const reads = await auditRowsOf(db.pool, 'GET /api/contact/reports/:reportId');
    expect(reads.map((row) => row.result)).toEqual(expect.arrayContaining(['ALLOWED', 'DENIED']));
  });
});

describe('communication report: refusals', () => {
  it('refuses a customer out of scope, a record of another customer, a meeting in the future', async () => {
    const outOfScope = await create(as.rm!, { customerId: otherOutletCustomer.id.toString(), ...CONTENT });
    expect(outOfScope.statusCode).toBe(404);
    expect(outOfScope.json().code).toBe('CUSTOMER_NOT_FOUND');
    const otherRecord = await aContactRecord(headsCustomer.id, staffIds.outletHead!);
    const mismatch = await create(as.rm!, { customerId: customer.id.toString(), contactRecordId: otherRecord, ...CONTENT });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().code).toBe('COMMUNICATION_REPORT_RECORD_MISMATCH');
    const future = await create(as.rm!, { customerId: customer.id.toString(), ...CONTENT, metOn: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().code).toBe('COMMUNICATION_REPORT_MET_ON_FUTURE');
    // HQ reads contact data but writes no reports; nor may an RM open the heads' lists.
    expect((await create(as.hq!, { customerId: customer.id.toString(), ...CONTENT })).statusCode).toBe(403);
    expect((await getAs(app, as.rm!, '/api/contact/reports', { kind: 'reviewed' })).statusCode).toBe(403);
    expect((await getAs(app, as.rm!, '/api/contact/reports', { kind: 'everything' })).statusCode).toBe(400);
  });

  it("never lets a head review their own report, and keeps it out of their inbox", async () => {
    const { id } = (await create(as.outletHead!, { customerId: headsCustomer.id.toString(), ...CONTENT })).json();
    expect((await submit(as.outletHead!, id, 1)).statusCode).toBe(200);
    expect(await list(as.outletHead!, 'inbox')).not.toContain(id);
    expect(await list(as.subBranchHead!, 'inbox')).toContain(id);
    const own = await review(as.outletHead!, id, { version: 2, decision: 'REVIEWED', ...GOOD });
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('COMMUNICATION_REPORT_OWN_REPORT');
    expect((await review(as.subBranchHead!, id, { version: 2, decision: 'REVIEWED', ...GOOD })).statusCode).toBe(200);
  });

  it('lets a colleague in scope read a submitted report but not edit it', async () => {
    const { id } = (await create(as.rm!, { customerId: customer.id.toString(), ...CONTENT })).json();
    await submit(as.rm!, id, 1);
    // The other RM of the outlet does not maintain the customer: out of their scope.
    expect((await getAs(app, as.otherRm!, `/api/contact/reports/${id}`)).statusCode).toBe(404);
    const hq = await getAs(app, as.hq!, `/api/contact/reports/${id}`);
    expect(hq.statusCode).toBe(200);
    expect(hq.json().actions).toEqual([]);
  });
});

describe('communication report: races', () => {
  it('two heads reviewing at once: one review is recorded, the other refused 409', async () => {
    const { id } = (await create(as.rm!, { customerId: customer.id.toString(), ...CONTENT })).json();
    await submit(as.rm!, id, 1);
    const responses = await Promise.all([
      review(as.outletHead!, id, { version: 2, decision: 'REVIEWED', ...GOOD }),
      review(as.secondOutletHead!, id, { version: 2, decision: 'RETURNED', comment: '请补充' }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().code).toBe('COMMUNICATION_REPORT_VERSION_CONFLICT');
    const { rows } = await db.pool.query(
      `SELECT count(*)::int AS n FROM communication_report_transition WHERE report_id = $1 AND to_status IN ('REVIEWED', 'RETURNED')`,
      [id],
    );
    expect(rows[0].n).toBe(1);
  });
});
