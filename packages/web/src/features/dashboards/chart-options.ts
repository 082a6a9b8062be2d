/**
 * ECharts options of the tier dashboards, built from the API answers. Positions on an axis need
 * numbers (moneyToChartNumber); every tooltip shows the exact amount string instead.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { formatMoney, moneyToChartNumber } from '../../shared/format/money.ts';
import { TIER_ORDER, type TierCode, type TierSummary, type TierTransitions, type TierTrend } from './tier-api.ts';

export interface ChartLabels {
  tier: (tier: TierCode) => string;
  previous: (tier: string) => string;
  current: (tier: string) => string;
  initial: string;
  customers: string;
  compactMoney: (value: string) => string;
}

const TIER_COLOURS: Record<TierCode, string> = {
  STANDARD: '#8c8c8c',
  GOLD: '#d4b106',
  PLATINUM: '#69b1ff',
  DIAMOND: '#9254de',
  PRIVATE: '#1d1d1d',
};

interface MoneyPoint {
  value: number;
  /** The exact amount, for the tooltip. */
  exact: string;
}

const moneyPoint = (amount: string): MoneyPoint => ({ value: moneyToChartNumber(amount), exact: formatMoney(amount) });

/** An axis tick (a float ECharts chose) in the reader's units; anything odd is shown as it is. */
const axisMoney = (labels: ChartLabels) => (value: number) => {
  const text = value.toFixed(2);
  return /^-?\d+\.\d{2}$/.test(text) ? labels.compactMoney(text) : String(value);
};

const exactTooltip = {
  trigger: 'item',
  formatter: (params: { name: string; data: MoneyPoint }) => `${params.name}: ${params.data.exact}`,
};

/** Horizontal bars, lowest tier at the bottom and the highest on top: the pyramid. */
export function pyramidOption(summary: TierSummary, labels: ChartLabels): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item' },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: labels.customers, minInterval: 1 },
    yAxis: { type: 'category', data: TIER_ORDER.map(labels.tier) },
    series: [
      {
        type: 'bar',
        name: labels.customers,
        label: { show: true, position: 'right' },
        data: TIER_ORDER.map((tier) => ({ value: summary.total.serviceTiers[tier].customers, itemStyle: { color: TIER_COLOURS[tier] } })),
      },
    ],
  };
}

export interface SankeyData {
  nodes: { name: string }[];
  links: { source: string; target: string; value: number }[];
}

/**
 * Last month's service tier → this month's. ECharts needs distinct node names for the two sides
 * ("上月 金卡" / "本月 金卡"); customers evaluated for the first time come from their own node.
 */
export function sankeyData(transitions: TierTransitions, labels: ChartLabels): SankeyData {
  const links: SankeyData['links'] = [];
  for (const row of transitions.matrix) {
    const source = row.previousServiceTier === null ? labels.initial : labels.previous(labels.tier(row.previousServiceTier));
    for (const tier of TIER_ORDER) {
      const value = row.serviceTiers[tier];
      if (value > 0) links.push({ source, target: labels.current(labels.tier(tier)), value });
    }
  }
  const names = [...new Set(links.flatMap((link) => [link.source, link.target]))];
  return { nodes: names.map((name) => ({ name })), links };
}

export function sankeyOption(data: SankeyData): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item' },
    series: [{ type: 'sankey', data: data.nodes, links: data.links, emphasis: { focus: 'adjacency' }, nodeAlign: 'justify', left: 8, right: 150 }],
  };
}

/** Metric total per service tier, highest tier on top. */
export function tierMoneyOption(summary: TierSummary, labels: ChartLabels): EChartsCoreOption {
  return {
    tooltip: exactTooltip,
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: axisMoney(labels) } },
    yAxis: { type: 'category', data: TIER_ORDER.map(labels.tier) },
    series: [{ type: 'bar', data: TIER_ORDER.map((tier) => ({ ...moneyPoint(summary.total.serviceTiers[tier].metricTotal), itemStyle: { color: TIER_COLOURS[tier] } })) }],
  };
}

/** Metric total per child org, stacked by service tier. */
export function orgMoneyOption(summary: TierSummary, labels: ChartLabels): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', formatter: (params: { name: string; seriesName: string; data: MoneyPoint }) => `${params.name} ${params.seriesName}: ${params.data.exact}` },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: summary.children.map((child) => child.org.name) },
    yAxis: { type: 'value', axisLabel: { formatter: axisMoney(labels) } },
    series: TIER_ORDER.map((tier) => ({
      type: 'bar',
      stack: 'metric',
      name: labels.tier(tier),
      itemStyle: { color: TIER_COLOURS[tier] },
      data: summary.children.map((child) => moneyPoint(child.serviceTiers[tier].metricTotal)),
    })),
  };
}

/** Customers per service tier, month by month, stacked. */
export function trendOption(months: TierTrend['months'], labels: ChartLabels & { month: (month: string) => string }): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: months.map((month) => labels.month(month.month)) },
    yAxis: { type: 'value', name: labels.customers, minInterval: 1 },
    series: TIER_ORDER.map((tier) => ({
      type: 'bar',
      stack: 'customers',
      name: labels.tier(tier),
      itemStyle: { color: TIER_COLOURS[tier] },
      data: months.map((month) => month.serviceTiers[tier].customers),
    })),
  };
}
