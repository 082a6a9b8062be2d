import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test-support/test-database.ts';
import { loggedIn } from '../identity/identity.routes.test-support.ts';
import { aCustomer, type InsertedCustomer } from '../customers/customers.test-bank.ts';
import { auditOf, FIRST_DAY, LAST_DAY, TIER_MONTH, useStandardBank, type Scenario, type StaffKey } from '../customers/customers.test-scenario.ts';

const fixture = useStandardBank();
let db: TestDatabase;
let app: FastifyInstance;
let bank: Scenario;
const sessions = new Map<StaffKey, { cookie: string; csrf: string }>();
/** New customers of OUT1 evaluated in January with no maintainer: a gold one of 30万 and a diamond one. */
let gold: InsertedCustomer;
let diamond: InsertedCustomer;

async function evaluated(name: string, tier: string, metricCents: string, outlet = 'OUT1'): Promise<InsertedCustomer> {
  const customer = await aCustomer().at(outlet).named(name).withAccount({ product: 'DEPOSIT', balance: '1000.00' }).insert(bank.bank);
  await bank.bank.dailyAum(customer.id, FIRST_DAY, LAST_DAY, '1000.00');
  await db.pool.query(
    `INSERT INTO tier_evaluation (policy_id, month, customer_id, run_id, metric_cents, qualified_tier, service_tier, substandard_months, status)
     SELECT policy_id, month, $1, run_id, $2, $3, $3, 0, 'INITIAL' FROM tier_evaluation WHERE customer_id = $4 AND month = $5::date`,
    [customer.id, metricCents, tier, bank.customers.A1.id, `${TIER_MONTH}-01`],
  );
  return customer;
}

beforeAll(async () => {
  ({ db, app, bank } = fixture);
  for (const key of ['HQ', 'SBH', 'OH', 'RM', 'RM2', 'LM', 'TL', 'AU'] as const) {
    const { token, csrfToken } = await loggedIn(app, bank.staff[key].staffNo);
    sessions.set(key, { cookie: `guibin_session=${token}`, csrf: csrfToken });
  }
  gold = await evaluated('金客户', 'GOLD', '30000000');
  diamond = await evaluated('钻客户', 'DIAMOND', '900000000');
});

