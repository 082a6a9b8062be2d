import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsOf, getAs, putAs, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { loggedInCast } from '../../test-support/staff-sessions.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank, aCustomer, type Bank, type InsertedCustomer } from '../customers/customers.test-bank.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';

let db: TestDatabase;
let app: FastifyInstance;
let bank: Bank;
let first: InsertedCustomer;
let second: InsertedCustomer;
const as: Record<string, Session> = {};
const staffIds: Record<string, number> = {};
// A past week, so that every day of it may be written: Monday 2026-11-16 … Sunday 2026-11-22.
const MONDAY = '2026-11-16';
const TUESDAY = '2026-11-17';

beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool);
  bank = await aBank(db.pool);
  const people = [
    ['rm', 'RELATIONSHIP_MANAGER', 'OUT1'],
    ['otherRm', 'RELATIONSHIP_MANAGER', 'OUT1'],
    ['outletHead', 'OUTLET_HEAD', 'OUT1'],
    ['otherOutletHead', 'OUTLET_HEAD', 'OUT2'],
    ['subBranchHead', 'SUB_BRANCH_HEAD', 'SB1'],
    ['teller', 'TELLER', 'OUT1'],
  ] as const;
  const cast = await loggedInCast(app, bank, people);
  Object.assign(as, cast.as);
  for (const [name, ref] of Object.entries(cast.staff)) staffIds[name] = ref.staffId;
  const rm = { staffId: staffIds.rm!, staffNo: as.rm!.staffNo };
  first = await aCustomer().at('OUT1').maintainedBy(rm).insert(bank);
  second = await aCustomer().at('OUT1').maintainedBy(rm).insert(bank);
  // Monday: a call at 08:30 and a visit at 23:30 Beijing time (15:30 UTC: still Monday in Beijing),
  // a second call to the first customer; Tuesday 00:30 Beijing (Monday 16:30 UTC) belongs to Tuesday.
  const records: [bigint, string, string][] = [
    [first.id, 'PHONE', `${MONDAY}T08:30:00+08:00`],
    [second.id, 'OUTLET_VISIT', `${MONDAY}T23:30:00+08:00`],
    [first.id, 'PHONE', `${MONDAY}T10:00:00+08:00`],
    [second.id, 'WECHAT', `${TUESDAY}T00:30:00+08:00`],
  ];
  for (const [customerId, channel, at] of records) {
    await db.pool.query(
      `INSERT INTO contact_record (customer_id, staff_id, channel, purpose, occurred_at, outcome, notes) VALUES ($1, $2, $3, 'SERVICE', $4, 'REACHED', '客户满意')`,
      [customerId, staffIds.rm, channel, at],
    );
  }
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

const put = (session: Session, date: string, entries: unknown[]) => putAs(app, session, `/api/work-log/${date}`, { entries });
const ENTRIES = [
  { section: 'MORNING_MEETING', text: '晨会：本周重点跟进到期客户' },
  { section: 'SALES', text: '  售出稳健理财 50 万  ' },
  { section: 'MEMO', text: ' ' },
  { section: 'SUGGESTION', text: '建议增加周末理财沙龙' },
];

