/** Pure helpers of the simulator's views: the Sankey of a from × to matrix. */
import type { EChartsCoreOption } from 'echarts/core';
import type { MatrixRow } from './policy-types.ts';

export const TIERS = ['STANDARD', 'GOLD', 'PLATINUM', 'DIAMOND', 'PRIVATE'] as const;
export type Tier = (typeof TIERS)[number];

export interface SankeyLink {
  source: string;
  target: string;
  value: number;
}

/**
 * Nodes "before" on the left and "after" on the right (distinct names: a Sankey has no cycles),
 * one link per non-empty cell. `label` names a tier (null: not evaluated) on each side.
 */
export function sankeyOf(matrix: readonly MatrixRow[], label: (side: 'from' | 'to', tier: Tier | null) => string): { nodes: string[]; links: SankeyLink[] } {
  const links: SankeyLink[] = [];
  for (const row of matrix) {
    for (const tier of TIERS) {
      const value = row.to[tier];
      if (value > 0) links.push({ source: label('from', row.from), target: label('to', tier), value });
    }
  }
  const nodes = [...new Set(links.flatMap((link) => [link.source, link.target]))];
  return { nodes, links };
}

export function sankeyOption(sankey: { nodes: string[]; links: SankeyLink[] }): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'sankey',
        data: sankey.nodes.map((name) => ({ name })),
        links: sankey.links,
        emphasis: { focus: 'adjacency' },
        nodeAlign: 'justify',
        lineStyle: { color: 'gradient', curveness: 0.5 },
      },
    ],
  };
}

/** A row total of the matrix (customers with that tier in force). */
export function rowTotal(row: MatrixRow): number {
  return TIERS.reduce((sum, tier) => sum + row.to[tier], 0);
}