function call(key: StaffKey, method: 'GET' | 'POST', url: string, payload?: unknown) {
  const session = sessions.get(key)!;
  return app.inject({
    method,
    url,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'accept-language': 'en' },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}

const id = (key: StaffKey) => bank.staff[key].staffId;
const assign = (key: StaffKey, items: unknown[], reason = 'MANUAL') => call(key, 'POST', '/api/allocation/assignments', { kind: reason, items });

describe('allocation board', () => {
  it('shows load vs capacity per staff member and lane, unassigned customers of the evaluation, audited', async () => {
    const response = await call('OH', 'GET', '/api/allocation/board');
    expect(response.statusCode, response.body).toBe(200);
    const board = response.json();
    expect(board.policy.code).toBe('tier-capacity');
    expect(board.evaluationMonth).toBe(TIER_MONTH);
    const rm = board.staff.find((s: { id: number }) => s.id === id('RM'));
    // A1 is private banking (diamond lane, 1 of 30); A2 is gold with 80,000 (gold lane, 1 of 200).
    expect(rm.maintained.find((l: { lane: string }) => l.lane === 'diamond')).toEqual({ lane: 'diamond', customers: 1, capacity: 30, quota: null });
    expect(rm.maintained.find((l: { lane: string }) => l.lane === 'gold')).toMatchObject({ customers: 1, capacity: 200 });
    const wa = board.staff.find((s: { id: number }) => s.id === id('WA'));
    expect(wa.supported.find((l: { lane: string }) => l.lane === 'diamond')).toMatchObject({ customers: 1, capacity: 60 });
    expect(rm).toMatchObject({ total: 2, supportedTotal: 0, supported: [], overCapacity: false, overAdvisorCapacity: false });
    expect(wa).toMatchObject({ total: 0, supportedTotal: 2, overCapacity: false, overAdvisorCapacity: false });
    expect(wa.supported.find((l: { lane: string }) => l.lane === 'platinum')).toMatchObject({ customers: 1, capacity: 400 });
    // The org's rows are the sums of the staff rows: maintained against the places of RM, RM2 and OH (3 × 30),
    // supported against the one advisor's places (1 × 60) — two separate measures, never mixed.
    expect(board.totals.find((t: { lane: string }) => t.lane === 'diamond')).toEqual({
      lane: 'diamond',
      customers: 2,
      assigned: 1,
      withAdvisor: 1,
      maintainerLoad: 1,
      capacity: 90,
      advisorLoad: 1,
      advisorCapacity: 60,
    });
    expect(board.totals.find((t: { lane: string }) => t.lane === 'platinum')).toMatchObject({ maintainerLoad: 1, capacity: 200, advisorLoad: 1, advisorCapacity: 400 });
    expect(board.totals.find((t: { lane: string }) => t.lane === 'gold')).toMatchObject({ advisorLoad: 0, advisorCapacity: null });
    const lm = board.staff.find((s: { id: number }) => s.id === id('LM'));
    expect(lm.maintained.find((l: { lane: string }) => l.lane === 'gold-lobby')).toMatchObject({ customers: 0, capacity: 200 });
    expect(board.unassigned.total).toBe(2);
    expect(board.unassigned.items.map((i: { customerNo: string; lane: string; aum: string; version: string }) => [i.customerNo, i.lane, i.aum, i.version])).toEqual([
      [diamond.customerNo, 'diamond', '9000000.00', '0'],
      [gold.customerNo, 'gold-lobby', '300000.00', '0'],
    ]);
    const events = (await auditOf(db.pool, bank.staff.OH)).filter((e) => e.action === 'GET /api/allocation/board');
    expect(events.at(-1)!.customer_ids.sort()).toEqual([String(gold.id), String(diamond.id)].sort());
  });

  it('refuses an org outside the scope, and staff without allocation.read', async () => {
    const outside = await call('OH', 'GET', `/api/allocation/board?orgId=${bank.bank.orgId('OUT3')}`);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().code).toBe('ALLOCATION_ORG_NOT_FOUND');
    expect((await call('LM', 'GET', '/api/allocation/board')).statusCode).toBe(403);
    expect((await call('AU', 'GET', '/api/allocation/board')).statusCode).toBe(403);
  });
});

