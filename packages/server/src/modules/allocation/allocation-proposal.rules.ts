/**
 * The automatic allocation proposal (DOMAIN.md §6, issue 6): pure and deterministic — the same
 * input gives the same output, whatever order it arrives in. It respects each lane's capacity,
 * fills 名单制 quotas first, balances load, and moves an existing relation only when it must:
 * its maintainer is leaving or no longer active, or holds more customers of the lane than the
 * capacity allows (then the excess moves). Upgraded customers keep their maintainer (§6: the
 * relation does not move by force). Every proposed assignment says why.
 *
 * Outlets partition the proposal (DOMAIN.md §11): a customer goes only to a receiver who may serve
 * its home outlet (allocation.rules.ts `mayServe`: staff of that outlet, or the sub-branch head
 * above it), so a sub-branch proposal never hands one outlet's customer to another outlet's staff.
 * It is one pass with the candidates filtered per outlet rather than one run per outlet, because a
 * sub-branch head's load is shared by all the outlets below.
 *
 * Supporting advisors (§6: optionally one per customer; the policy's `advisorCapacity` per lane)
 * are decided after the maintainers, with the same habits: a valid advisor stays (fewest moves);
 * one who left, works at another outlet, would be the customer's maintainer, or holds more of the
 * lane than `advisorCapacity` allows gives the customer up; customers of such lanes without one
 * get one from the org's wealth advisors with room, the least loaded first. An advisor is never the
 * maintainer (customer_maintainer's CHECK). A handover (`handoverOf`) changes only the relations
 * of the staff member who leaves: the customers they maintain and those they support.
 */
import { mayServe, type Lane, type MaintainingRole } from './allocation.rules.ts';

export interface ProposalCustomer {
  id: bigint;
  /** Index into the policy's lanes; null: in no lane (only handovers carry such customers). */
  lane: number | null;
  aumCents: bigint;
  maintainerStaffId: number | null;
  /** The supporting advisor now (absent: none). */
  advisorStaffId?: number | null;
  homeOutletId: number;
  homeOutletParentId: number | null;
}

export interface ProposalStaff {
  id: number;
  name: string;
  role: MaintainingRole | string;
  /** The org they work at (an outlet; a sub-branch for its head). */
  orgId: number;
  /** Active and not leaving: keeps the customers they hold. */
  active: boolean;
  /** May be given customers by this proposal (active, in the org being allocated). */
  receives: boolean;
  /** Customers per lane they hold now, everywhere (this input included); index = lane. */
  loadByLane: readonly number[];
  /** All customers they hold now, lanes or not. */
  totalLoad: number;
  /** Customers per lane they support as advisor now, everywhere (absent: none). */
  advisorLoadByLane?: readonly number[];
}

/** Roles that may support a customer (the assignment route accepts the same). */
export const ADVISOR_ROLES: readonly string[] = ['WEALTH_ADVISOR', 'RELATIONSHIP_MANAGER'];
/** Who a proposal gives missing advisors to: the org's wealth advisors. */
const ADVISOR_RECEIVER_ROLE = 'WEALTH_ADVISOR';

/**
 * Why a customer's advisor changes (or, for ADVISOR_MISSING with nobody placed, why it has none):
 * missing in a lane with advisors; left (inactive, or the handover's leaver); works at another
 * outlet than the customer's (or in a role that cannot support); would be the maintainer; over the
 * lane's advisor capacity.
 */
export type AdvisorReasonCode = 'ADVISOR_MISSING' | 'ADVISOR_LEFT' | 'ADVISOR_NOT_ELIGIBLE' | 'ADVISOR_IS_MAINTAINER' | 'ADVISOR_OVER_CAPACITY';

export interface AdvisorChange {
  customerId: bigint;
  lane: number | null;
  fromStaffId: number | null;
  /** null: cleared (or, with fromStaffId null, still none: nobody eligible has room). */
  toStaffId: number | null;
  reason: AdvisorReasonCode;
  /** The receiver's advisor load of the lane before this customer, and the lane's advisor capacity. */
  toLoad: number;
  toCapacity: number | null;
}

export interface ProposeOptions {
  /** A handover: only the relations of this staff member change (no over-capacity moves, no missing advisors filled). */
  handoverOf?: number;
}

export type ProposalReasonCode = 'UNASSIGNED' | 'MAINTAINER_LEFT' | 'OVER_CAPACITY';

export interface ProposedAssignment {
  customerId: bigint;
  lane: number | null;
  fromStaffId: number | null;
  toStaffId: number;
  reason: ProposalReasonCode;
  /** The receiver's load of the lane before this customer, and the lane's capacity (null: none). */
  toLoad: number;
  toCapacity: number | null;
  toQuota: number | null;
}

export interface UnplacedCustomer {
  customerId: bigint;
  lane: number | null;
  fromStaffId: number | null;
  reason: ProposalReasonCode;
}

