import { describe, expect, it } from 'vitest';
import { propose, type AdvisorChange, type ProposalCustomer, type ProposalStaff, type ProposeOptions } from './allocation-proposal.rules.ts';
import { advisorWhyText, creditAfterChange, laneOf, lanesSchema, mayServe, whyText, type Lane } from './allocation.rules.ts';

const LANES: Lane[] = lanesSchema.parse([
  { key: 'diamond', tiers: ['PRIVATE', 'DIAMOND'], roles: ['RELATIONSHIP_MANAGER', 'OUTLET_HEAD'], capacity: 2, advisorCapacity: 2 },
  { key: 'gold-lobby', tiers: ['GOLD'], minAumCents: '20000000', maxAumCents: '50000000', roles: ['LOBBY_MANAGER', 'RELATIONSHIP_MANAGER'], capacity: 3 },
  { key: 'gold', tiers: ['GOLD'], roles: ['RELATIONSHIP_MANAGER'], capacity: 3, advisorCapacity: 4 },
  { key: 'aum-50k', minAumCents: '5000000', maxAumCents: '10000000', maxAge: 60, roles: ['TELLER'], quota: 2 },
]);

/** The layered preset's top lanes (migration 0012), with a small capacity for the sub-branch head. */
const LAYERED: Lane[] = lanesSchema.parse([
  { key: 'aum-5m', minAumCents: '500000000', roles: ['SUB_BRANCH_HEAD', 'RELATIONSHIP_MANAGER'], capacity: 2 },
  { key: 'aum-2m', minAumCents: '200000000', roles: ['RELATIONSHIP_MANAGER', 'SUB_BRANCH_HEAD'] },
]);

/** The org ids of the fixtures: one outlet under one sub-branch, unless a test says otherwise. */
const SUB_BRANCH = 10;
const OUTLET = 100;

const staff = (id: number, role: string, loads: number[] = [0, 0, 0, 0], extra: Partial<ProposalStaff> = {}): ProposalStaff => ({
  id,
  name: `S${id}`,
  role,
  orgId: OUTLET,
  active: true,
  receives: true,
  loadByLane: loads,
  totalLoad: loads.reduce((a, b) => a + b, 0),
  ...extra,
});
const customer = (id: number, lane: number | null, aum: number, maintainer: number | null = null): ProposalCustomer => ({
  id: BigInt(id),
  lane,
  aumCents: BigInt(aum) * 100n,
  maintainerStaffId: maintainer,
  homeOutletId: OUTLET,
  homeOutletParentId: SUB_BRANCH,
});

describe('laneOf: the first lane a customer matches', () => {
  it.each([
    [{ tier: 'DIAMOND', aumCents: 0n, age: 40 }, 0],
    [{ tier: 'PRIVATE', aumCents: 0n, age: null }, 0],
    [{ tier: 'GOLD', aumCents: 30_000_000n, age: 40 }, 1],
    [{ tier: 'GOLD', aumCents: 50_000_000n, age: 40 }, 2], // the upper bound is exclusive
    [{ tier: 'GOLD', aumCents: 19_999_999n, age: 40 }, 2],
    [{ tier: 'STANDARD', aumCents: 6_000_000n, age: 59 }, 3],
    [{ tier: 'STANDARD', aumCents: 6_000_000n, age: 60 }, null], // 60 is not under 60
    [{ tier: 'STANDARD', aumCents: 6_000_000n, age: null }, null], // unknown age is not under 60
    [{ tier: 'PLATINUM', aumCents: 100_000_000n, age: 30 }, null],
  ] as const)('%o → lane %s', (subject, lane) => {
    expect(laneOf(subject, LANES)).toBe(lane);
  });
});

describe('creditAfterChange (§6 sales credit)', () => {
  it.each([
    ['a specialist takes over after an upgrade: the original maintainer keeps the credit', { maintainerStaffId: 1, creditStaffId: null }, 'UPGRADE_SPECIALIST', 2, 1],
    ['a second specialist: still the original', { maintainerStaffId: 2, creditStaffId: 1 }, 'UPGRADE_SPECIALIST', 3, 1],
    ['back to the original: the maintainer holds it again', { maintainerStaffId: 2, creditStaffId: 1 }, 'UPGRADE_SPECIALIST', 1, null],
    ['an ordinary move gives it to the new maintainer', { maintainerStaffId: 1, creditStaffId: null }, 'MANUAL', 2, null],
    ['a handover too', { maintainerStaffId: 2, creditStaffId: 1 }, 'HANDOVER', 3, null],
    ['a first assignment has nobody to keep it', null, 'UPGRADE_SPECIALIST', 2, null],
  ] as const)('%s', (_name, current, reason, next, expected) => {
    expect(creditAfterChange(current, reason, next)).toBe(expected);
  });
});

