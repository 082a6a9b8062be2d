import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aSession } from '../../test-support/builders.ts';
import { apiError, fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import type { SankeyData } from './chart-options.ts';
import { aBranchSummary, anOrgTree, aTierSummary, aTierTransitions, aTierTrend, BRANCH } from './tier-builders.test-support.ts';

// The canvas says nothing in a DOM test: the chart stands in with its label and its option.
vi.mock('../../shared/charts/EChart.tsx', () => ({
  default: ({ ariaLabel, option }: { ariaLabel: string; option: unknown }) => <div role="img" aria-label={ariaLabel} data-option={JSON.stringify(option)} />,
}));

const SUMMARY = 'GET /api/tiers/summary';
const TRANSITIONS = 'GET /api/tiers/transitions';
const TREND = 'GET /api/tiers/trend';
const EXPORT = 'GET /api/tiers/summary/export';

function dashboardApi(role: string, overrides: Record<string, unknown> = {}) {
  const api = fakeApi({
    'GET /api/auth/me': aSession(role),
    [SUMMARY]: aTierSummary(),
    [TRANSITIONS]: aTierTransitions(),
    [TREND]: aTierTrend(),
    'GET /api/orgs': { orgs: anOrgTree() },
    ...overrides,
  });
  const urls: string[] = [];
  const traced = { ...api, fetch: (request: Request) => (urls.push(new URL(request.url).pathname + new URL(request.url).search), api.fetch(request)) };
  return { api, traced, urls };
}

const optionOf = (name: string) => JSON.parse(screen.getByRole('img', { name }).getAttribute('data-option')!) as Record<string, unknown>;

describe('tier dashboard', () => {
  it('draws the pyramid highest tier on top, the Sankey with distinct node names, and the trend', async () => {
    const { traced } = dashboardApi('OUTLET_HEAD');
    renderApp(traced, '/dashboards');
    const pyramid = await screen.findByRole('img', { name: '各服务等级客户数，高等级在上' });
    const option = JSON.parse(pyramid.getAttribute('data-option')!) as { yAxis: { data: string[] }; series: { data: { value: number }[] }[] };
    // A category y-axis draws its first category at the bottom.
    expect(option.yAxis.data).toEqual(['普通客户', '金卡', '白金', '钻石', '私人银行']);
    expect(option.series[0]!.data.map((point) => point.value)).toEqual([120, 30, 8, 2, 0]);

    const sankey = (optionOf('上月服务等级到本月服务等级的客户流向') as { series: [{ data: SankeyData['nodes']; links: SankeyData['links'] }] }).series[0];
    expect(sankey.links).toContainEqual({ source: '上月 金卡', target: '本月 白金', value: 1 });
    expect(sankey.links).toContainEqual({ source: '首次评定', target: '本月 普通客户', value: 5 });
    expect(new Set(sankey.data.map((node) => node.name)).size).toBe(sankey.data.length);

    const trend = optionOf('近 12 个月各服务等级客户数') as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(trend.xAxis.data).toEqual(['2026年7月', '2026年8月', '2026年9月']);
    expect(trend.series.find((series) => series.name === '普通客户')!.data).toEqual([100, 101, 102]);
  });

  it('shows the table by tier with exact money, highest tier first, and the total', async () => {
    const { traced } = dashboardApi('RELATIONSHIP_MANAGER');
    renderApp(traced, '/dashboards');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(2);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(['私人银行', '钻石', '白金', '金卡', '普通客户', '合计']);
    // Service and qualified tiers are equal in this answer: both columns show the exact amount.
    expect(within(rows[2]!).getAllByText('¥5,200,000.50')).toHaveLength(2);
    expect(within(rows[5]!).getAllByText('¥17,700,000.50')).toHaveLength(2);
  });

  it('keeps org, month and table in the URL and asks the server for them', async () => {
    const { traced, urls } = dashboardApi('BRANCH_ADMIN', { 'GET /api/auth/me': aSession('BRANCH_ADMIN', { orgId: 2, org: BRANCH }), [SUMMARY]: aBranchSummary() });
    const { router } = renderApp(traced, '/dashboards?orgId=2&month=2026-08&table=orgs');
    await screen.findByRole('tab', { name: '按机构', selected: true });
    expect(urls).toContain('/api/tiers/summary?month=2026-08&orgId=2');
    expect(urls).toContain('/api/tiers/transitions?month=2026-08&orgId=2');
    expect(urls).toContain('/api/tiers/trend?months=24&orgId=2');
    expect(screen.getByText('西湖支行')).toBeTruthy();
    expect(screen.getByText('杭州分行 合计')).toBeTruthy();

    await userEvent.setup().click(screen.getByRole('tab', { name: '按等级' }));
    await waitFor(() => expect(router.state.location.search).toBe('?orgId=2&month=2026-08'));
  });

  it('offers the org tree and the evaluated months, newest first', async () => {
    const { traced } = dashboardApi('OUTLET_HEAD');
    const { router } = renderApp(traced, '/dashboards');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('combobox', { name: '月份' }));
    await waitFor(() => expect(document.querySelectorAll('.ant-select-item-option-content').length).toBe(3));
    const options = [...document.querySelectorAll('.ant-select-item-option-content')].map((option) => option.textContent);
    expect(options).toEqual(['2026年9月', '2026年8月', '2026年7月']);
    await user.click(screen.getByTitle('2026年8月'));
    await waitFor(() => expect(router.state.location.search).toBe('?month=2026-08'));
    expect(screen.getByRole('combobox', { name: '机构' })).toBeTruthy();
  });

  it('shows an empty state when no evaluation exists', async () => {
    const notEvaluated = apiError(404, 'EVALUATION_NOT_FOUND', '尚无分层评定');
    const { traced } = dashboardApi('OUTLET_HEAD', { [SUMMARY]: notEvaluated, [TRANSITIONS]: notEvaluated, [TREND]: notEvaluated });
    renderApp(traced, '/dashboards');
    expect(await screen.findByText('暂无分层统计')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /导出/ })).toBeNull();
  });
});

