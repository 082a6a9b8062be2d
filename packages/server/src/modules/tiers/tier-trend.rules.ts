/**
 * Folding the trend rows (one per evaluated month and service tier) into months, and the window
 * of months a trend covers. Pure; money stays in bigint cents.
 */
import type { TierFigure } from './tier-summary.rules.ts';
import { TIER_CODES, type TierCode, type WindowMetric } from './tiers.rules.ts';

export interface TrendRow {
  month: string;
  policyVersion: number;
  metric: WindowMetric;
  /** null: the month was evaluated but no customer of the scope was in it. */
  serviceTier: TierCode | null;
  customers: number;
  metricCents: bigint;
}

export interface TrendMonth extends TierFigure {
  month: string;
  policyVersion: number;
  metric: WindowMetric;
  serviceTiers: Record<TierCode, TierFigure>;
}

/** The first month of a window of `months` months ending with `to` ('YYYY-MM'). */
export function windowStart(to: string, months: number): string {
  const [year, month] = to.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - (months - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** One entry per evaluated month, oldest first, every tier present (zeros included). */
export function foldTrend(rows: readonly TrendRow[]): TrendMonth[] {
  const months = new Map<string, TrendMonth>();
  for (const row of rows) {
    let entry = months.get(row.month);
    if (!entry) {
      const serviceTiers = Object.fromEntries(TIER_CODES.map((tier) => [tier, { customers: 0, metricCents: 0n }])) as Record<TierCode, TierFigure>;
      entry = { month: row.month, policyVersion: row.policyVersion, metric: row.metric, customers: 0, metricCents: 0n, serviceTiers };
      months.set(row.month, entry);
    }
    if (row.serviceTier === null) continue;
    entry.customers += row.customers;
    entry.metricCents += row.metricCents;
    entry.serviceTiers[row.serviceTier].customers += row.customers;
    entry.serviceTiers[row.serviceTier].metricCents += row.metricCents;
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}
