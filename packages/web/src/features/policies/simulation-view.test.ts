import { describe, expect, it } from 'vitest';
import { rowTotal, sankeyOf } from './simulation-view.ts';
import type { MatrixRow } from './policy-types.ts';

const zero = { STANDARD: 0, GOLD: 0, PLATINUM: 0, DIAMOND: 0, PRIVATE: 0 };

describe('sankeyOf', () => {
  it('links every non-empty cell from the left node to a distinct right node', () => {
    const matrix: MatrixRow[] = [
      { from: null, to: { ...zero, GOLD: 1 } },
      { from: 'GOLD', to: { ...zero, GOLD: 5, PLATINUM: 2 } },
      { from: 'PLATINUM', to: zero },
    ];
    const sankey = sankeyOf(matrix, (side, tier) => `${side}:${tier ?? 'none'}`);
    expect(sankey.links).toEqual([
      { source: 'from:none', target: 'to:GOLD', value: 1 },
      { source: 'from:GOLD', target: 'to:GOLD', value: 5 },
      { source: 'from:GOLD', target: 'to:PLATINUM', value: 2 },
    ]);
    expect(sankey.nodes).toEqual(['from:none', 'to:GOLD', 'from:GOLD', 'to:PLATINUM']);
    expect(rowTotal(matrix[1]!)).toBe(7);
  });
});
