/**
 * `npm run bench -- --only allocation`: the automatic allocation proposal (issue 6 "Benchmark") for
 * an outlet of 5,000 customers and a sub-branch of 50,000 (ten outlets), generated in memory with a
 * fixed seed: most customers already have a maintainer, some maintainers are over capacity, one RM
 * per outlet has left, the rest are unassigned; most diamond and platinum customers with a
 * maintainer have a supporting advisor (skewed, so some advisors are over the advisor capacity),
 * and one of the three advisors of each outlet has left. Measures the proposal rules
 * (allocation-proposal.rules.ts) — the part that grows with the input beyond the SQL reads — and
 * compares the relations moved with the minimum (the relations that must move: over capacity or
 * maintainer gone), maintainers and advisors counted apart, and checks that no capacity or
 * advisor capacity is exceeded afterwards, that no advisor is the customer's maintainer, and that
 * no customer is proposed to staff of another outlet (DOMAIN.md §11, allocation.rules.ts `mayServe`).
 */
import { propose, type ProposalCustomer, type ProposalStaff } from '../../packages/server/src/modules/allocation/allocation-proposal.rules.ts';
import { lanesSchema, mayServe } from '../../packages/server/src/modules/allocation/allocation.rules.ts';

// The tier-capacity preset of migration 0012.
const LANES = lanesSchema.parse([
  { key: 'diamond', tiers: ['PRIVATE', 'DIAMOND'], roles: ['RELATIONSHIP_MANAGER', 'OUTLET_HEAD'], capacity: 30, advisorCapacity: 60 },
  { key: 'platinum', tiers: ['PLATINUM'], roles: ['RELATIONSHIP_MANAGER'], capacity: 100, advisorCapacity: 400 },
  { key: 'gold-lobby', tiers: ['GOLD'], minAumCents: '20000000', maxAumCents: '50000000', roles: ['LOBBY_MANAGER', 'RELATIONSHIP_MANAGER'], capacity: 200 },
  { key: 'gold-teller', tiers: ['GOLD'], minAumCents: '10000000', maxAumCents: '20000000', roles: ['TELLER', 'RELATIONSHIP_MANAGER'], capacity: 200 },
  { key: 'gold', tiers: ['GOLD'], roles: ['RELATIONSHIP_MANAGER'], capacity: 200 },
]);
/** Share of customers per lane, in thousandths. */
const LANE_MIX = [30, 120, 150, 200, 500];

