import { describe, expect, it } from 'vitest';
import { emptyTierFigures, foldTierFigures, foldTransitions, type ResultCombination } from './tier-summary.rules.ts';

const row = (overrides: Partial<ResultCombination>): ResultCombination => ({
  previousServiceTier: 'GOLD',
  serviceTier: 'GOLD',
  qualifiedTier: 'GOLD',
  status: 'QUALIFIED',
  customers: 1,
  metricCents: 10_000_000n,
  ...overrides,
});

describe('foldTierFigures', () => {
  it('is all zeros, every tier present, for no rows', () => {
    const figures = foldTierFigures([]);
    expect(figures).toEqual(emptyTierFigures());
    expect(Object.keys(figures.serviceTiers)).toEqual(['STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE']);
    expect(figures.serviceTiers.PRIVATE).toEqual({ customers: 0, metricCents: 0n });
  });

  it('counts a row once by service tier and once by qualified tier, and sums metrics exactly', () => {
    const figures = foldTierFigures([
      row({ serviceTier: 'GOLD', qualifiedTier: 'DIAMOND', status: 'QUALIFIED_NOT_UPGRADED', customers: 2, metricCents: 240_000_000n }),
      row({ serviceTier: 'DIAMOND', qualifiedTier: 'GOLD', status: 'SUBSTANDARD', customers: 1, metricCents: 20_000_001n }),
      // Beyond 2^53 cents: bigint keeps every cent a float would lose.
      row({ serviceTier: 'PRIVATE', qualifiedTier: 'PRIVATE', customers: 3, metricCents: 9_007_199_254_740_993n }),
    ]);
    expect(figures.customers).toBe(6);
    expect(figures.metricCents).toBe(9_007_199_514_740_994n);
    expect(figures.serviceTiers.GOLD).toEqual({ customers: 2, metricCents: 240_000_000n });
    expect(figures.qualifiedTiers.GOLD).toEqual({ customers: 1, metricCents: 20_000_001n });
    expect(figures.serviceTiers.DIAMOND).toEqual({ customers: 1, metricCents: 20_000_001n });
    expect(figures.qualifiedTiers.DIAMOND).toEqual({ customers: 2, metricCents: 240_000_000n });
    expect(figures.serviceTiers.PRIVATE.metricCents).toBe(9_007_199_254_740_993n);
  });
});

describe('foldTransitions', () => {
  it('puts initial evaluations in their own row and counts every status, zeros included', () => {
    const transitions = foldTransitions([
      row({ previousServiceTier: null, serviceTier: 'PLATINUM', status: 'INITIAL', customers: 4 }),
      row({ previousServiceTier: 'GOLD', serviceTier: 'PLATINUM', status: 'UPGRADED', customers: 2 }),
      row({ previousServiceTier: 'DIAMOND', serviceTier: 'PLATINUM', status: 'DOWNGRADED', customers: 1 }),
      row({ previousServiceTier: 'GOLD', serviceTier: 'PLATINUM', status: 'UPGRADED', customers: 3 }),
    ]);
    expect(transitions.customers).toBe(10);
    expect(transitions.matrix.INITIAL.PLATINUM).toBe(4);
    expect(transitions.matrix.GOLD.PLATINUM).toBe(5);
    expect(transitions.matrix.DIAMOND.PLATINUM).toBe(1);
    expect(transitions.matrix.STANDARD).toEqual({ STANDARD: 0, GOLD: 0, PLATINUM: 0, DIAMOND: 0, PRIVATE: 0 });
    expect(transitions.statuses).toEqual({ INITIAL: 4, QUALIFIED: 0, QUALIFIED_NOT_UPGRADED: 0, UPGRADED: 5, SUBSTANDARD: 0, DOWNGRADED: 1, SPECIAL_ADMISSION: 0 });
  });
});