describe('propose', () => {
  it('assigns unassigned customers to the least loaded eligible staff, preferring the lane’s first role, and says why', () => {
    const result = propose(
      LANES,
      [customer(10, 0, 1_000_000), customer(11, 1, 300_000), customer(12, 2, 80_000)],
      [staff(1, 'RELATIONSHIP_MANAGER', [1, 0, 0, 0]), staff(2, 'RELATIONSHIP_MANAGER'), staff(3, 'LOBBY_MANAGER'), staff(4, 'TELLER')],
    );
    expect(result.assignments.map((a) => [a.customerId, a.toStaffId, a.reason, a.toLoad, a.toCapacity])).toEqual([
      [10n, 2, 'UNASSIGNED', 0, 2],
      [11n, 3, 'UNASSIGNED', 0, 3],
      [12n, 1, 'UNASSIGNED', 0, 3],
    ]);
    expect(result).toMatchObject({ moved: 0, minimumMoves: 0, unplaced: [] });
  });

  it('fills 名单制 quotas first', () => {
    const result = propose(LANES, [customer(20, 3, 60_000), customer(21, 3, 70_000), customer(22, 3, 80_000)], [
      staff(5, 'TELLER', [0, 0, 0, 5]),
      staff(6, 'TELLER', [0, 0, 0, 1]),
    ]);
    // S6 is below the quota of 2: it gets the first; then both are at or above quota and S6 is lower.
    expect(result.assignments.map((a) => a.toStaffId)).toEqual([6, 6, 6]);
  });

  it('moves the excess of an over-capacity maintainer (the smallest customers), and those of a maintainer who left', () => {
    const result = propose(
      LANES,
      [customer(30, 0, 9_000_000, 1), customer(31, 0, 2_000_000, 1), customer(32, 0, 1_000_000, 1), customer(33, 2, 90_000, 9)],
      [staff(1, 'RELATIONSHIP_MANAGER', [3, 0, 0, 0]), staff(2, 'RELATIONSHIP_MANAGER'), staff(9, 'RELATIONSHIP_MANAGER', [0, 0, 1, 0], { active: false, receives: false })],
    );
    expect(result.assignments.map((a) => [a.customerId, a.fromStaffId, a.toStaffId, a.reason])).toEqual([
      [32n, 1, 2, 'OVER_CAPACITY'],
      [33n, 9, 1, 'MAINTAINER_LEFT'], // gold: S1 and S2 both hold none, the lower id wins the tie
    ]);
    expect(result).toMatchObject({ moved: 2, minimumMoves: 2 });
  });

  it('leaves a customer unplaced when nobody eligible has room', () => {
    const result = propose(LANES, [customer(40, 0, 5_000_000), customer(41, 0, 4_000_000), customer(42, 0, 3_000_000)], [staff(1, 'RELATIONSHIP_MANAGER', [1, 0, 0, 0])]);
    expect(result.assignments.map((a) => a.customerId)).toEqual([40n]);
    expect(result.unplaced.map((u) => [u.customerId, u.reason])).toEqual([
      [41n, 'UNASSIGNED'],
      [42n, 'UNASSIGNED'],
    ]);
  });

  it('keeps upgraded customers with their maintainer even if the role no longer fits the lane (§6: no forced move)', () => {
    const result = propose(LANES, [customer(50, 0, 2_000_000, 4)], [staff(4, 'TELLER', [1, 0, 0, 0]), staff(2, 'RELATIONSHIP_MANAGER')]);
    expect(result.assignments).toEqual([]);
  });
});

describe('mayServe (§11: an outlet’s staff never see another outlet’s files)', () => {
  const place = { homeOutletId: OUTLET, homeOutletParentId: SUB_BRANCH };
  it.each([
    ['an RM of the customer’s outlet', { role: 'RELATIONSHIP_MANAGER', orgId: OUTLET }, true],
    ['an RM of another outlet of the same sub-branch', { role: 'RELATIONSHIP_MANAGER', orgId: OUTLET + 1 }, false],
    ['the outlet head of another outlet', { role: 'OUTLET_HEAD', orgId: OUTLET + 1 }, false],
    ['an advisor of the outlet', { role: 'WEALTH_ADVISOR', orgId: OUTLET }, true],
    ['the head of the sub-branch directly above', { role: 'SUB_BRANCH_HEAD', orgId: SUB_BRANCH }, true],
    ['the head of another sub-branch', { role: 'SUB_BRANCH_HEAD', orgId: SUB_BRANCH + 1 }, false],
    ['an RM who sits at the sub-branch, not an outlet', { role: 'RELATIONSHIP_MANAGER', orgId: SUB_BRANCH }, false],
  ] as const)('%s → %s', (_name, member, expected) => {
    expect(mayServe(member, place)).toBe(expected);
  });

  it('a customer of an outlet with no parent can only go to that outlet', () => {
    expect(mayServe({ role: 'SUB_BRANCH_HEAD', orgId: SUB_BRANCH }, { homeOutletId: OUTLET, homeOutletParentId: null })).toBe(false);
  });
});