describe('assignments', () => {
  it('assigns an unassigned customer; the RM then sees it (scope follows the relation); history says who and why', async () => {
    expect((await call('RM', 'GET', `/api/customers/${gold.id}`)).statusCode).toBe(404);
    const response = await assign('OH', [{ customerId: String(gold.id), maintainerStaffId: id('RM'), expectedVersion: '0' }]);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ changed: 1, items: [{ customerId: String(gold.id), maintainerStaffId: id('RM'), advisorStaffId: null }] });
    const file = await call('RM', 'GET', `/api/customers/${gold.id}`);
    expect(file.statusCode, file.body).toBe(200);
    const relation = (await call('RM', 'GET', `/api/allocation/customers/${gold.id}`)).json();
    expect(relation.maintainer).toMatchObject({ id: id('RM') });
    expect(relation.version).toBe(response.json().items[0].version);
    expect(relation.history).toMatchObject([{ fromMaintainer: null, toMaintainer: { id: id('RM') }, reason: 'MANUAL', changedBy: bank.staff.OH.staffNo }]);
  });

  it('two heads allocating the same customer at once: exactly one wins, the other gets ALLOCATION_CONFLICT', async () => {
    const item = (to: StaffKey) => [{ customerId: String(diamond.id), maintainerStaffId: id(to), expectedVersion: '0' }];
    const responses = await Promise.all([assign('OH', item('RM')), assign('SBH', item('RM2')), assign('OH', item('OH')), assign('SBH', item('RM'))]);
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409, 409]);
    const loser = responses.find((r) => r.statusCode === 409)!.json();
    expect(loser).toMatchObject({ code: 'ALLOCATION_CONFLICT', details: { customerIds: [String(diamond.id)] } });
    expect(loser.message).toContain('someone else changed');
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM customer_maintainer WHERE customer_id = $1', [diamond.id]);
    expect(rows[0].n).toBe(1);
    const history = await db.pool.query('SELECT count(*)::int AS n FROM customer_maintainer_history WHERE customer_id = $1', [diamond.id]);
    expect(history.rows[0].n).toBe(1);
  });

  it('refuses out-of-scope customers and staff, wrong roles, stale versions, and roles without allocation.manage', async () => {
    const c1 = await assign('OH', [{ customerId: String(bank.customers.C1.id), maintainerStaffId: id('RM'), expectedVersion: '0' }]);
    expect(c1.statusCode).toBe(404);
    expect(c1.json().code).toBe('CUSTOMER_NOT_FOUND');
    const rm4 = await assign('OH', [{ customerId: String(bank.customers.A5.id), maintainerStaffId: id('RM4'), expectedVersion: '0' }]);
    expect(rm4.statusCode).toBe(400);
    expect(rm4.json()).toMatchObject({ code: 'ALLOCATION_STAFF_NOT_ELIGIBLE', details: { field: 'maintainerStaffId', staffId: id('RM4') } });
    const advisorAsMaintainer = await assign('OH', [{ customerId: String(bank.customers.A5.id), maintainerStaffId: id('WA'), expectedVersion: '0' }]);
    expect(advisorAsMaintainer.json().code).toBe('ALLOCATION_STAFF_NOT_ELIGIBLE');
    const stale = await assign('OH', [{ customerId: String(gold.id), maintainerStaffId: id('RM2'), expectedVersion: '0' }]);
    expect(stale.statusCode).toBe(409);
    expect((await assign('RM', [{ customerId: String(bank.customers.A5.id), maintainerStaffId: id('RM'), expectedVersion: '0' }])).statusCode).toBe(403);
    const bad = await call('OH', 'POST', '/api/allocation/assignments', { items: [{ customerId: 'x', maintainerStaffId: 1, expectedVersion: '0' }] });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().details)).toContain('customerId');
    // Nothing of the refused batches was written.
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM customer_maintainer WHERE customer_id = $1', [bank.customers.A5.id]);
    expect(rows[0].n).toBe(0);
  });

  it('refuses (400, nothing written) a sub-branch head assigning a customer to staff of another outlet, as maintainer or advisor', async () => {
    const relations = async () => (await db.pool.query('SELECT customer_id::text, maintainer_staff_id FROM customer_maintainer ORDER BY 1')).rows;
    const history = async () => (await db.pool.query('SELECT count(*)::int AS n FROM customer_maintainer_history')).rows[0].n;
    const [before, historyBefore] = [await relations(), await history()];
    const b1 = (await call('SBH', 'GET', `/api/allocation/customers/${bank.customers.B1.id}`)).json();
    // A valid item (A5 of OUT1 to RM of OUT1) and one across outlets (B1 of OUT2 to RM of OUT1): the whole batch is refused.
    const batch = await assign('SBH', [
      { customerId: String(bank.customers.A5.id), maintainerStaffId: id('RM'), expectedVersion: '0' },
      { customerId: String(bank.customers.B1.id), maintainerStaffId: id('RM'), expectedVersion: b1.version },
    ]);
    expect(batch.statusCode, batch.body).toBe(400);
    expect(batch.json()).toMatchObject({ code: 'ALLOCATION_STAFF_NOT_ELIGIBLE', details: { field: 'maintainerStaffId', staffId: id('RM') } });
    expect(batch.json().message).toBe(
      "the staff member named in maintainerStaffId cannot take this customer: the staff member works at another outlet; staff take only their own outlet's customers (a sub-branch head: those of the outlets directly below)",
    );
    const advisor = await assign('SBH', [{ customerId: String(bank.customers.A5.id), maintainerStaffId: id('RM'), advisorStaffId: id('RM3'), expectedVersion: '0' }]);
    expect(advisor.statusCode).toBe(400);
    expect(advisor.json()).toMatchObject({ code: 'ALLOCATION_STAFF_NOT_ELIGIBLE', details: { field: 'advisorStaffId', staffId: id('RM3') } });
    const zh = await app.inject({
      method: 'POST',
      url: '/api/allocation/assignments',
      headers: { cookie: sessions.get('SBH')!.cookie, 'x-csrf-token': sessions.get('SBH')!.csrf, 'accept-language': 'zh-CN' },
      payload: { kind: 'MANUAL', items: [{ customerId: String(bank.customers.A5.id), maintainerStaffId: id('RM3'), expectedVersion: '0' }] },
    });
    expect(zh.json().message).toContain('该员工在其他网点工作');
    expect(await relations()).toEqual(before);
    expect(await history()).toBe(historyBefore);
  });

  it('lets a sub-branch head take a customer of an outlet directly below', async () => {
    const b2 = (await call('SBH', 'GET', `/api/allocation/customers/${bank.customers.B2.id}`)).json();
    const response = await assign('SBH', [{ customerId: String(bank.customers.B2.id), maintainerStaffId: id('SBH'), expectedVersion: b2.version }]);
    expect(response.statusCode, response.body).toBe(200);
    // …but an outlet head cannot hand an OUT1 customer to the sub-branch head (outside the outlet head's staff scope).
    const oh = await assign('OH', [{ customerId: String(bank.customers.A5.id), maintainerStaffId: id('SBH'), expectedVersion: '0' }]);
    expect(oh.statusCode).toBe(400);
  });

  it('keeps the sales credit with the original maintainer when a specialist takes over after an upgrade', async () => {
    const before = (await call('OH', 'GET', `/api/allocation/customers/${bank.customers.A1.id}`)).json();
    const moved = await assign('OH', [{ customerId: String(bank.customers.A1.id), maintainerStaffId: id('RM2'), expectedVersion: before.version }], 'UPGRADE_SPECIALIST');
    expect(moved.statusCode, moved.body).toBe(200);
    const after = (await call('OH', 'GET', `/api/allocation/customers/${bank.customers.A1.id}`)).json();
    expect(after).toMatchObject({ maintainer: { id: id('RM2') }, advisor: { id: id('WA') }, credit: { id: id('RM') } });
    expect(after.history[0]).toMatchObject({ reason: 'UPGRADE_SPECIALIST', fromMaintainer: { id: id('RM') }, toMaintainer: { id: id('RM2') }, credit: { id: id('RM') } });
  });

  it('unassigns: the customer has no maintainer and shows as unassigned again', async () => {
    const relation = (await call('OH', 'GET', `/api/allocation/customers/${gold.id}`)).json();
    const response = await assign('OH', [{ customerId: String(gold.id), maintainerStaffId: null, expectedVersion: relation.version }]);
    expect(response.statusCode, response.body).toBe(200);
    const after = (await call('OH', 'GET', `/api/allocation/customers/${gold.id}`)).json();
    expect(after.maintainer).toBeNull();
    expect(after.history[0]).toMatchObject({ reason: 'UNASSIGN', fromMaintainer: { id: id('RM') }, toMaintainer: null });
    const board = (await call('OH', 'GET', '/api/allocation/board')).json();
    expect(board.unassigned.items.map((i: { customerNo: string }) => i.customerNo)).toEqual([gold.customerNo]);
  });
});

