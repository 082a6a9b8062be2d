import { describe, expect, it } from 'vitest';
import { capacityOf, foldSimulation, moveOf, rmsNeeded, sumCapacities, zeroCounts, type SimulatedRow, type TierCounts } from './policy-simulation.rules.ts';
import type { TierCode } from './tiers.rules.ts';

const counts = (values: Partial<TierCounts>): TierCounts => ({ ...zeroCounts(), ...values });

describe('rmsNeeded: ceil(customers / ratio) per tier, summed (diamond 30, platinum 100, gold 200, private as diamond)', () => {
  it.each([
    ['no VIP customers', counts({ STANDARD: 5000 }), { GOLD: 0, PLATINUM: 0, DIAMOND: 0, PRIVATE: 0 }, 0],
    ['one gold customer needs a whole RM', counts({ GOLD: 1 }), { GOLD: 1, PLATINUM: 0, DIAMOND: 0, PRIVATE: 0 }, 1],
    ['exactly at the ratio', counts({ GOLD: 200, PLATINUM: 100, DIAMOND: 30, PRIVATE: 30 }), { GOLD: 1, PLATINUM: 1, DIAMOND: 1, PRIVATE: 1 }, 4],
    ['one over the ratio', counts({ GOLD: 201, PLATINUM: 101, DIAMOND: 31, PRIVATE: 31 }), { GOLD: 2, PLATINUM: 2, DIAMOND: 2, PRIVATE: 2 }, 8],
    ['a mixed book', counts({ GOLD: 450, PLATINUM: 120, DIAMOND: 29, PRIVATE: 3 }), { GOLD: 3, PLATINUM: 2, DIAMOND: 1, PRIVATE: 1 }, 7],
  ])('%s', (_name, book, byTier, total) => {
    expect(rmsNeeded(book)).toEqual({ byTier, total });
  });

  it('the difference is after − before, and groups sum their outlets (each outlet staffs its own book)', () => {
    const a = capacityOf({ before: counts({ GOLD: 150 }), after: counts({ GOLD: 250 }) });
    const b = capacityOf({ before: counts({ DIAMOND: 31 }), after: counts({ DIAMOND: 10 }) });
    expect([a.difference, b.difference]).toEqual([1, -1]);
    // 150 + 250 gold in one outlet would need 2 RMs, not the 1 + 2 = 3 of two outlets.
    expect(sumCapacities([a, b])).toEqual({
      before: { byTier: { GOLD: 1, PLATINUM: 0, DIAMOND: 2, PRIVATE: 0 }, total: 3 },
      after: { byTier: { GOLD: 2, PLATINUM: 0, DIAMOND: 1, PRIVATE: 0 }, total: 3 },
      difference: 0,
    });
  });
});

describe('moveOf', () => {
  it.each<[TierCode | null, TierCode, string]>([
    ['GOLD', 'PLATINUM', 'UP'],
    ['PRIVATE', 'STANDARD', 'DOWN'],
    ['DIAMOND', 'DIAMOND', 'SAME'],
    [null, 'GOLD', 'NOT_EVALUATED'],
  ])('%s → %s is %s', (from, to, move) => expect(moveOf(from, to)).toBe(move));
});

describe('foldSimulation', () => {
  const row = (outletId: number, from: TierCode | null, to: TierCode, qualified: TierCode, customers: number): SimulatedRow => ({
    outletId,
    from,
    to,
    qualified,
    status: from === null ? 'INITIAL' : from === to ? 'QUALIFIED' : 'UPGRADED',
    customers,
  });
  const rows = [
    row(1, 'GOLD', 'PLATINUM', 'PLATINUM', 3),
    row(1, 'GOLD', 'GOLD', 'DIAMOND', 2),
    row(2, 'PLATINUM', 'GOLD', 'GOLD', 4),
    row(2, null, 'STANDARD', 'STANDARD', 1),
    row(2, 'GOLD', 'PLATINUM', 'PLATINUM', 5),
  ];
  const fold = foldSimulation(rows);

  it('builds the from × to matrices of service and qualified tiers, with a row for customers not evaluated', () => {
    expect(fold.serviceMatrix.get('GOLD')).toEqual(counts({ PLATINUM: 8, GOLD: 2 }));
    expect(fold.serviceMatrix.get('PLATINUM')).toEqual(counts({ GOLD: 4 }));
    expect(fold.serviceMatrix.get(null)).toEqual(counts({ STANDARD: 1 }));
    expect(fold.serviceMatrix.get('DIAMOND')).toEqual(counts({}));
    expect(fold.qualifiedMatrix.get('GOLD')).toEqual(counts({ PLATINUM: 8, DIAMOND: 2 }));
    const cells = [...fold.serviceMatrix.values()].flatMap((to) => Object.values(to));
    expect(cells.reduce((a, b) => a + b, 0)).toBe(15);
  });

  it('counts moves and books per outlet and in total', () => {
    expect(fold.total).toMatchObject({ customers: 15, up: 8, down: 4, unchanged: 2, notEvaluated: 1 });
    expect(fold.qualifiedMoves).toEqual({ customers: 15, up: 10, down: 4, unchanged: 0, notEvaluated: 1 });
    expect(fold.outlets.get(1)).toEqual({
      customers: 5, up: 3, down: 0, unchanged: 2, notEvaluated: 0, before: counts({ GOLD: 5 }), after: counts({ GOLD: 2, PLATINUM: 3 }),
    });
    expect(fold.outlets.get(2)).toMatchObject({ before: counts({ PLATINUM: 4, GOLD: 5 }), after: counts({ GOLD: 4, PLATINUM: 5, STANDARD: 1 }) });
    expect(fold.statuses).toMatchObject({ INITIAL: 1, QUALIFIED: 2, UPGRADED: 12 });
  });

  it('folds nothing into zeros', () => {
    const empty = foldSimulation([]);
    expect(empty.total).toMatchObject({ customers: 0, up: 0, down: 0 });
    expect(empty.outlets.size).toBe(0);
  });
});
