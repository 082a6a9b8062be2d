import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { formatMoney, formatMoneyCompact, moneyToChartNumber } from '../../shared/format/money.ts';

// Only what this chart draws: ECharts' modular build keeps the rest out of the bundle.
use([LineChart, BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

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

/** The AUM trend of the customer 360 (ECharts, loaded with this page only). */
export default function AumChart({ points, kind, language, ariaLabel }: AumChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
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
      },
      { notMerge: true },
    );
  }, [points, kind, language]);

  return <div ref={element} role="img" aria-label={ariaLabel} style={{ width: '100%', height: 280 }} />;
}