describe('leads', () => {
  it('a lobby manager writes a lead; the outlet head sees it on the board; it closes when the customer is allocated', async () => {
    const created = await call('LM', 'POST', '/api/allocation/leads', { customerId: String(bank.customers.A5.id), note: '咨询理财，资产约 60 万' });
    expect(created.statusCode, created.body).toBe(201);
    const board = (await call('OH', 'GET', '/api/allocation/board')).json();
    expect(board.leads).toMatchObject([{ customerNo: bank.customers.A5.customerNo, note: '咨询理财，资产约 60 万', createdBy: { staffNo: bank.staff.LM.staffNo } }]);
    const lead = board.leads[0];
    expect((await assign('OH', [{ customerId: lead.customerId, maintainerStaffId: id('RM'), expectedVersion: lead.version }])).statusCode).toBe(200);
    expect((await call('OH', 'GET', '/api/allocation/board')).json().leads).toEqual([]);
  });

  it('refuses a lead for a customer outside the scope, and roles without lead.create', async () => {
    const outside = await call('TL', 'POST', '/api/allocation/leads', { customerId: String(bank.customers.C1.id), note: 'x' });
    expect(outside.statusCode).toBe(404);
    expect((await call('AU', 'POST', '/api/allocation/leads', { customerId: String(bank.customers.A5.id), note: 'x' })).statusCode).toBe(403);
    expect((await call('LM', 'POST', '/api/allocation/leads', { customerId: String(bank.customers.A5.id), note: '' })).statusCode).toBe(400);
  });
});

