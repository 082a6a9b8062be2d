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
 */
import { mayServe, type Lane, type MaintainingRole } from './allocation.rules.ts';

export interface ProposalCustomer {
  id: bigint;
  /** Index into the policy's lanes; null: in no lane (only handovers carry such customers). */
  lane: number | null;
  aumCents: bigint;
  maintainerStaffId: number | null;
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
}

/** Customers in no lane (a handover's ordinary customers) go to RMs, without capacity. */
const NO_LANE_ROLES: readonly string[] = ['RELATIONSHIP_MANAGER', 'OUTLET_HEAD'];

const compareBigint = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

export function propose(lanes: readonly Lane[], customers: readonly ProposalCustomer[], staff: readonly ProposalStaff[]): Proposal {
  const byId = new Map(staff.map((member) => [member.id, member]));
  const load = new Map(staff.map((member) => [member.id, { lanes: [...member.loadByLane], total: member.totalLoad }]));
  const sorted = [...customers].sort((a, b) => compareBigint(a.id, b.id));
  const pool: { customer: ProposalCustomer; reason: ProposalReasonCode }[] = [];

  // 1. Relations whose maintainer is gone release their customers; the rest stay for now.
  const keptByStaffLane = new Map<string, ProposalCustomer[]>();
  for (const customer of sorted) {
    const maintainer = customer.maintainerStaffId === null ? undefined : byId.get(customer.maintainerStaffId);
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
  for (const [key, kept] of [...keptByStaffLane.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const [staffId, lane] = key.split(':').map(Number) as [number, number];
    const capacity = lanes[lane]?.capacity ?? null;
    const current = load.get(staffId)!.lanes[lane] ?? 0;
    if (capacity === null || current <= capacity) continue;
    const excess = [...kept].sort((a, b) => compareBigint(a.aumCents, b.aumCents) || compareBigint(b.id, a.id)).slice(0, current - capacity);
    for (const customer of excess) {
      pool.push({ customer, reason: 'OVER_CAPACITY' });
      release(customer);
    }
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
      if (candidate.member.id === customer.maintainerStaffId) continue;
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
  }
  const moved = assignments.filter((assignment) => assignment.fromStaffId !== null).length;
  return { assignments, unplaced, moved, minimumMoves };

  function release(customer: ProposalCustomer): void {
    const holder = customer.maintainerStaffId === null ? undefined : load.get(customer.maintainerStaffId);
    if (!holder) return;
    if (customer.lane !== null) holder.lanes[customer.lane] = Math.max(0, (holder.lanes[customer.lane] ?? 0) - 1);
    holder.total = Math.max(0, holder.total - 1);
  }
}
