import { describe, expect, it } from 'vitest';
import { propose, type ProposalCustomer, type ProposalStaff } from './allocation-proposal.rules.ts';
import { creditAfterChange, laneOf, lanesSchema, mayServe, type Lane } from './allocation.rules.ts';

const LANES: Lane[] = lanesSchema.parse([
  { key: 'diamond', tiers: ['PRIVATE', 'DIAMOND'], roles: ['RELATIONSHIP_MANAGER', 'OUTLET_HEAD'], capacity: 2 },
  { key: 'gold-lobby', tiers: ['GOLD'], minAumCents: '20000000', maxAumCents: '50000000', roles: ['LOBBY_MANAGER', 'RELATIONSHIP_MANAGER'], capacity: 3 },
  { key: 'gold', tiers: ['GOLD'], roles: ['RELATIONSHIP_MANAGER'], capacity: 3 },
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
 * at the sub-branch), customers of random outlets, some held by staff of the same outlet.
 */
function randomCase(seed: number, lanes: readonly Lane[] = LANES) {
  const next = random(seed);
  const roles = ['RELATIONSHIP_MANAGER', 'OUTLET_HEAD', 'LOBBY_MANAGER', 'TELLER', 'SUB_BRANCH_HEAD'];
  const outlets = [OUTLET, OUTLET + 1, OUTLET + 2];
  const members = Array.from({ length: 2 + next(8) }, (_, i) => {
    const role = roles[next(roles.length)]!;
    return { id: i + 1, role, orgId: role === 'SUB_BRANCH_HEAD' ? SUB_BRANCH : outlets[next(outlets.length)]! };
  });
  const customers = Array.from({ length: next(60) }, (_, i) => {
    const homeOutletId = outlets[next(outlets.length)]!;
    const local = members.filter((m) => mayServe(m, { homeOutletId, homeOutletParentId: SUB_BRANCH }));
    const holder = next(3) === 0 || local.length === 0 ? null : local[next(local.length)]!.id;
    return { ...customer(100 + i, next(5) === 0 ? null : next(lanes.length), 50_000 + next(5_000_000), holder), homeOutletId };
  }).filter((c) => c.lane !== null);
  const loads = (id: number) => lanes.map((_, lane) => customers.filter((c) => c.maintainerStaffId === id && c.lane === lane).length);
  const staffList = members.map((m) => ({ ...staff(m.id, m.role, loads(m.id)), orgId: m.orgId }));
  return { customers, staffList };
}

describe('propose: properties over random outlets', () => {
  it('is deterministic: the same input in another order gives the same output', () => {
    for (let seed = 1; seed <= 100; seed += 1) {
      const { customers, staffList } = randomCase(seed);
      expect(propose(LANES, [...customers].reverse(), [...staffList].reverse())).toEqual(propose(LANES, customers, staffList));
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