function random(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

export interface AllocationCase {
  customers: ProposalCustomer[];
  staff: ProposalStaff[];
}

/** Org ids of the in-memory case: one sub-branch, its outlets numbered from OUTLET_BASE. */
const SUB_BRANCH_ID = 1;
const OUTLET_BASE = 1_000;

/** `outlets` outlets of `perOutlet` customers, each with a head, 22 RMs, 2 lobby managers, 4 tellers and 3 wealth advisors. */
export function generateCase(outlets: number, perOutlet: number, seed = 6): AllocationCase {
  const next = random(seed);
  const staff: { id: number; role: string; active: boolean; orgId: number }[] = [];
  const customers: ProposalCustomer[] = [];
  let staffId = 0;
  let customerId = 0;
  for (let outlet = 0; outlet < outlets; outlet += 1) {
    const members = [
      { role: 'OUTLET_HEAD', n: 1 },
      { role: 'RELATIONSHIP_MANAGER', n: 22 },
      { role: 'LOBBY_MANAGER', n: 2 },
      { role: 'TELLER', n: 4 },
      { role: 'WEALTH_ADVISOR', n: 3 },
    ].flatMap(({ role, n }) => Array.from({ length: n }, () => ({ id: (staffId += 1), role, active: true, orgId: OUTLET_BASE + outlet })));
    members[1]!.active = false; // one RM of each outlet has left
    members.at(-1)!.active = false; // and one wealth advisor
    staff.push(...members);
    const rms = members.filter((member) => member.role === 'RELATIONSHIP_MANAGER');
    const advisors = members.filter((member) => member.role === 'WEALTH_ADVISOR');
    for (let i = 0; i < perOutlet; i += 1) {
      let pick = next(1000);
      let lane = 0;
      while (pick >= LANE_MIX[lane]!) pick -= LANE_MIX[lane++]!;
      const holderRoll = next(100);
      // 65 % already maintained, skewed towards the first RMs (so some are over capacity), 35 % unassigned.
      const holder = holderRoll < 65 ? rms[Math.min(next(rms.length), next(rms.length))]!.id : null;
      // Diamond and platinum: 80 % of those maintained have an advisor, skewed towards the first.
      const advisor = holder !== null && LANES[lane]!.advisorCapacity != null && next(100) < 80 ? advisors[Math.min(next(advisors.length), next(advisors.length))]!.id : null;
      customers.push({
        id: BigInt((customerId += 1)),
        lane,
        aumCents: BigInt(5_000_000 + next(100_000_000)),
        maintainerStaffId: holder,
        advisorStaffId: advisor,
        homeOutletId: OUTLET_BASE + outlet,
        homeOutletParentId: SUB_BRANCH_ID,
      });
    }
  }
  const load = new Map<number, number[]>();
  const advisorLoad = new Map<number, number[]>();
  for (const customer of customers) {
    for (const [holder, map] of [
      [customer.maintainerStaffId, load],
      [customer.advisorStaffId ?? null, advisorLoad],
    ] as const) {
      if (holder === null) continue;
      const lanes = map.get(holder) ?? LANES.map(() => 0);
      lanes[customer.lane!]! += 1;
      map.set(holder, lanes);
    }
  }
  return {
    customers,
    staff: staff.map((member) => {
      const lanes = load.get(member.id) ?? LANES.map(() => 0);
      return {
        id: member.id,
        name: `S${member.id}`,
        role: member.role,
        orgId: member.orgId,
        active: member.active,
        receives: member.active,
        loadByLane: lanes,
        totalLoad: lanes.reduce((a, b) => a + b, 0),
        advisorLoadByLane: advisorLoad.get(member.id) ?? LANES.map(() => 0),
      };
    }),
  };
}

export interface AllocationBenchRow {
  name: string;
  customers: number;
  staff: number;
  ms: number;
  proposed: number;
  unplaced: number;
  moved: number;
  minimumMoves: number;
  capacityViolations: number;
  /** Proposed assignments to staff who may not serve the customer's outlet (must be 0). */
  crossOutlet: number;
  /** Advisors added to customers without one; existing advisors replaced or cleared, and the fewest that must be. */
  advisorsAdded: number;
  advisorMoved: number;
  advisorMinimumMoves: number;
  /** Customers whose advisor should be added or moved but nobody eligible has room. */
  advisorUnplaced: number;
  /** Advisors who received customers and end above the lane's advisor capacity (-1: not checked); advisor = maintainer or across outlets (must be 0). */
  advisorCapacityViolations: number;
  advisorIsMaintainer: number;
  advisorCrossOutlet: number;
  goalMs: number;
}

function measure(name: string, testCase: AllocationCase, goalMs: number): AllocationBenchRow {
  propose(LANES, testCase.customers.slice(0, 100), testCase.staff); // warm-up
  const started = performance.now();
  const result = propose(LANES, testCase.customers, testCase.staff);
  const ms = performance.now() - started;
  const final = new Map(testCase.customers.map((customer) => [customer.id, customer.maintainerStaffId]));
  for (const assignment of result.assignments) final.set(assignment.customerId, assignment.toStaffId);
  const unplaced = new Set(result.unplaced.map((entry) => entry.customerId));
  const held = new Map<string, number>();
  for (const customer of testCase.customers) {
    const holder = final.get(customer.id);
    if (holder === null || holder === undefined || unplaced.has(customer.id)) continue;
    const key = `${holder}:${customer.lane}`;
    held.set(key, (held.get(key) ?? 0) + 1);
  }
  const capacityViolations = [...held.entries()].filter(([key, count]) => count > (LANES[Number(key.split(':')[1])]!.capacity ?? Infinity)).length;
  const customerById = new Map(testCase.customers.map((customer) => [customer.id, customer]));
  const staffById = new Map(testCase.staff.map((member) => [member.id, member]));
  const crossOutlet = result.assignments.filter((a) => !mayServe(staffById.get(a.toStaffId)!, customerById.get(a.customerId)!)).length;
  // Advisors after the proposal: who received places, and where each one ends.
  const finalAdvisor = new Map(testCase.customers.map((customer) => [customer.id, customer.advisorStaffId ?? null]));
  const received = new Set<number>();
  for (const change of result.advisors) {
    finalAdvisor.set(change.customerId, change.toStaffId);
    if (change.toStaffId !== null && change.toStaffId !== change.fromStaffId) received.add(change.toStaffId);
  }
  const supported = new Map<string, number>();
  let advisorIsMaintainer = 0;
  for (const customer of testCase.customers) {
    const advisor = finalAdvisor.get(customer.id) ?? null;
    if (advisor === null) continue;
    if (advisor === final.get(customer.id)) advisorIsMaintainer += 1;
    if (!received.has(advisor)) continue;
    const key = `${advisor}:${customer.lane}`;
    supported.set(key, (supported.get(key) ?? 0) + 1);
  }
  const advisorCapacityViolations = [...supported.entries()].filter(([key, count]) => count > (LANES[Number(key.split(':')[1])]!.advisorCapacity ?? Infinity)).length;
  const advisorChanges = result.advisors.filter((change) => change.toStaffId !== change.fromStaffId);
  const advisorCrossOutlet = advisorChanges.filter((change) => change.toStaffId !== null && !mayServe(staffById.get(change.toStaffId)!, customerById.get(change.customerId)!)).length;
  return {
    name,
    customers: testCase.customers.length,
    staff: testCase.staff.length,
    ms: Math.round(ms * 10) / 10,
    // Rows: customers whose maintainer, advisor or both change (as the service presents them).
    proposed: new Set([...result.assignments.map((a) => a.customerId), ...advisorChanges.map((change) => change.customerId)]).size,
    unplaced: result.unplaced.length,
    moved: result.moved,
    minimumMoves: result.minimumMoves,
    capacityViolations,
    crossOutlet,
    advisorsAdded: result.advisorsAdded,
    advisorMoved: result.advisorMoved,
    advisorMinimumMoves: result.advisorMinimumMoves,
    advisorUnplaced: result.advisors.length - advisorChanges.length,
    advisorCapacityViolations,
    advisorIsMaintainer,
    advisorCrossOutlet,
    goalMs,
  };
}

export function runAllocationBenchmark(): AllocationBenchRow[] {
  return [measure('outlet', generateCase(1, 5_000), 2_000), measure('sub-branch (10 outlets)', generateCase(10, 5_000), 15_000)];
}

export function allocationTable(rows: readonly AllocationBenchRow[]): string {
  return [
    '| proposal | customers | staff | time (ms) | goal (ms) | rows proposed | maintainers unplaced | maintainers moved | minimum | capacity violations | across outlets | advisors added | advisors moved | minimum | advisors unplaced | advisor capacity violations | advisor = maintainer | advisor across outlets |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.customers.toLocaleString('en')} | ${row.staff} | ${row.ms} | ${row.goalMs} | ${row.proposed} | ${row.unplaced} | ${row.moved} | ${row.minimumMoves} | ${row.capacityViolations} | ${row.crossOutlet} | ${row.advisorsAdded} | ${row.advisorMoved} | ${row.advisorMinimumMoves} | ${row.advisorUnplaced} | ${row.advisorCapacityViolations} | ${row.advisorIsMaintainer} | ${row.advisorCrossOutlet} |`,
    ),
  ].join('\n');
}

