import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import EChart from '../../shared/charts/EChart.tsx';
import { formatMoney, formatMoneyCompact, moneyToChartNumber } from '../../shared/format/money.ts';

export interface AumPoint {
  /** The axis label (a formatted day or month). */
  label: string;
  /** Yuan as the API sent it ("523118.40"). */
  amount: string;
  /** A remark shown in the tooltip (a month covered only in part). */
  note?: string;
}

interface AumChartProps {
  points: readonly AumPoint[];
  kind: 'line' | 'bar';
  language: string;
  /** Accessible description of the chart (the canvas itself says nothing to a screen reader). */
  ariaLabel: string;
}

/** The ECharts option of the AUM trend: plotted as numbers, every figure shown from the API's string. */
export function aumOption(points: readonly AumPoint[], kind: 'line' | 'bar', language: string): EChartsCoreOption {
  return {
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      // The exact figure from the API's string, not the plotted number.
      formatter: (params: unknown) => {
        const [first] = params as Array<{ dataIndex: number }>;
        const point = first ? points[first.dataIndex] : undefined;
        if (!point) return '';
        return [point.label, formatMoney(point.amount), point.note].filter(Boolean).join('<br/>');
      },
    },
    xAxis: { type: 'category', data: points.map((point) => point.label), boundaryGap: kind === 'bar' },
    yAxis: {
      type: 'value',
      scale: kind === 'line',
      axisLabel: { formatter: (value: number) => formatMoneyCompact(value.toFixed(2), language) },
    },
    series: [
      {
        type: kind,
        data: points.map((point) => moneyToChartNumber(point.amount)),
        showSymbol: false,
        smooth: false,
        itemStyle: { color: '#b8860b' },
        areaStyle: kind === 'line' ? { opacity: 0.08 } : undefined,
      },
    ],
  };
}

/** The AUM trend of the customer 360, on the app's shared ECharts component (loaded with this page only). */
export default function AumChart({ points, kind, language, ariaLabel }: AumChartProps) {
  const option = useMemo(() => aumOption(points, kind, language), [points, kind, language]);
  return <EChart option={option} ariaLabel={ariaLabel} height={280} />;
}
