import { describe, expect, it } from 'vitest';
import { aumOption } from './AumChart.tsx';

describe('the AUM chart option', () => {
  const points = [
    { label: '2026/09/29', amount: '1234567.89' },
    { label: '2026/09', amount: '0.10', note: '该月仅含 12 天数据' },
  ];

  it('plots numbers but shows the exact figure of the API in the tooltip', () => {
    const option = aumOption(points, 'bar', 'zh-CN') as {
      series: { type: string; data: number[] }[];
      xAxis: { data: string[] };
      tooltip: { formatter: (params: unknown) => string };
    };
    expect(option.series[0]).toMatchObject({ type: 'bar', data: [1234567.89, 0.1] });
    expect(option.xAxis.data).toEqual(['2026/09/29', '2026/09']);
    expect(option.tooltip.formatter([{ dataIndex: 0 }])).toBe('2026/09/29<br/>¥1,234,567.89');
    expect(option.tooltip.formatter([{ dataIndex: 1 }])).toBe('2026/09<br/>¥0.10<br/>该月仅含 12 天数据');
  });

  it('draws the 90 days as a line and the 24 months as bars', () => {
    expect((aumOption(points, 'line', 'en') as { series: { type: string }[] }).series[0]!.type).toBe('line');
  });
});