/**
 * The same two proposals through the service (SQL reads of the scope, lanes, loads and versions,
 * then the rules, then the audit row) on a scratch database holding one sub-branch of ten
 * outlets of 5,000 customers each — the in-memory case written as rows.
 */
export async function runAllocationDatabaseBenchmark(adminUrl: string, log: (line: string) => void): Promise<AllocationBenchRow[]> {
  const pg = (await import('pg')).default;
  const { migrate } = await import('../../packages/server/src/platform/db/migrate.ts');
  const { createAuditWriter } = await import('../../packages/server/src/platform/audit/audit-writer.ts');
  const { proposeForOrg } = await import('../../packages/server/src/modules/allocation/allocation.service.ts');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS allocation_bench');
  await admin.query('CREATE DATABASE allocation_bench');
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = '/allocation_bench';
  const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
  try {
    await migrate(pool);
    const testCase = generateCase(10, 5_000);
    log(`allocation: writing 50,000 customers, ${testCase.staff.length} staff and their relations`);
    const org = async (code: string, level: string, parent: number | null) =>
      (await pool.query<{ id: number }>('INSERT INTO org (code, name, level, parent_id) VALUES ($1, $1, $2, $3) RETURNING id', [code, level, parent])).rows[0]!.id;
    const head = await org('HO', 'HEAD_OFFICE', null);
    const branch = await org('BR', 'BRANCH', head);
    const subBranch = await org('SB', 'SUB_BRANCH', branch);
    const outlets: number[] = [];
    for (let i = 0; i < 10; i += 1) outlets.push(await org(`O${i}`, 'OUTLET', subBranch));
    const staffIds = new Map<number, number>();
    for (const member of testCase.staff) {
      const { rows } = await pool.query<{ id: number }>(
        `INSERT INTO staff (staff_no, name, role, org_id, phone, status) VALUES ($1, $1, $2, $3, '13800000000', $4) RETURNING id`,
        [`B${member.id}`, member.role, outlets[member.orgId - OUTLET_BASE], member.active ? 'ACTIVE' : 'LEFT'],
      );
      staffIds.set(member.id, rows[0]!.id);
    }
    const sbh = (await pool.query<{ id: number }>(`INSERT INTO staff (staff_no, name, role, org_id, phone) VALUES ('BSBH', 'BSBH', 'SUB_BRANCH_HEAD', $1, '1') RETURNING id`, [subBranch])).rows[0]!.id;
    const tierOf = ['DIAMOND', 'PLATINUM', 'GOLD', 'GOLD', 'GOLD'];
    const metricOf = ['900000000', '150000000', '30000000', '15000000', '60000000'];
    const numbers = testCase.customers.map((customer) => `BC${customer.id}`);
    await pool.query(
      `INSERT INTO customer (customer_no, name, id_type, id_no, gender, phone, email, occupation, home_outlet_id, opened_on)
       SELECT n, n, 'RESIDENT_ID', n, 'F', '1', 'a@b.c', 'OTHER', o, '2020-01-01' FROM unnest($1::text[], $2::int[]) AS t (n, o)`,
      [numbers, testCase.customers.map((_, index) => outlets[Math.floor(index / 5_000)])],
    );
    const policy = (
      await pool.query<{ id: number }>(
        `INSERT INTO tier_policy (code, version, name, metric, tiers, created_by) VALUES ('bench', 1, 'bench', 'MONTH_AVG',
           '[{"tier": "GOLD", "threshold_cents": "10000000"}]', 'bench') RETURNING id`,
      )
    ).rows[0]!.id;
    const run = (
      await pool.query<{ id: string }>(
        `INSERT INTO tier_evaluation_run (policy_id, month, actor, started_at, finished_at, status) VALUES ($1, '2026-10-01', 'bench', now(), now(), 'SUCCEEDED') RETURNING id`,
        [policy],
      )
    ).rows[0]!.id;
    await pool.query(
      `INSERT INTO tier_evaluation (policy_id, month, customer_id, run_id, metric_cents, qualified_tier, service_tier, substandard_months, status)
       SELECT $1, '2026-10-01', c.id, $2, t.m::bigint, t.tier, t.tier, 0, 'INITIAL' FROM unnest($3::text[], $4::text[], $5::text[]) AS t (n, tier, m)
       JOIN customer c ON c.customer_no = t.n`,
      [policy, run, numbers, testCase.customers.map((c) => tierOf[c.lane!]), testCase.customers.map((c) => metricOf[c.lane!])],
    );
    const held = testCase.customers.filter((customer) => customer.maintainerStaffId !== null);
    await pool.query(
      `INSERT INTO customer_maintainer (customer_id, maintainer_staff_id, advisor_staff_id, source)
       SELECT c.id, t.s, t.a, 'BENCH' FROM unnest($1::text[], $2::int[], $3::int[]) AS t (n, s, a) JOIN customer c ON c.customer_no = t.n`,
      [held.map((c) => `BC${c.id}`), held.map((c) => staffIds.get(c.maintainerStaffId!)), held.map((c) => (c.advisorStaffId == null ? null : staffIds.get(c.advisorStaffId)))],
    );
    await pool.query('ANALYZE');
    const audit = createAuditWriter(pool);
    const context = { pool, audit, searchKey: undefined as never };
    const outletHead = staffIds.get(testCase.staff.find((member) => member.role === 'OUTLET_HEAD')!.id)!;
    // Who works where and whose customer is whose, to count proposals across outlets.
    const staffOrg = new Map((await pool.query<{ id: number; role: string; org_id: number }>('SELECT id, role, org_id FROM staff')).rows.map((r) => [r.id, { role: r.role, orgId: r.org_id }]));
    const customerOutlet = new Map(
      (await pool.query<{ id: string; home_outlet_id: number }>('SELECT id::text, home_outlet_id FROM customer')).rows.map((r) => [
        r.id,
        { homeOutletId: r.home_outlet_id, homeOutletParentId: subBranch },
      ]),
    );
    const rows: AllocationBenchRow[] = [];
    for (const [name, staffId, role, orgId, goalMs] of [
      ['outlet (API path)', outletHead, 'OUTLET_HEAD', outlets[0]!, 2_000],
      ['sub-branch (API path)', sbh, 'SUB_BRANCH_HEAD', subBranch, 15_000],
    ] as const) {
      const caller = { staffId, staffNo: 'bench', role, orgId, ip: '127.0.0.1', locale: 'zh-CN' as const };
      const started = performance.now();
      const result = await proposeForOrg(context, caller, { orgId });
      const ms = performance.now() - started;
      rows.push({
        name,
        customers: result.customersConsidered,
        staff: result.receivers.length,
        ms: Math.round(ms),
        proposed: result.items.length,
        unplaced: result.unplaced.length,
        moved: result.moved,
        minimumMoves: result.minimumMoves,
        capacityViolations: -1,
        crossOutlet: result.items.filter((item) => !mayServe(staffOrg.get(item.to!.id)!, customerOutlet.get(item.customerId)!)).length,
        advisorsAdded: result.advisorsAdded,
        advisorMoved: result.advisorMoved,
        advisorMinimumMoves: result.advisorMinimumMoves,
        advisorUnplaced: result.advisorUnplaced.length,
        advisorCapacityViolations: -1,
        advisorIsMaintainer: result.items.filter((item) => item.advisor?.to && item.advisor.to.id === item.to?.id).length,
        advisorCrossOutlet: result.items.filter((item) => item.advisor?.to && !mayServe(staffOrg.get(item.advisor.to.id)!, customerOutlet.get(item.customerId)!)).length,
        goalMs,
      });
      log(`allocation: ${name} ${Math.round(ms)} ms`);
    }
    await audit.close();
    return rows;
  } finally {
    await pool.end();
  }
}
