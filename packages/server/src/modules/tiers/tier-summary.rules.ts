/**
 * Folding tier result rows (one per combination of tiers and status) into the figures the
 * summary and transitions APIs answer with (DOMAIN.md §4: qualified and service tier, the
 * service-tier transition of the month). Pure; money stays in bigint cents.
 */
import { EVALUATION_STATUSES, TIER_CODES, type EvaluationStatus, type TierCode } from './tiers.rules.ts';

export interface TierFigure {
  customers: number;
  /** Sum of the customers' metric under the policy (e.g. their rolling-quarter averages), cents. */
  metricCents: bigint;
}

export interface TierFigures extends TierFigure {
  serviceTiers: Record<TierCode, TierFigure>;
  qualifiedTiers: Record<TierCode, TierFigure>;
}

/** The fields of a result row the folds read. */
export interface ResultCombination {
  previousServiceTier: TierCode | null;
  serviceTier: TierCode;
  qualifiedTier: TierCode;
  status: EvaluationStatus;
  customers: number;
  metricCents: bigint;
}

const byTier = <T>(make: () => T): Record<TierCode, T> =>
  Object.fromEntries(TIER_CODES.map((tier) => [tier, make()])) as Record<TierCode, T>;

const zero = (): TierFigure => ({ customers: 0, metricCents: 0n });

export function emptyTierFigures(): TierFigures {
  return { ...zero(), serviceTiers: byTier(zero), qualifiedTiers: byTier(zero) };
}

function add(figure: TierFigure, row: ResultCombination): void {
  figure.customers += row.customers;
  figure.metricCents += row.metricCents;
}

/** Counts and metric totals by service tier and by qualified tier; every tier present, zeros included. */
export function foldTierFigures(rows: Iterable<ResultCombination>): TierFigures {
  const figures = emptyTierFigures();
  for (const row of rows) {
    add(figures, row);
    add(figures.serviceTiers[row.serviceTier], row);
    add(figures.qualifiedTiers[row.qualifiedTier], row);
  }
  return figures;
}

/** Key of the matrix row of customers evaluated for the first time under the policy code. */
export const INITIAL_ROW = 'INITIAL';
export type PreviousTierKey = TierCode | typeof INITIAL_ROW;

export interface TransitionFigures {
  customers: number;
  /** previous service tier (INITIAL: none) × service tier → customers; every cell present. */
  matrix: Record<PreviousTierKey, Record<TierCode, number>>;
  statuses: Record<EvaluationStatus, number>;
}

export function foldTransitions(rows: Iterable<ResultCombination>): TransitionFigures {
  const matrix = Object.fromEntries(
    [INITIAL_ROW, ...TIER_CODES].map((previous) => [previous, byTier(() => 0)]),
  ) as Record<PreviousTierKey, Record<TierCode, number>>;
  const statuses = Object.fromEntries(EVALUATION_STATUSES.map((status) => [status, 0])) as Record<EvaluationStatus, number>;
  let customers = 0;
  for (const row of rows) {
    customers += row.customers;
    matrix[row.previousServiceTier ?? INITIAL_ROW][row.serviceTier] += row.customers;
    statuses[row.status] += row.customers;
  }
  return { customers, matrix, statuses };
}
