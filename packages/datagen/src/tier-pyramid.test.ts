// The bank has the tier pyramid of a real retail bank over the `rolling-quarter-2020` thresholds
// (DOMAIN.md §4), customers on exact boundaries, and customers moving between tiers.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOUNDARY_CENTS } from './customers.ts';
import { generateInTemp } from './test-bank.ts';
import { readCsv, rollingQuarterAverages, tierOf, tierShares, windowAverages } from './tier-shares.ts';

const START = '2025-07-01';
let dir = '';
let averages = new Map<string, bigint>();

beforeAll(async () => {
  // The demo bank's seed and start, with fewer customers and one quarter to stay fast.
  ({ dir } = await generateInTemp({ seed: 20260101, customers: 2000, startDate: START, endDate: '2025-09-30' }));
  averages = rollingQuarterAverages(dir, '2025-09');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tier pyramid (rolling-quarter average, September 2025)', () => {
  it('has plausible shares per tier', () => {
    const [standard, gold, platinum, diamond, privateBanking] = tierShares(averages) as [number, number, number, number, number];
    expect(standard).toBeGreaterThan(0.68);
    expect(standard).toBeLessThan(0.84);
    expect(gold).toBeGreaterThan(0.1);
    expect(gold).toBeLessThan(0.21);
    expect(platinum).toBeGreaterThan(0.025);
    expect(platinum).toBeLessThan(0.08);
    expect(diamond).toBeGreaterThan(0.005);
    expect(diamond).toBeLessThan(0.03);
    expect(privateBanking * averages.size).toBeGreaterThanOrEqual(1);
    expect(privateBanking).toBeLessThan(0.006);
  });

  it('puts boundary customers exactly on the threshold, and one cent below it in the tier beneath', () => {
    const values = new Set(averages.values());
    for (const cents of BOUNDARY_CENTS) expect(values.has(BigInt(cents)), String(cents)).toBe(true);
    expect(tierOf(10_000_000n)).toBe(1);
    expect(tierOf(9_999_999n)).toBe(0);
    expect(tierOf(600_000_000n)).toBe(4);
  });

  it('moves customers across thresholds from month to month', () => {
    const july = windowAverages(dir, '2025-07', 1);
    const september = windowAverages(dir, '2025-09', 1);
    let upgraded = 0;
    let downgraded = 0;
    for (const [customer, average] of september) {
      const before = tierOf(july.get(customer)!);
      const after = tierOf(average);
      if (after > before) upgraded++;
      if (after < before) downgraded++;
    }
    expect(upgraded).toBeGreaterThan(5);
    expect(downgraded).toBeGreaterThan(5);
    expect(upgraded + downgraded).toBeLessThan(averages.size * 0.15);
  });

  it('has customers who open inside the range and have no balances before', () => {
    const customers = readCsv(join(dir, 'customers.csv'));
    const late = customers.filter((row) => row[10]! > START);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length / customers.length).toBeLessThan(0.05);
    const lateIds = new Set(late.map((row) => row[0]));
    const lateAccounts = new Set(readCsv(join(dir, 'accounts.csv')).filter((row) => lateIds.has(row[1])).map((row) => row[0]));
    expect(readCsv(join(dir, 'balances', `${START}.csv`)).filter((row) => lateAccounts.has(row[1])).length).toBe(0);
  });
});
