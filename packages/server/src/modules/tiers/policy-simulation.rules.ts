/**
 * The policy simulator's arithmetic (DOMAIN.md §4 "A policy simulator", §6 capacity), pure:
 * folding the simulated rows (one per outlet and combination of tiers) into the from × to
 * matrices, the moves up and down, and the RMs each outlet needs by the capacity ratios.
 */
import { EVALUATION_STATUSES, TIER_CODES, tierRank, type EvaluationStatus, type TierCode, type VipTier } from './tiers.rules.ts';

/**
 * Customers one relationship manager maintains per tier (DOMAIN.md §6, 农行课件): diamond 1 : 30,
 * platinum 1 : 100, gold 1 : 200. Private banking has no ratio of its own there; it is "diamond
 * and above" everywhere else in §4 and §6 (approver, card), so it takes diamond's. Standard
 * customers need no RM. Until allocation exists these ratios alone say what an outlet needs.
 */
export const CAPACITY_RATIOS: Readonly<Record<VipTier, number>> = { GOLD: 200, PLATINUM: 100, DIAMOND: 30, PRIVATE: 30 };
const STAFFED_TIERS = Object.keys(CAPACITY_RATIOS) as VipTier[];

export type TierCounts = Record<TierCode, number>;

export interface RmNeed {
  /** ceil(customers of the tier / ratio). */
  byTier: Record<VipTier, number>;
  total: number;
}

export function zeroCounts(): TierCounts {
  return Object.fromEntries(TIER_CODES.map((tier) => [tier, 0])) as TierCounts;
}

/** RMs an outlet needs: per tier ceil(customers / ratio), summed (an RM serves one tier's book). */
export function rmsNeeded(counts: TierCounts): RmNeed {
  const byTier = Object.fromEntries(
    STAFFED_TIERS.map((tier) => [tier, Math.ceil(counts[tier] / CAPACITY_RATIOS[tier])]),
  ) as Record<VipTier, number>;
  return { byTier, total: STAFFED_TIERS.reduce((sum, tier) => sum + byTier[tier], 0) };
}

export type Move = 'UP' | 'DOWN' | 'SAME' | 'NOT_EVALUATED';

/** A customer without a service tier in force (not in that month's evaluation) moves nowhere. */
export function moveOf(from: TierCode | null, to: TierCode): Move {
  if (from === null) return 'NOT_EVALUATED';
  const difference = tierRank(to) - tierRank(from);
  return difference > 0 ? 'UP' : difference < 0 ? 'DOWN' : 'SAME';
}

/** Customers of one outlet with the same tier in force and the same simulated result. */
export interface SimulatedRow {
  outletId: number;
  /** The service tier in force for the month; null: the customer was not in that evaluation. */
  from: TierCode | null;
  /** The service tier the simulated version gives. */
  to: TierCode;
  qualified: TierCode;
  status: EvaluationStatus;
  customers: number;
}

export interface Moves {
  customers: number;
  up: number;
  down: number;
  unchanged: number;
  notEvaluated: number;
}

export interface CapacityFigures extends Moves {
  /** Customers by service tier in force, and by simulated service tier. */
  before: TierCounts;
  after: TierCounts;
}

/** A from × to matrix: one row per tier in force (null: not evaluated), a count per simulated tier. */
export type Matrix = Map<TierCode | null, TierCounts>;

export interface SimulationFold {
  total: CapacityFigures;
  /** Tier in force × simulated service tier (grace months and sign-up rules applied). */
  serviceMatrix: Matrix;
  /** Tier in force × simulated qualified tier (the assets alone). */
  qualifiedMatrix: Matrix;
  /** Moves counted on the qualified tier, for the "assets alone" view. */
  qualifiedMoves: Moves;
  statuses: Record<EvaluationStatus, number>;
  outlets: Map<number, CapacityFigures>;
}

export function emptyFigures(): CapacityFigures {
  return { customers: 0, up: 0, down: 0, unchanged: 0, notEvaluated: 0, before: zeroCounts(), after: zeroCounts() };
}

function emptyMatrix(): Matrix {
  return new Map([null, ...TIER_CODES].map((tier) => [tier, zeroCounts()]));
}

const MOVE_FIELD: Record<Move, 'up' | 'down' | 'unchanged' | 'notEvaluated'> = {
  UP: 'up',
  DOWN: 'down',
  SAME: 'unchanged',
  NOT_EVALUATED: 'notEvaluated',
};

function addMove(moves: Moves, from: TierCode | null, to: TierCode, customers: number): void {
  moves.customers += customers;
  moves[MOVE_FIELD[moveOf(from, to)]] += customers;
}

function addRow(figures: CapacityFigures, row: SimulatedRow): void {
  addMove(figures, row.from, row.to, row.customers);
  if (row.from !== null) figures.before[row.from] += row.customers;
  figures.after[row.to] += row.customers;
}

export function foldSimulation(rows: readonly SimulatedRow[]): SimulationFold {
  const fold: SimulationFold = {
    total: emptyFigures(),
    serviceMatrix: emptyMatrix(),
    qualifiedMatrix: emptyMatrix(),
    qualifiedMoves: { customers: 0, up: 0, down: 0, unchanged: 0, notEvaluated: 0 },
    statuses: Object.fromEntries(EVALUATION_STATUSES.map((status) => [status, 0])) as Record<EvaluationStatus, number>,
    outlets: new Map(),
  };
  for (const row of rows) {
    addRow(fold.total, row);
    let outlet = fold.outlets.get(row.outletId);
    if (!outlet) fold.outlets.set(row.outletId, (outlet = emptyFigures()));
    addRow(outlet, row);
    fold.serviceMatrix.get(row.from)![row.to] += row.customers;
    fold.qualifiedMatrix.get(row.from)![row.qualified] += row.customers;
    addMove(fold.qualifiedMoves, row.from, row.qualified, row.customers);
    fold.statuses[row.status] += row.customers;
  }
  return fold;
}

export interface Capacity {
  before: RmNeed;
  after: RmNeed;
  /** after − before: RMs to find (positive) or freed (negative). */
  difference: number;
}

export function capacityOf(figures: Pick<CapacityFigures, 'before' | 'after'>): Capacity {
  const before = rmsNeeded(figures.before);
  const after = rmsNeeded(figures.after);
  return { before, after, difference: after.total - before.total };
}

/** Capacity of a group of outlets: each outlet staffs its own book, so the group's RMs are the outlets' summed. */
export function sumCapacities(capacities: readonly Capacity[]): Capacity {
  const sum = (pick: (capacity: Capacity) => RmNeed): RmNeed => {
    const byTier = Object.fromEntries(
      STAFFED_TIERS.map((tier) => [tier, capacities.reduce((total, capacity) => total + pick(capacity).byTier[tier], 0)]),
    ) as Record<VipTier, number>;
    return { byTier, total: STAFFED_TIERS.reduce((total, tier) => total + byTier[tier], 0) };
  };
  const before = sum((capacity) => capacity.before);
  const after = sum((capacity) => capacity.after);
  return { before, after, difference: after.total - before.total };
}

export function addFigures(into: CapacityFigures, figures: CapacityFigures): void {
  into.customers += figures.customers;
  into.up += figures.up;
  into.down += figures.down;
  into.unchanged += figures.unchanged;
  into.notEvaluated += figures.notEvaluated;
  for (const tier of TIER_CODES) {
    into.before[tier] += figures.before[tier];
    into.after[tier] += figures.after[tier];
  }
}
