import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aSession } from '../../test-support/builders.ts';
import { apiError, fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aPolicyList, aSimulation, someVersions } from './policy-test-data.ts';

// ECharts draws on a canvas, which the test DOM does not have.
vi.mock('../../shared/charts/EChart.tsx', () => ({ default: ({ ariaLabel }: { ariaLabel: string }) => <div role="img" aria-label={ariaLabel} /> }));

const SIMULATE = 'POST /api/tier-policies/rolling-quarter-2020/versions/2/simulate';

function hqApi(extra: Record<string, unknown> = {}) {
  return fakeApi({
    'GET /api/auth/me': aSession('HQ_WEALTH_ADMIN'),
    'GET /api/tier-policies': aPolicyList(),
    'GET /api/tier-policies/rolling-quarter-2020': someVersions(),
    'GET /api/policy-simulator/months': { policyInForce: { code: 'rolling-quarter-2020' }, months: ['2026-09', '2026-08'] },
    [SIMULATE]: aSimulation(),
    ...extra,
  });
}

/** The data cells of a row (not the expand button's). */
const dataCells = (row: Element) => [...row.querySelectorAll('td:not(.ant-table-row-expand-icon-cell)')];
/** The data row whose first data cell reads `text`. */
const rowOf = (table: HTMLElement, text: string) =>
  [...table.querySelectorAll<HTMLElement>('tr.ant-table-row')].find((row) => dataCells(row)[0]?.textContent === text)!;
const cells = (row: HTMLElement) => dataCells(row).map((cell) => cell.textContent);

describe('policy simulator', () => {
  it('runs the version of the link for the latest evaluated month and shows matrix, Sankey, branches and outlets', async () => {
    const api = hqApi();
    renderApp(api, '/simulator?code=rolling-quarter-2020&version=2');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '运行模拟' }));
    expect(api.bodiesOf(SIMULATE)).toEqual([{ month: '2026-09' }]);

    expect(await screen.findByText(/rolling-quarter-2020 第 2 版（草稿） 用于 2026年9月/)).toBeTruthy();
    const matrix = screen.getByRole('table', { name: '等级迁移矩阵' });
    // In force standard: 850 stay, 250 become gold; the empty "not evaluated" row is left out.
    expect(cells(rowOf(matrix, '普通客户'))).toEqual(['普通客户', '850', '250', '0', '0', '0', '1100']);
    expect(within(matrix).queryByText('未评定')).toBeNull();
    expect(await screen.findByRole('img', { name: '等级迁移桑基图：升级 250 位，降级 0 位' }, { timeout: 10_000 })).toBeTruthy();

    const branches = screen.getByRole('table', { name: '按分行的等级变动' });
    expect(cells(rowOf(branches, '杭州分行')).slice(1)).toEqual(['2', '1,500', '250', '0', '1,250', '5', '6', '+1']);

    const outlets = screen.getByRole('table', { name: '网点客户经理配置' });
    expect(cells(rowOf(outlets, '文三路网点')).slice(1)).toEqual(['杭州分行', '1,000', '240', '0', '760', '4', '5', '+1']);
    expect(cells(rowOf(outlets, '庆春路网点')).slice(1)).toEqual(['杭州分行', '500', '10', '0', '490', '1', '1', '0']);
  });

  it('sorts outlets by the RM change and switches the matrix to qualified tiers', async () => {
    renderApp(hqApi(), '/simulator?code=rolling-quarter-2020&version=2&month=2026-09');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '运行模拟' }));
    const outlets = await screen.findByRole('table', { name: '网点客户经理配置' });
    const outletNames = () => [...outlets.querySelectorAll('tr.ant-table-row')].map((row) => dataCells(row)[0]?.textContent);
    expect(outletNames()).toEqual(['文三路网点', '庆春路网点']);
    await user.click(within(outlets).getByText('客户经理增减'));
    expect(outletNames()).toEqual(['庆春路网点', '文三路网点']);

    await user.click(screen.getByText('资产达标等级'));
    const matrix = screen.getByRole('table', { name: '等级迁移矩阵' });
    expect(cells(rowOf(matrix, '普通客户'))).toEqual(['普通客户', '840', '260', '0', '0', '0', '1100']);
  });

  it('picks the newest draft of a chosen code and shows refusals of the server', async () => {
    const api = hqApi({ [SIMULATE]: apiError(409, 'DATA_GAP', '评定窗口内有日期缺少余额数据（3 天）') });
    const { router } = renderApp(api, '/simulator?code=rolling-quarter-2020');
    await screen.findByRole('button', { name: '运行模拟' });
    await vi.waitFor(() => expect(router.state.location.search).toContain('version=2'));
    expect(await screen.findByText('第 2 版（草稿）')).toBeTruthy();
    await vi.waitFor(() => expect((screen.getByRole('button', { name: '运行模拟' }) as HTMLButtonElement).disabled).toBe(false));
    await userEvent.setup().click(screen.getByRole('button', { name: '运行模拟' }));
    expect(await screen.findByText('评定窗口内有日期缺少余额数据（3 天）')).toBeTruthy();
  });

  it('says how many customers a special admission holds above their qualification, as the evaluation does', async () => {
    const simulation = aSimulation();
    simulation.total.statuses.SPECIAL_ADMISSION = 3;
    renderApp(hqApi({ [SIMULATE]: simulation }), '/simulator?code=rolling-quarter-2020&version=2&month=2026-09');
    await userEvent.setup().click(await screen.findByRole('button', { name: '运行模拟' }));
    expect(await screen.findByText('其中 3 位客户因当月末在有效期内的特殊准入而保持较高服务等级，与月度评定相同。')).toBeTruthy();
  });

  it('says so when nothing has been evaluated yet', async () => {
    renderApp(hqApi({ 'GET /api/policy-simulator/months': { policyInForce: null, months: [] } }), '/simulator');
    expect(await screen.findByText('尚无已评定的月份')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '运行模拟' })).toBeNull();
  });

  it('is for head office only', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('BRANCH_ADMIN') });
    renderApp(api, '/simulator');
    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(api.requests.some((r) => r.path.startsWith('/api/policy-simulator'))).toBe(false);
  });
});