describe('propose across outlets (a sub-branch proposal)', () => {
  const at = (member: ProposalStaff, orgId: number): ProposalStaff => ({ ...member, orgId });
  const of = (c: ProposalCustomer, homeOutletId: number): ProposalCustomer => ({ ...c, homeOutletId });

  it('gives each outlet’s customers only to that outlet’s staff, even when another outlet’s staff are less loaded', () => {
    const result = propose(
      LANES,
      [of(customer(1, 2, 80_000), OUTLET), of(customer(2, 2, 70_000), OUTLET), of(customer(3, 2, 60_000), OUTLET + 1)],
      [at(staff(1, 'RELATIONSHIP_MANAGER', [0, 0, 1, 0]), OUTLET), at(staff(2, 'RELATIONSHIP_MANAGER'), OUTLET + 1)],
    );
    expect(result.assignments.map((a) => [a.customerId, a.toStaffId])).toEqual([
      [1n, 1],
      [2n, 1],
      [3n, 2],
    ]);
  });

  it('leaves a customer unplaced rather than cross outlets when its outlet has no room', () => {
    const result = propose(LANES, [of(customer(1, 0, 9_000_000), OUTLET + 1)], [at(staff(1, 'RELATIONSHIP_MANAGER'), OUTLET), at(staff(2, 'RELATIONSHIP_MANAGER', [2, 0, 0, 0]), OUTLET + 1)]);
    expect(result.assignments).toEqual([]);
    expect(result.unplaced.map((u) => u.customerId)).toEqual([1n]);
  });

  it('lets the sub-branch head take ≥5M customers of every outlet below, sharing one capacity', () => {
    const result = propose(
      LAYERED,
      [of(customer(1, 0, 9_000_000), OUTLET), of(customer(2, 0, 8_000_000), OUTLET + 1), of(customer(3, 0, 7_000_000), OUTLET + 1)],
      [at(staff(7, 'SUB_BRANCH_HEAD', [0, 0]), SUB_BRANCH), at(staff(8, 'RELATIONSHIP_MANAGER', [0, 0]), OUTLET + 1), at(staff(9, 'SUB_BRANCH_HEAD', [0, 0]), SUB_BRANCH + 1)],
    );
    // The head's capacity of 2 is shared across outlets; the third goes to outlet+1's RM; the other sub-branch's head gets none.
    expect(result.assignments.map((a) => [a.customerId, a.toStaffId])).toEqual([
      [1n, 7],
      [2n, 7],
      [3n, 8],
    ]);
  });

  it('a handover of an RM’s customers proposes only receivers of the customers’ outlet', () => {
    const result = propose(
      LANES,
      [of(customer(1, 2, 90_000, 5), OUTLET), of(customer(2, 2, 80_000, 5), OUTLET)],
      [at(staff(5, 'RELATIONSHIP_MANAGER', [0, 0, 2, 0], { active: false, receives: false }), OUTLET), at(staff(6, 'RELATIONSHIP_MANAGER'), OUTLET + 1), at(staff(4, 'RELATIONSHIP_MANAGER', [0, 0, 2, 0]), OUTLET)],
    );
    // S4 has one gold place left; S6 has three but works at another outlet.
    expect(result.assignments.map((a) => [a.customerId, a.reason, a.toStaffId])).toEqual([[1n, 'MAINTAINER_LEFT', 4]]);
    expect(result.unplaced.map((u) => [u.customerId, u.reason])).toEqual([[2n, 'MAINTAINER_LEFT']]);
  });
});