describe('export of the shown table', () => {
  const created: Blob[] = [];
  beforeEach(() => {
    created.length = 0;
    URL.createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:export'));
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('is offered only with customer.export', async () => {
    const { traced } = dashboardApi('RELATIONSHIP_MANAGER');
    renderApp(traced, '/dashboards');
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /导出 Excel/ })).toBeNull();
  });

  it('downloads the table for the org and month on screen, with the language, under the server’s file name', async () => {
    const file = new Response(new Blob(['xlsx-bytes']), {
      status: 200,
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="tier-statistics-by-tier-BR1S1O1-2026-09.xlsx"; filename*=UTF-8''${encodeURIComponent('分层统计_按等级_文三路网点_2026-09.xlsx')}`,
      },
    });
    const { api, traced, urls } = dashboardApi('OUTLET_HEAD', { [EXPORT]: file });
    renderApp(traced, '/dashboards');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await userEvent.setup().click(await screen.findByRole('button', { name: /导出 Excel/ }));
    expect(await screen.findByText('已导出：分层统计_按等级_文三路网点_2026-09.xlsx')).toBeTruthy();
    expect(urls).toContain('/api/tiers/summary/export?month=2026-09&orgId=4&table=tiers');
    expect(api.requests.find((request) => request.path === '/api/tiers/summary/export')!.headers.get('accept-language')).toBe('zh-CN');
    expect(click).toHaveBeenCalledTimes(1);
    expect(await created[0]!.text()).toBe('xlsx-bytes');
  });

  it('shows the server’s refusal', async () => {
    const { traced } = dashboardApi('OUTLET_HEAD', { [EXPORT]: apiError(403, 'FORBIDDEN', '您无权执行此操作') });
    renderApp(traced, '/dashboards');
    await userEvent.setup().click(await screen.findByRole('button', { name: /导出 Excel/ }));
    expect(await screen.findByText('导出失败：您无权执行此操作')).toBeTruthy();
  });
});