describe('proposals and handovers', () => {
  it('proposes the unassigned customers of an outlet with a reason each; applying twice is refused the second time', async () => {
    const response = await call('OH', 'POST', '/api/allocation/proposals', { orgId: bank.bank.orgId('OUT1') });
    expect(response.statusCode, response.body).toBe(200);
    const proposal = response.json();
    expect(proposal).toMatchObject({ moved: 0, minimumMoves: 0, unplaced: [], advisorMoved: 0, advisorMinimumMoves: 0, advisorsAdded: 1, advisorUnplaced: [] });
    expect(proposal.advisorReceivers.map((r: { id: number }) => r.id)).toEqual([id('WA')]);
    expect(proposal.items).toHaveLength(2);
    // The gold customer of 30万 goes to the lobby manager first (the lane's preferred role); gold lanes have no advisors.
    expect(proposal.items[0]).toMatchObject({ customerNo: gold.customerNo, reason: 'UNASSIGNED', from: null, to: { id: id('LM') }, lane: 'gold-lobby', advisor: null });
    expect(proposal.items[0].why).toMatch(/^unassigned gold \(200k–500k\) customer; .* has 0 of 200 gold \(200k–500k\) places$/);
    // The diamond customer allocated above keeps its maintainer and gets the outlet's wealth advisor (1 advisor : 60).
    const maintainer = (await call('OH', 'GET', `/api/allocation/customers/${diamond.id}`)).json().maintainer;
    expect(proposal.items[1]).toMatchObject({
      customerNo: diamond.customerNo,
      reason: 'KEPT',
      from: { id: maintainer.id },
      to: { id: maintainer.id },
      advisor: { from: null, to: { id: id('WA') }, reason: 'ADVISOR_MISSING' },
    });
    expect(proposal.items[1].advisor.why).toMatch(/^diamond and above customer without an advisor; .* supports 1 of 60 diamond and above places$/);
    const again = await call('OH', 'POST', '/api/allocation/proposals', { orgId: bank.bank.orgId('OUT1') });
    expect({ ...again.json(), durationMs: 0 }).toEqual({ ...proposal, durationMs: 0 });

    const items = proposal.items.map((i: { customerId: string; to: { id: number }; advisor: { to: { id: number } | null } | null; expectedVersion: string }) => ({
      customerId: i.customerId,
      maintainerStaffId: i.to.id,
      ...(i.advisor ? { advisorStaffId: i.advisor.to?.id ?? null } : {}),
      expectedVersion: i.expectedVersion,
    }));
    expect((await assign('OH', items, 'PROPOSAL')).statusCode).toBe(200);
    // Maintainer and advisor were set together, in the history of the proposal.
    const relation = (await call('OH', 'GET', `/api/allocation/customers/${diamond.id}`)).json();
    expect(relation).toMatchObject({ maintainer: { id: maintainer.id }, advisor: { id: id('WA') } });
    expect(relation.history[0]).toMatchObject({ reason: 'PROPOSAL', fromMaintainer: { id: maintainer.id }, toMaintainer: { id: maintainer.id }, fromAdvisor: null, toAdvisor: { id: id('WA') } });
    const second = await assign('OH', items, 'PROPOSAL');
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('ALLOCATION_CONFLICT');
  });

  it('an outlet head cannot propose for another outlet', async () => {
    const response = await call('OH', 'POST', '/api/allocation/proposals', { orgId: bank.bank.orgId('OUT3') });
    expect(response.statusCode).toBe(404);
  });

  it('hands over every customer of a staff member to the others of the outlet in one batch', async () => {
    const response = await call('OH', 'POST', '/api/allocation/handovers', { staffId: id('RM2') });
    expect(response.statusCode, response.body).toBe(200);
    const handover = response.json();
    const expected = (await db.pool.query('SELECT customer_id::text FROM customer_maintainer WHERE maintainer_staff_id = $1 ORDER BY 1', [id('RM2')])).rows.map((r) => r.customer_id);
    expect(handover.items.map((i: { customerId: string }) => i.customerId).sort()).toEqual(expected.sort());
    for (const item of handover.items) {
      expect(item).toMatchObject({ reason: 'MAINTAINER_LEFT', from: { id: id('RM2') } });
      expect(item.to.id).not.toBe(id('RM2'));
      expect(item.to.id, 'receivers come from the leaver’s own outlet').toSatisfy((to: number) => [id('RM'), id('OH'), id('LM'), id('TL')].includes(to));
    }
    const applied = await assign(
      'OH',
      handover.items.map((i: { customerId: string; to: { id: number }; expectedVersion: string }) => ({ customerId: i.customerId, maintainerStaffId: i.to.id, expectedVersion: i.expectedVersion })),
      'HANDOVER',
    );
    expect(applied.statusCode, applied.body).toBe(200);
    const left = await db.pool.query('SELECT count(*)::int AS n FROM customer_maintainer WHERE maintainer_staff_id = $1', [id('RM2')]);
    expect(left.rows[0].n).toBe(0);
  });

  it('a sub-branch proposal gives each outlet’s customers only to staff of that outlet (or the sub-branch head)', async () => {
    // An unassigned diamond customer of OUT2: OUT1's outlet head holds no diamond customer, OUT2's only RM holds one.
    const out2 = await evaluated('二网点钻客户', 'DIAMOND', '900000000', 'OUT2');
    const response = await call('SBH', 'POST', '/api/allocation/proposals', { orgId: bank.bank.orgId('SB1') });
    expect(response.statusCode, response.body).toBe(200);
    const proposal = response.json();
    expect(proposal.items.find((i: { customerId: string }) => i.customerId === String(out2.id))).toMatchObject({ to: { id: id('RM3') } });
    const { rows } = await db.pool.query(
      `SELECT c.id::text AS customer_id, c.home_outlet_id, o.parent_id FROM customer c JOIN org o ON o.id = c.home_outlet_id WHERE c.id = ANY($1::bigint[])`,
      [proposal.items.map((i: { customerId: string }) => i.customerId)],
    );
    const staffOrg = new Map((await db.pool.query('SELECT id, org_id FROM staff')).rows.map((r) => [r.id, r.org_id]));
    expect(proposal.receivers.find((r: { id: number }) => r.id === id('RM3'))).toMatchObject({ orgId: bank.bank.orgId('OUT2') });
    for (const item of proposal.items as { customerId: string; to: { id: number; role: string } }[]) {
      const home = rows.find((r) => r.customer_id === item.customerId)!;
      const at = staffOrg.get(item.to.id);
      // The answer carries the home outlet the web filters its pickers by.
      expect(item).toMatchObject({ homeOutletId: home.home_outlet_id, homeOutletParentId: home.parent_id });
      expect(at === home.home_outlet_id || (item.to.role === 'SUB_BRANCH_HEAD' && at === home.parent_id), `customer ${item.customerId} → staff ${item.to.id}`).toBe(true);
    }
  });
});

