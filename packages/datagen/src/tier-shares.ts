// An independent reader of a generated feed that computes each customer's rolling-quarter
// average AUM (上月滚动季日均, DOMAIN.md §3) with BigInt cents, exactly as the contract says:
// per holding-day balance × rate rounded half-up to the cent, summed, averaged half-up. Tests
// use it to check the tier pyramid; it is deliberately simple rather than fast.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addMonths, formatIsoDate, parseIsoDate } from './calendar.ts';

/** Inclusive lower thresholds of `rolling-quarter-2020` (DOMAIN.md §4), in cents. */
export const ROLLING_QUARTER_THRESHOLDS = [10_000_000n, 50_000_000n, 100_000_000n, 600_000_000n] as const;
export const TIER_NAMES = ['standard', 'gold', 'platinum', 'diamond', 'private'] as const;

export function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  return text.split('\n').slice(1).filter((line) => line !== '').map((line) => line.split(','));
}

/** Parses "12345.67" into cents. */
export function parseCents(text: string): bigint {
  const [whole, fraction = ''] = text.split('.');
  return BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
}

function parseMicros(text: string): bigint {
  const [whole, fraction = ''] = text.split('.');
  return BigInt(whole!) * 1_000_000n + BigInt(fraction.padEnd(6, '0'));
}

function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/**
 * Rolling-quarter average AUM per customer for month `month` ('YYYY-MM'): the three months
 * ending with it. Every customer of customers.csv is present (0 when they hold nothing).
 */
export function rollingQuarterAverages(feedDir: string, month: string): Map<string, bigint> {
  return windowAverages(feedDir, month, 3);
}

/** Average daily AUM per customer over the `months` calendar months ending with `month`. */
export function windowAverages(feedDir: string, month: string, months: number): Map<string, bigint> {
  const aumProducts = new Set(readCsv(join(feedDir, 'products.csv')).filter((row) => row[6] === 'true').map((row) => row[0]!));
  const accounts = new Map<string, { customer: string; currency: string }>();
  for (const row of readCsv(join(feedDir, 'accounts.csv'))) {
    if (aumProducts.has(row[2]!)) accounts.set(row[0]!, { customer: row[1]!, currency: row[3]! });
  }
  const sums = new Map<string, bigint>(readCsv(join(feedDir, 'customers.csv')).map((row) => [row[0]!, 0n]));
  const lastDay = addMonths(parseIsoDate(`${month}-01`), 1) - 1;
  const firstDay = addMonths(parseIsoDate(`${month}-01`), 1 - months);
  for (let day = firstDay; day <= lastDay; day++) {
    const dayText = formatIsoDate(day);
    const rates = new Map<string, bigint>([['CNY', 1_000_000n]]);
    for (const row of readCsv(join(feedDir, 'fx', `${dayText}.csv`))) rates.set(row[1]!, parseMicros(row[2]!));
    const balancesPath = join(feedDir, 'balances', `${dayText}.csv`);
    if (!existsSync(balancesPath)) throw new Error(`missing balances for ${dayText}`);
    for (const row of readCsv(balancesPath)) {
      const account = accounts.get(row[1]!);
      if (!account) continue;
      const cents = parseCents(row[2]!);
      const inCny = account.currency === 'CNY' ? cents : divideHalfUp(cents * rates.get(account.currency)!, 1_000_000n);
      sums.set(account.customer, sums.get(account.customer)! + inCny);
    }
  }
  const days = BigInt(lastDay - firstDay + 1);
  return new Map([...sums].map(([customer, sum]) => [customer, divideHalfUp(sum, days)]));
}

export function tierOf(average: bigint): number {
  let tier = 0;
  while (tier < ROLLING_QUARTER_THRESHOLDS.length && average >= ROLLING_QUARTER_THRESHOLDS[tier]!) tier++;
  return tier;
}

/** Share of customers per tier (standard .. private), as fractions summing to 1. */
export function tierShares(averages: Map<string, bigint>): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (const average of averages.values()) counts[tierOf(average)]!++;
  return counts.map((count) => count / averages.size);
}