export interface Proposal {
  assignments: ProposedAssignment[];
  unplaced: UnplacedCustomer[];
  /** Existing relations moved (to another maintainer), and the fewest any valid proposal must move. */
  moved: number;
  minimumMoves: number;
  /**
   * Advisor changes, one per customer at most, in placement order; entries with both staff ids
   * null change nothing (a missing advisor nobody eligible has room for). Advisors are counted
   * apart from maintainers: existing advisors replaced or cleared, the fewest that must be, and
   * missing advisors added.
   */
  advisors: AdvisorChange[];
  advisorMoved: number;
  advisorMinimumMoves: number;
  advisorsAdded: number;
}

/** Customers in no lane (a handover's ordinary customers) go to RMs, without capacity. */
const NO_LANE_ROLES: readonly string[] = ['RELATIONSHIP_MANAGER', 'OUTLET_HEAD'];

const compareBigint = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

export function propose(lanes: readonly Lane[], customers: readonly ProposalCustomer[], staff: readonly ProposalStaff[], options: ProposeOptions = {}): Proposal {
  const handover = options.handoverOf;
  const byId = new Map(staff.map((member) => [member.id, member]));
  const load = new Map(staff.map((member) => [member.id, { lanes: [...member.loadByLane], total: member.totalLoad }]));
  const sorted = [...customers].sort((a, b) => compareBigint(a.id, b.id));
  const pool: { customer: ProposalCustomer; reason: ProposalReasonCode }[] = [];

  // 1. Relations whose maintainer is gone release their customers; the rest stay for now.
  const keptByStaffLane = new Map<string, ProposalCustomer[]>();
  for (const customer of sorted) {
    const maintainer = customer.maintainerStaffId === null ? undefined : byId.get(customer.maintainerStaffId);
    if (handover !== undefined && customer.maintainerStaffId !== handover) continue; // supported only: the maintainer stays
    if (customer.maintainerStaffId === null) pool.push({ customer, reason: 'UNASSIGNED' });
    else if (!maintainer?.active) {
      pool.push({ customer, reason: 'MAINTAINER_LEFT' });
      release(customer);
    } else if (customer.lane !== null) {
      const key = `${customer.maintainerStaffId}:${customer.lane}`;
      const kept = keptByStaffLane.get(key);
      if (kept) kept.push(customer);
      else keptByStaffLane.set(key, [customer]);
    }
  }
  // 2. Over capacity: the excess moves — the smallest customers first (the largest stay where they are known).
  // Their places are given back only when they do move: one nobody can take stays and keeps its place.
  for (const [key, kept] of [...keptByStaffLane.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const [staffId, lane] = key.split(':').map(Number) as [number, number];
    const capacity = lanes[lane]?.capacity ?? null;
    const current = load.get(staffId)!.lanes[lane] ?? 0;
    if (handover !== undefined || capacity === null || current <= capacity) continue;
    const excess = [...kept].sort((a, b) => compareBigint(a.aumCents, b.aumCents) || compareBigint(b.id, a.id)).slice(0, current - capacity);
    for (const customer of excess) pool.push({ customer, reason: 'OVER_CAPACITY' });
  }
  const minimumMoves = pool.filter((entry) => entry.reason !== 'UNASSIGNED').length;

  // 3. Place the pool: higher lanes first, then larger customers, then by id.
  pool.sort(
    (a, b) =>
      (a.customer.lane ?? lanes.length) - (b.customer.lane ?? lanes.length) ||
      compareBigint(b.customer.aumCents, a.customer.aumCents) ||
      compareBigint(a.customer.id, b.customer.id),
  );
  const receivers = [...staff].filter((member) => member.receives && member.active).sort((a, b) => a.id - b.id);
  const assignments: ProposedAssignment[] = [];
  const unplaced: UnplacedCustomer[] = [];
  // Per lane and home outlet, the receivers whose role the lane allows and who may serve that
  // outlet, with the rank of their role and their live load.
  const candidatesOf = new Map<string, { member: ProposalStaff; rank: number; load: { lanes: number[]; total: number } }[]>();
  const candidates = (customer: ProposalCustomer) => {
    const key = `${customer.lane}:${customer.homeOutletId}`;
    let list = candidatesOf.get(key);
    if (!list) {
      const roles = customer.lane === null ? NO_LANE_ROLES : lanes[customer.lane]!.roles;
      list = receivers
        .filter((member) => roles.includes(member.role) && mayServe(member, customer))
        .map((member) => ({ member, rank: roles.indexOf(member.role), load: load.get(member.id)! }));
      candidatesOf.set(key, list);
    }
    return list;
  };
  for (const { customer, reason } of pool) {
    const lane = customer.lane === null ? undefined : lanes[customer.lane];
    const capacity = lane?.capacity ?? null;
    const quota = lane?.quota ?? null;
    // Quota unmet first (名单制), then the lane's preferred role, then the lowest load (the same
    // capacity for all: the lowest share of it), then the lowest id (candidates are in id order).
    let best: { member: ProposalStaff; load: { lanes: number[]; total: number } } | undefined;
    let bestKey = [0, 0, 0];
    for (const candidate of candidates(customer)) {
      // Not the one who gives it up, nor its advisor (who would then support themselves).
      if (candidate.member.id === customer.maintainerStaffId || candidate.member.id === customer.advisorStaffId) continue;
      const held = customer.lane === null ? candidate.load.total : (candidate.load.lanes[customer.lane] ?? 0);
      if (capacity !== null && held >= capacity) continue;
      const key = [quota !== null && held < quota ? 0 : 1, candidate.rank, held];
      if (!best || key[0]! < bestKey[0]! || (key[0] === bestKey[0] && (key[1]! < bestKey[1]! || (key[1] === bestKey[1] && key[2]! < bestKey[2]!)))) {
        best = candidate;
        bestKey = key;
      }
    }
    if (!best) {
      unplaced.push({ customerId: customer.id, lane: customer.lane, fromStaffId: customer.maintainerStaffId, reason });
      continue;
    }
    const before = customer.lane === null ? best.load.total : (best.load.lanes[customer.lane] ?? 0);
    assignments.push({
      customerId: customer.id,
      lane: customer.lane,
      fromStaffId: customer.maintainerStaffId,
      toStaffId: best.member.id,
      reason,
      toLoad: before,
      toCapacity: capacity,
      toQuota: quota,
    });
    if (customer.lane !== null) best.load.lanes[customer.lane] = (best.load.lanes[customer.lane] ?? 0) + 1;
    best.load.total += 1;
    if (reason === 'OVER_CAPACITY') release(customer);
  }
  const moved = assignments.filter((assignment) => assignment.fromStaffId !== null).length;
  const maintainerAfter = new Map<bigint, number | null>(sorted.map((customer) => [customer.id, customer.maintainerStaffId]));
  for (const assignment of assignments) maintainerAfter.set(assignment.customerId, assignment.toStaffId);
  const unplacedIds = new Set(unplaced.map((entry) => entry.customerId));
  return { assignments, unplaced, moved, minimumMoves, ...proposeAdvisors(lanes, sorted, staff, maintainerAfter, unplacedIds, handover) };

  function release(customer: ProposalCustomer): void {
    const holder = customer.maintainerStaffId === null ? undefined : load.get(customer.maintainerStaffId);
    if (!holder) return;
    if (customer.lane !== null) holder.lanes[customer.lane] = Math.max(0, (holder.lanes[customer.lane] ?? 0) - 1);
    holder.total = Math.max(0, holder.total - 1);
  }
}

/**
 * The advisors, once the maintainers are decided (`maintainerAfter`). A customer whose maintainer
 * could not be placed keeps its whole relation as it is (nothing of it is applied).
 */
function proposeAdvisors(
  lanes: readonly Lane[],
  sorted: readonly ProposalCustomer[],
  staff: readonly ProposalStaff[],
  maintainerAfter: ReadonlyMap<bigint, number | null>,
  unplaced: ReadonlySet<bigint>,
  handover: number | undefined,
): Pick<Proposal, 'advisors' | 'advisorMoved' | 'advisorMinimumMoves' | 'advisorsAdded'> {
  const byId = new Map(staff.map((member) => [member.id, member]));
  const load = new Map(
    staff.map((member) => {
      const lanesHeld = lanes.map((_, lane) => member.advisorLoadByLane?.[lane] ?? 0);
      return [member.id, { lanes: lanesHeld, total: lanesHeld.reduce((a, b) => a + b, 0) }];
    }),
  );
  const pool: { customer: ProposalCustomer; reason: AdvisorReasonCode }[] = [];
  const keptByStaffLane = new Map<string, ProposalCustomer[]>();
  for (const customer of sorted) {
    if (unplaced.has(customer.id)) continue;
    const advisorId = customer.advisorStaffId ?? null;
    const lane = customer.lane === null ? undefined : lanes[customer.lane];
    const wanted = lane?.advisorCapacity != null;
    const maintainer = maintainerAfter.get(customer.id) ?? null;
    if (advisorId === null) {
      // A proposal fills the missing advisors of its lanes; a handover only replaces the leaver.
      if (handover === undefined && wanted && maintainer !== null) pool.push({ customer, reason: 'ADVISOR_MISSING' });
      continue;
    }
    const advisor = byId.get(advisorId);
    const reason: AdvisorReasonCode | null =
      advisorId === maintainer
        ? 'ADVISOR_IS_MAINTAINER'
        : !advisor?.active || advisorId === handover
          ? 'ADVISOR_LEFT'
          : !ADVISOR_ROLES.includes(advisor.role) || !mayServe(advisor, customer)
            ? 'ADVISOR_NOT_ELIGIBLE'
            : null;
    // A handover moves only the leaver (and an advisor who would become the maintainer); every other advisor stays as it is.
    if (reason === null || (handover !== undefined && advisorId !== handover && reason !== 'ADVISOR_IS_MAINTAINER')) {
      if (customer.lane !== null) {
        const key = `${advisorId}:${customer.lane}`;
        const kept = keptByStaffLane.get(key);
        if (kept) kept.push(customer);
        else keptByStaffLane.set(key, [customer]);
      }
      continue;
    }
    pool.push({ customer, reason });
    release(customer);
  }
  // Over the lane's advisor capacity: the excess gives its advisor up — the smallest customers first
  // (their places are given back only when they do move).
  if (handover === undefined) {
    for (const [key, kept] of [...keptByStaffLane.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const [staffId, lane] = key.split(':').map(Number) as [number, number];
      const capacity = lanes[lane]?.advisorCapacity ?? null;
      const current = load.get(staffId)?.lanes[lane] ?? 0;
      if (capacity === null || current <= capacity) continue;
      const excess = [...kept].sort((a, b) => compareBigint(a.aumCents, b.aumCents) || compareBigint(b.id, a.id)).slice(0, current - capacity);
      for (const customer of excess) pool.push({ customer, reason: 'ADVISOR_OVER_CAPACITY' });
    }
  }
  const advisorMinimumMoves = pool.filter((entry) => entry.reason !== 'ADVISOR_MISSING').length;

  // Higher lanes first; in a lane, customers who would lose the advisor they have before those who
  // never had one (a relation kept beats a new one); then larger customers, then by id.
  pool.sort(
    (a, b) =>
      (a.customer.lane ?? lanes.length) - (b.customer.lane ?? lanes.length) ||
      Number(a.reason === 'ADVISOR_MISSING') - Number(b.reason === 'ADVISOR_MISSING') ||
      compareBigint(b.customer.aumCents, a.customer.aumCents) ||
      compareBigint(a.customer.id, b.customer.id),
  );
  const receivers = staff.filter((member) => member.receives && member.active && member.role === ADVISOR_RECEIVER_ROLE).sort((a, b) => a.id - b.id);
  const advisors: AdvisorChange[] = [];
  for (const { customer, reason } of pool) {
    const from = customer.advisorStaffId ?? null;
    const maintainer = maintainerAfter.get(customer.id) ?? null;
    const capacity = customer.lane === null ? null : (lanes[customer.lane]!.advisorCapacity ?? null);
    // The least loaded in the lane (one capacity for all: the lowest share), then the fewest
    // supported overall, then the lowest id.
    let best: { id: number; held: number; total: number } | undefined;
    for (const member of receivers) {
      if (member.id === from || member.id === maintainer || member.id === handover || !mayServe(member, customer)) continue;
      const held = load.get(member.id)!;
      const inLane = customer.lane === null ? held.total : held.lanes[customer.lane]!;
      if (capacity !== null && inLane >= capacity) continue;
      if (!best || inLane < best.held || (inLane === best.held && held.total < best.total)) best = { id: member.id, held: inLane, total: held.total };
    }
    // Over capacity with nobody to take it: the advisor stays (as an over-capacity maintainer does).
    if (!best && reason === 'ADVISOR_OVER_CAPACITY') {
      advisors.push({ customerId: customer.id, lane: customer.lane, fromStaffId: from, toStaffId: from, reason, toLoad: 0, toCapacity: capacity });
      continue;
    }
    advisors.push({ customerId: customer.id, lane: customer.lane, fromStaffId: from, toStaffId: best?.id ?? null, reason, toLoad: best?.held ?? 0, toCapacity: capacity });
    if (best) {
      const held = load.get(best.id)!;
      if (customer.lane !== null) held.lanes[customer.lane]! += 1;
      held.total += 1;
      if (reason === 'ADVISOR_OVER_CAPACITY') release(customer);
    }
  }
  const changes = advisors.filter((change) => change.fromStaffId !== change.toStaffId);
  return {
    advisors,
    advisorMoved: changes.filter((change) => change.fromStaffId !== null).length,
    advisorMinimumMoves,
    advisorsAdded: changes.filter((change) => change.fromStaffId === null).length,
  };

  function release(customer: ProposalCustomer): void {
    const holder = customer.advisorStaffId == null ? undefined : load.get(customer.advisorStaffId);
    if (!holder) return;
    if (customer.lane !== null) holder.lanes[customer.lane] = Math.max(0, holder.lanes[customer.lane]! - 1);
    holder.total = Math.max(0, holder.total - 1);
  }
}