describe('supporting advisors in handovers', () => {
  type Item = { customerId: string; to: { id: number } | null; advisor: { from: { id: number } | null; to: { id: number } | null; reason: string; why: string } | null; reason: string; expectedVersion: string };
  const supportedBy = async (staffId: number) =>
    (await db.pool.query('SELECT customer_id::text FROM customer_maintainer WHERE advisor_staff_id = $1 ORDER BY 1', [staffId])).rows.map((r) => r.customer_id as string);

  it('clears the advisor rows (saying why) when the leaving advisor has no colleague with room; gives them to one who has', async () => {
    const mine = await supportedBy(id('WA'));
    expect(mine.length).toBeGreaterThanOrEqual(2); // A1, A3 and the diamond customer of the proposal above
    const alone = await call('OH', 'POST', '/api/allocation/handovers', { staffId: id('WA') });
    expect(alone.statusCode, alone.body).toBe(200);
    const cleared = alone.json();
    expect(cleared.items.map((i: Item) => i.customerId).sort()).toEqual(mine);
    expect(cleared).toMatchObject({ moved: 0, advisorMoved: mine.length, advisorMinimumMoves: mine.length, advisorsAdded: 0, advisorReceivers: [] });
    for (const item of cleared.items as Item[]) {
      // The maintainer stays; the advisor goes and nobody replaces them.
      expect(item).toMatchObject({ reason: 'KEPT', advisor: { from: { id: id('WA') }, to: null, reason: 'ADVISOR_LEFT' } });
      expect(item.to).not.toBeNull();
      expect(item.advisor!.why).toMatch(/^advisor .* left, moved or hands over; no eligible advisor has room, the advisor is cleared$/);
    }

    const wa2 = await bank.bank.staffMember('WEALTH_ADVISOR', 'OUT1');
    const response = await call('OH', 'POST', '/api/allocation/handovers', { staffId: id('WA') });
    const handover = response.json();
    expect(handover.advisorReceivers.map((r: { id: number }) => r.id)).toEqual([wa2.staffId]);
    expect(handover.items.map((i: Item) => [i.customerId, i.advisor?.to?.id])).toEqual(handover.items.map((i: Item) => [i.customerId, wa2.staffId]));
    const applied = await assign(
      'OH',
      handover.items.map((i: Item) => ({ customerId: i.customerId, maintainerStaffId: i.to!.id, advisorStaffId: i.advisor!.to!.id, expectedVersion: i.expectedVersion })),
      'HANDOVER',
    );
    expect(applied.statusCode, applied.body).toBe(200);
    expect(await supportedBy(id('WA'))).toEqual([]);
    expect(await supportedBy(wa2.staffId)).toEqual(mine);
    const a1 = (await call('OH', 'GET', `/api/allocation/customers/${bank.customers.A1.id}`)).json();
    expect(a1.history[0]).toMatchObject({ reason: 'HANDOVER', fromAdvisor: { id: id('WA') }, toAdvisor: { id: wa2.staffId }, changedBy: bank.staff.OH.staffNo });
    expect(a1.history[0].fromMaintainer).toEqual(a1.history[0].toMaintainer);
    const board = (await call('OH', 'GET', '/api/allocation/board')).json();
    expect(board.staff.find((s: { id: number }) => s.id === wa2.staffId)).toMatchObject({ supportedTotal: mine.length });
    expect(board.staff.find((s: { id: number }) => s.id === id('WA'))).toMatchObject({ supportedTotal: 0 });
    const events = (await auditOf(db.pool, bank.staff.OH)).filter((e) => e.action === 'POST /api/allocation/handovers');
    expect(events.at(-1)!.customer_ids.sort()).toEqual(mine);
  });

  it('a handover of a maintainer covers the customers they support as advisor too, in the same batch', async () => {
    // RM supports A2 (gold, maintained by RM2 → now an RM advisor of the outlet), and maintains others.
    const a2 = (await call('OH', 'GET', `/api/allocation/customers/${bank.customers.A2.id}`)).json();
    const set = await assign('OH', [{ customerId: String(bank.customers.A2.id), maintainerStaffId: id('RM2'), advisorStaffId: id('RM'), expectedVersion: a2.version }]);
    expect(set.statusCode, set.body).toBe(200);
    const maintained = (await db.pool.query('SELECT customer_id::text FROM customer_maintainer WHERE maintainer_staff_id = $1', [id('RM')])).rows.map((r) => r.customer_id);
    const response = await call('OH', 'POST', '/api/allocation/handovers', { staffId: id('RM') });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as Item[];
    expect(items.map((i) => i.customerId).sort()).toEqual([...maintained, String(bank.customers.A2.id)].sort());
    // A2 keeps its maintainer RM2; its advisor place goes to a wealth advisor of the outlet (gold has no advisor capacity: no limit).
    expect(items.find((i) => i.customerId === String(bank.customers.A2.id))).toMatchObject({ reason: 'KEPT', to: { id: id('RM2') }, advisor: { from: { id: id('RM') }, reason: 'ADVISOR_LEFT' } });
    for (const item of items.filter((i) => i.customerId !== String(bank.customers.A2.id))) {
      expect(item).toMatchObject({ reason: 'MAINTAINER_LEFT' });
      expect(item.to!.id).not.toBe(id('RM'));
      expect(item.advisor === null || item.advisor.to?.id !== item.to!.id, 'the advisor is never the maintainer').toBe(true);
    }
  });

  it('refuses a handover to roles without allocation.manage and of staff outside the scope, and an advisor who is the maintainer or in a wrong role', async () => {
    expect((await call('RM', 'POST', '/api/allocation/handovers', { staffId: id('WA') })).statusCode).toBe(403);
    expect((await call('AU', 'POST', '/api/allocation/proposals', { orgId: bank.bank.orgId('OUT1') })).statusCode).toBe(403);
    const outside = await call('OH', 'POST', '/api/allocation/handovers', { staffId: id('RM4') });
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({ code: 'ALLOCATION_STAFF_NOT_ELIGIBLE', details: { field: 'staffId', staffId: id('RM4') } });
    const a3 = (await call('OH', 'GET', `/api/allocation/customers/${bank.customers.A3.id}`)).json();
    const same = await assign('OH', [{ customerId: String(bank.customers.A3.id), maintainerStaffId: id('RM2'), advisorStaffId: id('RM2'), expectedVersion: a3.version }]);
    expect(same.statusCode).toBe(400);
    expect(same.json()).toMatchObject({ code: 'ALLOCATION_STAFF_NOT_ELIGIBLE', details: { field: 'advisorStaffId', staffId: id('RM2') } });
    const lobby = await assign('OH', [{ customerId: String(bank.customers.A3.id), maintainerStaffId: a3.maintainer.id, advisorStaffId: id('LM'), expectedVersion: a3.version }]);
    expect(lobby.statusCode).toBe(400);
    expect(lobby.json()).toMatchObject({ code: 'ALLOCATION_STAFF_NOT_ELIGIBLE', details: { field: 'advisorStaffId', staffId: id('LM') } });
    expect((await call('OH', 'GET', `/api/allocation/customers/${bank.customers.A3.id}`)).json().version).toBe(a3.version);
  });
});
