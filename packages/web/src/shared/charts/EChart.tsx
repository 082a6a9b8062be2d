import { BarChart, FunnelChart, LineChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the chart kinds the pages draw: ECharts' modular build keeps the rest out of the bundle.
use([BarChart, LineChart, SankeyChart, FunnelChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface EChartProps {
  /** A complete ECharts option; the chart is redrawn (not merged) when it changes. */
  option: EChartsCoreOption;
  /** Accessible description: the canvas itself says nothing to a screen reader. */
  ariaLabel: string;
  height?: number;
  /** Called with the data item of a clicked element (a bar, a Sankey link …), for drill-down. */
  onItemClick?: (params: { dataIndex: number; name: string; seriesIndex: number; dataType?: string; data: unknown }) => void;
}

/**
 * Any chart of the dashboards (bar, line, Sankey, pyramid as a funnel). Load it with React.lazy so
 * that ECharts arrives with the first page that draws, never with the initial load.
 */
export default function EChart({ option, ariaLabel, height = 320, onItemClick }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clickHandler = useRef(onItemClick);
  clickHandler.current = onItemClick;

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current);
    chart.current = instance;
    instance.on('click', (params) => clickHandler.current?.(params as Parameters<NonNullable<EChartProps['onItemClick']>>[0]));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Users who ask their system for less motion get the chart drawn at once.
    const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    chart.current?.setOption(reduceMotion ? { ...option, animation: false } : option, { notMerge: true });
  }, [option]);

  return <div ref={element} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />;
}