/** A small deterministic generator: the property runs over many random inputs, reproducibly. */
function random(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

/**
 * A random sub-branch of three outlets: staff of random roles at random outlets (a sub-branch head
 * at the sub-branch), customers of random outlets, some held by staff of the same outlet. With
 * `advisors`, also wealth advisors (some gone) and customers supported by an advisor or an RM —
 * of their outlet or not, within the advisor capacity or not — never by their own maintainer.
 */
function randomCase(seed: number, lanes: readonly Lane[] = LANES, advisors = false) {
  const next = random(seed);
  const roles = ['RELATIONSHIP_MANAGER', 'OUTLET_HEAD', 'LOBBY_MANAGER', 'TELLER', 'SUB_BRANCH_HEAD'];
  const outlets = [OUTLET, OUTLET + 1, OUTLET + 2];
  const members = Array.from({ length: 2 + next(8) }, (_, i) => {
    const role = roles[next(roles.length)]!;
    return { id: i + 1, role, orgId: role === 'SUB_BRANCH_HEAD' ? SUB_BRANCH : outlets[next(outlets.length)]!, active: true };
  });
  if (advisors) {
    for (let i = 0, n = next(5); i < n; i += 1) members.push({ id: 50 + i, role: 'WEALTH_ADVISOR', orgId: outlets[next(outlets.length)]!, active: next(5) !== 0 });
  }
  const supporters = members.filter((m) => m.role === 'WEALTH_ADVISOR' || m.role === 'RELATIONSHIP_MANAGER');
  const customers = Array.from({ length: next(60) }, (_, i) => {
    const homeOutletId = outlets[next(outlets.length)]!;
    const local = members.filter((m) => m.role !== 'WEALTH_ADVISOR' && mayServe(m, { homeOutletId, homeOutletParentId: SUB_BRANCH }));
    const holder = next(3) === 0 || local.length === 0 ? null : local[next(local.length)]!.id;
    // Mostly a local supporter; sometimes anyone (another outlet's, or one who left).
    const localSupporters = supporters.filter((m) => m.orgId === homeOutletId && m.id !== holder);
    const anySupporters = supporters.filter((m) => m.id !== holder);
    const pick = next(4);
    const advisor =
      !advisors || holder === null || pick === 0 ? null : pick < 3 && localSupporters.length > 0 ? localSupporters[next(localSupporters.length)]!.id : anySupporters.length > 0 ? anySupporters[next(anySupporters.length)]!.id : null;
    return { ...customer(100 + i, next(5) === 0 ? null : next(lanes.length), 50_000 + next(5_000_000), holder), advisorStaffId: advisor, homeOutletId };
  }).filter((c) => c.lane !== null);
  const loads = (id: number) => lanes.map((_, lane) => customers.filter((c) => c.maintainerStaffId === id && c.lane === lane).length);
  const advisorLoads = (id: number) => lanes.map((_, lane) => customers.filter((c) => c.advisorStaffId === id && c.lane === lane).length);
  const staffList = members.map((m) => ({ ...staff(m.id, m.role, loads(m.id), { active: m.active, receives: m.active }), orgId: m.orgId, advisorLoadByLane: advisorLoads(m.id) }));
  return { customers, staffList };
}

/** Each customer's maintainer and advisor after the proposal is applied (unplaced customers keep theirs). */
function after(customers: readonly ProposalCustomer[], result: ReturnType<typeof propose>) {
  const final = new Map(customers.map((c) => [c.id, { maintainer: c.maintainerStaffId, advisor: c.advisorStaffId ?? null }]));
  for (const a of result.assignments) final.get(a.customerId)!.maintainer = a.toStaffId;
  for (const change of result.advisors) final.get(change.customerId)!.advisor = change.toStaffId;
  return final;
}

describe('propose: properties over random outlets', () => {
  it('is deterministic: the same input in another order gives the same output (advisors and handovers too)', () => {
    for (let seed = 1; seed <= 100; seed += 1) {
      const { customers, staffList } = randomCase(seed, LANES, seed % 2 === 0);
      expect(propose(LANES, [...customers].reverse(), [...staffList].reverse())).toEqual(propose(LANES, customers, staffList));
      const handoverOf = { handoverOf: staffList[seed % staffList.length]!.id };
      expect(propose(LANES, [...customers].reverse(), [...staffList].reverse(), handoverOf)).toEqual(propose(LANES, customers, staffList, handoverOf));
    }
  });

  it('never leaves a staff member above capacity in a lane, and only gives customers to allowed roles', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const { customers, staffList } = randomCase(seed);
      const result = propose(LANES, customers, staffList);
      const final = new Map(customers.map((c) => [c.id, c.maintainerStaffId]));
      for (const a of result.assignments) {
        final.set(a.customerId, a.toStaffId);
        expect(LANES[a.lane!]!.roles).toContain(staffList.find((s) => s.id === a.toStaffId)!.role);
      }
      for (const u of result.unplaced) final.set(u.customerId, u.fromStaffId);
      const moved = new Set(result.assignments.map((a) => a.customerId));
      for (const member of staffList) {
        for (const [lane, spec] of LANES.entries()) {
          if (spec.capacity == null) continue;
          const held = customers.filter((c) => c.lane === lane && final.get(c.id) === member.id && !result.unplaced.some((u) => u.customerId === c.id)).length;
          expect(held, `seed ${seed} staff ${member.id} lane ${lane}`).toBeLessThanOrEqual(Math.max(spec.capacity, 0));
        }
      }
      expect(result.moved).toBeLessThanOrEqual(result.minimumMoves);
      expect(moved.size).toBe(result.assignments.length);
    }
  });

  it.each([
    ['the tier-capacity lanes', LANES],
    ['the layered lanes (sub-branch head included)', LAYERED],
  ] as const)('never proposes a customer to staff of another outlet (%s)', (_name, lanes) => {
    let checked = 0;
    for (let seed = 1; seed <= 300; seed += 1) {
      const { customers, staffList } = randomCase(seed, lanes);
      const result = propose(lanes, customers, staffList);
      for (const a of result.assignments) {
        const to = staffList.find((s) => s.id === a.toStaffId)!;
        const c = customers.find((x) => x.id === a.customerId)!;
        expect(mayServe(to, c), `seed ${seed} customer ${a.customerId} of ${c.homeOutletId} → staff ${to.id} at ${to.orgId}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100); // the property saw real assignments, across outlets and roles
  });

  it('moves no existing relation when the input is already feasible', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const { customers, staffList } = randomCase(seed);
      const feasible = staffList.every((member) => LANES.every((lane, index) => lane.capacity == null || member.loadByLane[index]! <= lane.capacity));
      if (!feasible) continue;
      const result = propose(LANES, customers, staffList);
      expect(result.assignments.filter((a) => a.fromStaffId !== null), `seed ${seed}`).toEqual([]);
      expect(result.minimumMoves).toBe(0);
    }
  });
});

/** Lanes with supporting advisors: diamond (1 advisor : 2) and gold without advisors. */
const ADVISED: Lane[] = lanesSchema.parse([
  { key: 'diamond', tiers: ['PRIVATE', 'DIAMOND'], roles: ['RELATIONSHIP_MANAGER', 'OUTLET_HEAD'], capacity: 3, advisorCapacity: 2 },
  { key: 'gold', tiers: ['GOLD'], roles: ['RELATIONSHIP_MANAGER'], capacity: 3 },
]);
const wa = (id: number, advisorLoads: number[] = [0, 0], extra: Partial<ProposalStaff> = {}): ProposalStaff => ({
  ...staff(id, 'WEALTH_ADVISOR', [0, 0]),
  advisorLoadByLane: advisorLoads,
  ...extra,
});
const rmOf = (id: number, loads: number[] = [0, 0], extra: Partial<ProposalStaff> = {}) => staff(id, 'RELATIONSHIP_MANAGER', loads, extra);
const supported = (id: number, lane: number, aum: number, maintainer: number | null, advisor: number | null): ProposalCustomer => ({
  ...customer(id, lane, aum, maintainer),
  advisorStaffId: advisor,
});
const GONE = { active: false, receives: false };
const changesOf = (advisors: readonly AdvisorChange[]) => advisors.map((c) => [c.customerId, c.fromStaffId, c.toStaffId, c.reason]);

describe('propose: supporting advisors (table)', () => {
  it.each<[string, ProposalCustomer[], ProposalStaff[], ProposeOptions, (string | number | bigint | null)[][], { advisorMoved: number; advisorMinimumMoves: number; advisorsAdded: number }]>([
    [
      'fills missing advisors from the wealth advisors with room, the least loaded first (then the fewest overall, then the lowest id)',
      [supported(1, 0, 9_000_000, 1, null), supported(2, 0, 8_000_000, 1, null)],
      [rmOf(1, [2, 0]), wa(5, [1, 0]), wa(6)],
      {},
      [
        [1n, null, 6, 'ADVISOR_MISSING'],
        [2n, null, 5, 'ADVISOR_MISSING'],
      ],
      { advisorMoved: 0, advisorMinimumMoves: 0, advisorsAdded: 2 },
    ],
    ['keeps an existing valid advisor even when another is less loaded (fewest moves)', [supported(1, 0, 9_000_000, 1, 5)], [rmOf(1, [1, 0]), wa(5, [1, 0]), wa(6)], {}, [], { advisorMoved: 0, advisorMinimumMoves: 0, advisorsAdded: 0 }],
    [
      'keeps an RM who supports a customer of their outlet (the assignment route accepts RMs as advisors)',
      [supported(1, 0, 9_000_000, 1, 2)],
      [rmOf(1, [1, 0]), rmOf(2, [0, 0], { advisorLoadByLane: [1, 0] }), wa(6)],
      {},
      [],
      { advisorMoved: 0, advisorMinimumMoves: 0, advisorsAdded: 0 },
    ],
    [
      'replaces an advisor who left',
      [supported(1, 0, 9_000_000, 1, 7)],
      [rmOf(1, [1, 0]), wa(7, [1, 0], GONE), wa(5, [1, 0])],
      {},
      [[1n, 7, 5, 'ADVISOR_LEFT']],
      { advisorMoved: 1, advisorMinimumMoves: 1, advisorsAdded: 0 },
    ],
    [
      'clears an advisor who left when no advisor has room (the customer keeps its maintainer)',
      [supported(1, 0, 9_000_000, 1, 7)],
      [rmOf(1, [1, 0]), wa(7, [1, 0], GONE), wa(5, [2, 0])],
      {},
      [[1n, 7, null, 'ADVISOR_LEFT']],
      { advisorMoved: 1, advisorMinimumMoves: 1, advisorsAdded: 0 },
    ],
    [
      'the last place goes to a customer who would lose its advisor before one who never had one, whatever their size',
      [supported(1, 0, 9_000_000, 1, null), supported(2, 0, 1_000_000, 1, 7)],
      [rmOf(1, [2, 0]), wa(7, [1, 0], GONE), wa(5, [1, 0])],
      {},
      [
        [2n, 7, 5, 'ADVISOR_LEFT'],
        [1n, null, null, 'ADVISOR_MISSING'],
      ],
      { advisorMoved: 1, advisorMinimumMoves: 1, advisorsAdded: 0 },
    ],
    [
      'capacity exhausted: a missing advisor stays missing and the row says so',
      [supported(1, 0, 9_000_000, 1, null)],
      [rmOf(1, [1, 0]), wa(5, [2, 0]), wa(6, [2, 0])],
      {},
      [[1n, null, null, 'ADVISOR_MISSING']],
      { advisorMoved: 0, advisorMinimumMoves: 0, advisorsAdded: 0 },
    ],
    [
      'an advisor over the advisor capacity gives up the excess, the smallest customers first',
      [supported(1, 0, 9_000_000, 1, 5), supported(2, 0, 2_000_000, 1, 5), supported(3, 0, 1_000_000, 2, 5)],
      [rmOf(1, [2, 0]), rmOf(2, [1, 0]), wa(5, [3, 0]), wa(6)],
      {},
      [[3n, 5, 6, 'ADVISOR_OVER_CAPACITY']],
      { advisorMoved: 1, advisorMinimumMoves: 1, advisorsAdded: 0 },
    ],
    [
      'over capacity with nobody to take it: the advisor stays for now',
      [supported(1, 0, 9_000_000, 1, 5), supported(2, 0, 2_000_000, 1, 5), supported(3, 0, 1_000_000, 2, 5)],
      [rmOf(1, [2, 0]), rmOf(2, [1, 0]), wa(5, [3, 0]), wa(6, [2, 0])],
      {},
      [[3n, 5, 5, 'ADVISOR_OVER_CAPACITY']],
      { advisorMoved: 0, advisorMinimumMoves: 1, advisorsAdded: 0 },
    ],
    [
      'an advisor of another outlet is replaced by one of the customer’s outlet; another outlet’s advisor with room is never chosen',
      [supported(1, 0, 9_000_000, 1, 8), supported(2, 0, 8_000_000, 1, null)],
      [rmOf(1, [2, 0]), wa(8, [1, 0], { orgId: OUTLET + 1 }), wa(5, [1, 0])],
      {},
      [
        [1n, 8, 5, 'ADVISOR_NOT_ELIGIBLE'],
        [2n, null, null, 'ADVISOR_MISSING'],
      ],
      { advisorMoved: 1, advisorMinimumMoves: 1, advisorsAdded: 0 },
    ],
    [
      'a lane without advisor capacity gets no new advisor, but one who left is still replaced',
      [supported(1, 1, 90_000, 1, null), supported(2, 1, 80_000, 1, 7)],
      [rmOf(1, [0, 2]), wa(7, [0, 1], GONE), wa(5, [0, 9])],
      {},
      [[2n, 7, 5, 'ADVISOR_LEFT']],
      { advisorMoved: 1, advisorMinimumMoves: 1, advisorsAdded: 0 },
    ],
    [
      'an unassigned customer never gets its advisor as maintainer, and a placed one gets an advisor with it',
      [supported(1, 0, 9_000_000, null, 2), supported(2, 0, 8_000_000, null, null)],
      [rmOf(1, [2, 0]), rmOf(2, [0, 0], { advisorLoadByLane: [1, 0] }), wa(5)],
      {},
      [[2n, null, 5, 'ADVISOR_MISSING']],
      { advisorMoved: 0, advisorMinimumMoves: 0, advisorsAdded: 1 },
    ],
    [
      'handover of an advisor: every customer they support goes to another advisor with room; their maintainers stay',
      [supported(1, 0, 9_000_000, 1, 5), supported(2, 0, 8_000_000, 2, 5), supported(3, 1, 70_000, 1, 5)],
      [rmOf(1, [5, 1]), rmOf(2, [1, 0]), wa(5, [2, 1], GONE), wa(6, [1, 0]), wa(7, [0, 0])],
      { handoverOf: 5 },
      [
        [1n, 5, 7, 'ADVISOR_LEFT'],
        [2n, 5, 6, 'ADVISOR_LEFT'],
        [3n, 5, 7, 'ADVISOR_LEFT'],
      ],
      { advisorMoved: 3, advisorMinimumMoves: 3, advisorsAdded: 0 },
    ],
    [
      'handover of an advisor when no advisor has room: cleared',
      [supported(1, 0, 9_000_000, 1, 5)],
      [rmOf(1, [1, 0]), wa(5, [1, 0], GONE), wa(6, [2, 0])],
      { handoverOf: 5 },
      [[1n, 5, null, 'ADVISOR_LEFT']],
      { advisorMoved: 1, advisorMinimumMoves: 1, advisorsAdded: 0 },
    ],
    [
      'handover of a maintainer: the valid advisor stays, no missing advisor is filled, no other advisor over capacity moves',
      [supported(1, 0, 9_000_000, 1, 5), supported(2, 0, 8_000_000, 1, null), supported(3, 0, 7_000_000, 2, 5)],
      [rmOf(1, [2, 0], GONE), rmOf(2, [1, 0]), wa(5, [3, 0]), wa(6)],
      { handoverOf: 1 },
      [],
      { advisorMoved: 0, advisorMinimumMoves: 0, advisorsAdded: 0 },
    ],
  ])('%s', (_name, customers, staffList, options, expected, counts) => {
    const result = propose(ADVISED, customers, staffList, options);
    expect(changesOf(result.advisors)).toEqual(expected);
    expect(result).toMatchObject(counts);
    const final = after(customers, result);
    for (const [id, relation] of final) expect(relation.advisor === null || relation.advisor !== relation.maintainer, `customer ${id}`).toBe(true);
  });

  it('a handover of a maintainer moves their customers and leaves the supported ones’ maintainers in place', () => {
    const result = propose(
      ADVISED,
      [supported(1, 0, 9_000_000, 1, 5), supported(2, 0, 8_000_000, 3, 1)],
      [rmOf(1, [1, 0], GONE), rmOf(2), rmOf(3, [4, 0]), wa(5, [1, 0])],
      { handoverOf: 1 },
    );
    // Customer 1: maintained by the leaver → RM 2, advisor 5 stays. Customer 2: supported by the leaver → advisor
    // 5 (RM 3 keeps it, even over capacity: a handover moves only the leaver's relations).
    expect(result.assignments.map((a) => [a.customerId, a.fromStaffId, a.toStaffId, a.reason])).toEqual([[1n, 1, 2, 'MAINTAINER_LEFT']]);
    expect(changesOf(result.advisors)).toEqual([[2n, 1, 5, 'ADVISOR_LEFT']]);
  });

  it('an advisor who would become the maintainer is never proposed as both', () => {
    // RM 2 supports customer 1, whose maintainer left; RM 2 is the only RM with room: the customer stays unplaced rather
    // than be maintained and supported by the same person.
    const result = propose(ADVISED, [supported(1, 0, 9_000_000, 1, 2)], [rmOf(1, [1, 0], GONE), rmOf(2, [0, 0], { advisorLoadByLane: [1, 0] }), rmOf(3, [3, 0])]);
    expect(result.assignments).toEqual([]);
    expect(result.unplaced.map((u) => [u.customerId, u.reason])).toEqual([[1n, 'MAINTAINER_LEFT']]);
    expect(result.advisors).toEqual([]);
  });
});

describe('propose: advisor properties over random outlets', () => {
  it.each([
    ['the tier-capacity lanes', LANES],
    ['the layered lanes (no advisor capacity)', LAYERED],
  ] as const)('keeps advisors within capacity, never the maintainer, of the customer’s outlet, and moves only what it must (%s)', (_name, lanes) => {
    let advisorChanges = 0;
    for (let seed = 1; seed <= 300; seed += 1) {
      const { customers, staffList } = randomCase(seed, lanes, true);
      const result = propose(lanes, customers, staffList);
      const byId = new Map(staffList.map((s) => [s.id, s]));
      const final = after(customers, result);
      for (const c of customers) {
        const relation = final.get(c.id)!;
        expect(relation.advisor === null || relation.advisor !== relation.maintainer, `seed ${seed} customer ${c.id}: advisor is the maintainer`).toBe(true);
      }
      const received = new Set<string>();
      for (const change of result.advisors) {
        if (change.toStaffId === null || change.toStaffId === change.fromStaffId) continue;
        advisorChanges += 1;
        const to = byId.get(change.toStaffId)!;
        const c = customers.find((x) => x.id === change.customerId)!;
        expect(to.role, `seed ${seed}`).toBe('WEALTH_ADVISOR');
        expect(to.active && to.receives, `seed ${seed}`).toBe(true);
        expect(mayServe(to, c), `seed ${seed} customer ${c.id} → advisor ${to.id}`).toBe(true);
        received.add(`${to.id}:${c.lane}`);
      }
      // Whoever received an advisor place ends within the lane's advisor capacity; nobody ends above it
      // except an advisor who already was and received nothing (nobody else had room).
      for (const member of staffList) {
        for (const [lane, spec] of lanes.entries()) {
          if (spec.advisorCapacity == null) continue;
          const held = customers.filter((c) => c.lane === lane && final.get(c.id)!.advisor === member.id).length;
          if (received.has(`${member.id}:${lane}`)) expect(held, `seed ${seed} advisor ${member.id} lane ${lane}`).toBeLessThanOrEqual(spec.advisorCapacity);
          else if (held > spec.advisorCapacity) expect(held, `seed ${seed} advisor ${member.id} lane ${lane}`).toBeLessThanOrEqual(member.advisorLoadByLane![lane]!);
        }
      }
      expect(result.advisorMoved).toBeLessThanOrEqual(result.advisorMinimumMoves);
      expect(new Set(result.advisors.map((c) => c.customerId)).size).toBe(result.advisors.length);
    }
    if (lanes === LANES) expect(advisorChanges).toBeGreaterThan(50); // the property saw real advisor placements
  });

  it('a handover changes only the leaver’s relations, and the leaver keeps none', () => {
    let checked = 0;
    for (let seed = 1; seed <= 300; seed += 1) {
      const { customers, staffList } = randomCase(seed, LANES, true);
      const leaver = staffList[seed % staffList.length]!.id;
      const mine = customers.filter((c) => c.maintainerStaffId === leaver || c.advisorStaffId === leaver);
      const gone = staffList.map((s) => (s.id === leaver ? { ...s, ...GONE } : s));
      const result = propose(LANES, mine, gone, { handoverOf: leaver });
      for (const a of result.assignments) expect(a.fromStaffId, `seed ${seed}`).toBe(leaver);
      for (const change of result.advisors) expect(change.fromStaffId === leaver || change.reason === 'ADVISOR_IS_MAINTAINER', `seed ${seed}`).toBe(true);
      const final = after(mine, result);
      const unplaced = new Set(result.unplaced.map((u) => u.customerId));
      for (const c of mine) {
        const relation = final.get(c.id)!;
        expect(relation.advisor, `seed ${seed} customer ${c.id}`).not.toBe(leaver);
        if (!unplaced.has(c.id)) expect(relation.maintainer, `seed ${seed} customer ${c.id}`).not.toBe(leaver);
        expect(relation.advisor === null || relation.advisor !== relation.maintainer).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('why texts of advisor rows (zh-CN and en)', () => {
  const base = { lane: 'diamond', toLoad: 3, toCapacity: 60 };
  it.each([
    [{ ...base, reason: 'ADVISOR_MISSING', from: null, to: '钱多' }, '钻石及以上客户尚无财富顾问；钱多该层已辅助 3/60 名', 'diamond and above customer without an advisor; 钱多 supports 3 of 60 diamond and above places'],
    [{ ...base, reason: 'ADVISOR_MISSING', from: null, to: null }, '钻石及以上客户尚无财富顾问；没有尚有容量的财富顾问，暂不配备', 'diamond and above customer without an advisor; no eligible advisor has room, none for now'],
    [{ ...base, reason: 'ADVISOR_LEFT', from: '孙悟', to: null }, '财富顾问孙悟已离职、调离或交接；没有尚有容量的财富顾问，清除辅助关系', 'advisor 孙悟 left, moved or hands over; no eligible advisor has room, the advisor is cleared'],
    [{ ...base, reason: 'ADVISOR_OVER_CAPACITY', from: '钱多', to: '钱多' }, '钱多辅助的钻石及以上客户超出容量；没有其他尚有容量的财富顾问，暂时保留', '钱多 supports more diamond and above customers than the advisor capacity; no other eligible advisor has room, stays for now'],
    [{ ...base, reason: 'ADVISOR_KEPT', from: '钱多', to: '钱多' }, '财富顾问钱多仍然有效，保留', 'advisor 钱多 is still valid and stays'],
    [{ ...base, reason: 'ADVISOR_IS_MAINTAINER', from: '张伟', to: '吴用', toCapacity: null }, '张伟将成为管户人，不能同时担任其财富顾问；吴用该层已辅助 3 名', '张伟 becomes the maintainer and cannot also be the advisor; 吴用 supports 3 diamond and above customers'],
  ] as const)('%o', (input, zh, en) => {
    expect(advisorWhyText(input, 'zh-CN')).toBe(zh);
    expect(advisorWhyText(input, 'en')).toBe(en);
  });

  it('a row that only changes the advisor says the maintainer stays', () => {
    const input = { reason: 'KEPT', lane: 'diamond', from: '张伟', to: '张伟', toLoad: 0, toCapacity: null, toQuota: null } as const;
    expect(whyText(input, 'zh-CN')).toBe('管户人张伟不变');
    expect(whyText(input, 'en')).toBe('maintainer 张伟 stays');
  });
});