describe('work log: a day', () => {
  it("fills the day's visits from the RM's contact records, by the bank's day", async () => {
    const response = await getAs(app, as.rm!, '/api/work-log', { date: MONDAY });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ staff: { staffNo: as.rm!.staffNo }, date: MONDAY, saved: false, updatedAt: null, entries: [], editable: true });
    expect(body.visits.map((v: { channel: string; customer: { customerNo: string } }) => [v.channel, v.customer.customerNo])).toEqual([
      ['PHONE', first.customerNo],
      ['PHONE', first.customerNo],
      ['OUTLET_VISIT', second.customerNo],
    ]);
    expect(body.visits[0]).toMatchObject({ purpose: 'SERVICE', outcome: 'REACHED', notes: '客户满意' });
    const tuesday = (await getAs(app, as.rm!, '/api/work-log', { date: TUESDAY })).json();
    expect(tuesday.visits.map((v: { channel: string }) => v.channel)).toEqual(['WECHAT']);
  });

  it('saves the entries (trimmed, blanks dropped), and saving the same again changes nothing', async () => {
    const saved = await put(as.rm!, MONDAY, ENTRIES);
    expect(saved.statusCode).toBe(200);
    const expected = [
      { section: 'MORNING_MEETING', text: '晨会：本周重点跟进到期客户' },
      { section: 'SALES', text: '售出稳健理财 50 万' },
      { section: 'SUGGESTION', text: '建议增加周末理财沙龙' },
    ];
    expect(saved.json()).toMatchObject({ saved: true, entries: expected });
    expect(saved.json().visits).toHaveLength(3);
    await put(as.rm!, MONDAY, ENTRIES);
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM work_log_entry WHERE staff_id = $1', [staffIds.rm]);
    expect(rows[0].n).toBe(3);
    expect((await getAs(app, as.rm!, '/api/work-log', { date: MONDAY })).json().entries).toEqual(expected);
    const emptied = await put(as.rm!, TUESDAY, []);
    expect(emptied.json()).toMatchObject({ saved: true, entries: [] });
  });

  it('refuses a future day and a malformed one', async () => {
    const future = await put(as.rm!, '2999-01-01', ENTRIES);
    expect(future.statusCode).toBe(400);
    expect(future.json().code).toBe('WORK_LOG_FUTURE_DAY');
    expect((await put(as.rm!, '2026-02-30', ENTRIES)).statusCode).toBe(400);
    expect((await put(as.rm!, MONDAY, [{ section: 'GOSSIP', text: 'x' }])).statusCode).toBe(400);
  });

  it("lets the outlet head and the sub-branch head read an RM's day, read-only", async () => {
    for (const head of [as.outletHead!, as.subBranchHead!]) {
      const response = await getAs(app, head, '/api/work-log', { date: MONDAY, staffNo: as.rm!.staffNo });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ staff: { staffNo: as.rm!.staffNo }, editable: false });
      expect(response.json().entries).toHaveLength(3);
      expect(response.json().visits).toHaveLength(3);
    }
  });

  it("refuses another RM (403), a head of another outlet (404), and roles that keep no log (403)", async () => {
    const peer = await getAs(app, as.otherRm!, '/api/work-log', { date: MONDAY, staffNo: as.rm!.staffNo });
    expect(peer.statusCode).toBe(403);
    expect(peer.json().code).toBe('FORBIDDEN');
    const otherOutlet = await getAs(app, as.otherOutletHead!, '/api/work-log', { date: MONDAY, staffNo: as.rm!.staffNo });
    expect(otherOutlet.statusCode).toBe(404);
    expect(otherOutlet.json().code).toBe('WORK_LOG_STAFF_NOT_FOUND');
    expect((await getAs(app, as.otherRm!, '/api/work-log/week', { weekOf: MONDAY, staffNo: as.rm!.staffNo })).statusCode).toBe(403);
    expect((await getAs(app, as.otherOutletHead!, '/api/work-log/week', { weekOf: MONDAY, staffNo: as.rm!.staffNo })).statusCode).toBe(404);
    expect((await getAs(app, as.teller!, '/api/work-log', { date: MONDAY })).statusCode).toBe(403);
    // The other RM's own log holds none of the first RM's visits.
    expect((await getAs(app, as.otherRm!, '/api/work-log', { date: MONDAY })).json().visits).toEqual([]);
  });

  it('audits reads with the customers shown, saves and refusals', async () => {
    const reads = await auditRowsOf(db.pool, 'GET /api/work-log');
    const allowed = reads.filter((row) => row.result === 'ALLOWED' && row.details.date === MONDAY && row.details.staffNo === as.rm!.staffNo);
    expect(allowed[0]!.customerIds.sort()).toEqual([first.id.toString(), second.id.toString()].sort());
    expect(reads.filter((row) => row.result === 'DENIED').map((row) => row.details.reason)).toEqual(
      expect.arrayContaining(['FORBIDDEN', 'WORK_LOG_STAFF_NOT_FOUND']),
    );
    const saves = await auditRowsOf(db.pool, 'work-log.save');
    expect(saves.map((row) => row.result)).toEqual(['ALLOWED', 'ALLOWED', 'ALLOWED', 'DENIED']);
  });
});

describe('work log: the week for the supervisor', () => {
  it("sums the outlet's staff: contacts by channel, distinct customers, entries per day", async () => {
    const response = await getAs(app, as.outletHead!, '/api/work-log/week', { weekOf: '2026-11-19' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.week).toEqual({ start: MONDAY, end: '2026-11-22' });
    // The outlet's log-keeping staff: two RMs and the head (no teller, nobody of the sub-branch).
    expect(body.staff.map((s: { staff: { staffNo: string } }) => s.staff.staffNo).sort()).toEqual(
      [as.rm!.staffNo, as.otherRm!.staffNo, as.outletHead!.staffNo].sort(),
    );
    const rm = body.staff.find((s: { staff: { staffNo: string } }) => s.staff.staffNo === as.rm!.staffNo);
    expect(rm).toMatchObject({ contacts: 4, customers: 2, entries: 3, daysLogged: 2 });
    expect(rm.byChannel).toEqual({ PHONE: 2, SMS: 0, WECHAT: 1, EMAIL: 0, OUTLET_VISIT: 1, HOME_VISIT: 0, EVENT: 0 });
    expect(rm.days).toHaveLength(7);
    expect(rm.days.slice(0, 3)).toEqual([
      { date: MONDAY, saved: true, entries: 3, contacts: 3 },
      { date: TUESDAY, saved: true, entries: 0, contacts: 1 },
      { date: '2026-11-18', saved: false, entries: 0, contacts: 0 },
    ]);
    expect(body.totals).toMatchObject({ contacts: 4, customers: 2, entries: 3, daysLogged: 2 });
  });

  it("gives an RM their own week, and the sub-branch head one staff member's", async () => {
    const own = (await getAs(app, as.rm!, '/api/work-log/week', { weekOf: MONDAY })).json();
    expect(own.staff.map((s: { staff: { staffNo: string } }) => s.staff.staffNo)).toEqual([as.rm!.staffNo]);
    const one = (await getAs(app, as.subBranchHead!, '/api/work-log/week', { weekOf: MONDAY, staffNo: as.rm!.staffNo })).json();
    expect(one.staff).toHaveLength(1);
    expect(one.totals.contacts).toBe(4);
    const previousWeek = (await getAs(app, as.rm!, '/api/work-log/week', { weekOf: '2026-11-15' })).json();
    expect(previousWeek.totals).toMatchObject({ contacts: 0, customers: 0, entries: 0 });
  });
});
