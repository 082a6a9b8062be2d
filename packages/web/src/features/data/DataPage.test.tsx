import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aSession } from '../../test-support/builders.ts';
import { apiError, json, fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import type { DataStatus, EvaluationRun, ImportRun, ImportRunDetail } from './data-types.ts';

function aDataStatus(overrides: Partial<DataStatus> = {}): DataStatus {
  return {
    lastImport: { id: '7', finishedAt: '2026-10-01T01:30:00.000Z', actor: 'S00001', sourceDir: '/feeds/2026-09-30', daysClosed: ['2026-09-29', '2026-09-30'] },
    closedDays: { first: '2026-07-01', last: '2026-09-30', count: 88, lastClosedAt: '2026-10-01T01:30:00.000Z' },
    gaps: { days: 4, rangeCount: 2, ranges: [{ from: '2026-08-10', to: '2026-08-12', days: 3 }, { from: '2026-08-31', to: '2026-08-31', days: 1 }] },
    policyInForce: 'month-avg-4-tier',
    evaluations: [
      {
        runId: '41',
        policy: { code: 'month-avg-4-tier', version: 2 },
        month: '2026-07',
        customers: 12345,
        qualifiedCounts: { STANDARD: 12000, GOLD: 345 },
        finishedAt: '2026-08-01T02:00:00.000Z',
        inForce: true,
      },
    ],
    runningEvaluation: null,
    unevaluableMonths: [
      { policy: { code: 'month-avg-4-tier', version: 2 }, metric: 'MONTH_AVG', gapHandling: 'REFUSE', inForce: true, month: '2026-08', reason: 'MONTH_NOT_CLOSED', missingDays: 4 },
    ],
    ...overrides,
  };
}

function anImportRun(overrides: Partial<ImportRun> = {}): ImportRun {
  return {
    id: '8',
    status: 'REJECTED',
    actor: 'S00001',
    sourceDir: '/feeds/bad',
    startedAt: '2026-10-02T01:00:00.000Z',
    finishedAt: '2026-10-02T01:00:05.000Z',
    durationMs: 5000,
    files: [{ name: 'customers.csv', kind: 'customers', action: 'load', rows: 3, sha256: 'ab' }],
    rowCounts: { 'customers.csv': 3, 'accounts.csv': 1200 },
    daysClosed: [],
    errorCount: 2,
    errorsStored: 2,
    ...overrides,
  };
}

function anEvaluationRun(overrides: Partial<EvaluationRun> = {}): EvaluationRun {
  return {
    id: '42',
    policy: { code: 'month-avg-4-tier', version: 2 },
    month: '2026-09',
    actor: 'S00009',
    status: 'RUNNING',
    phase: null,
    progress: { done: 0, total: 2 },
    startedAt: '2026-10-02T02:00:00.000Z',
    finishedAt: null,
    durationMs: null,
    customers: 0,
    qualifiedCounts: {},
    serviceCounts: {},
    statusCounts: {},
    window: null,
    error: null,
    errorCode: null,
    ...overrides,
  };
}

const POLICIES = {
  policies: [{ code: 'month-avg-4-tier', versions: 2, activeVersion: 2, policy: { code: 'month-avg-4-tier', version: 2, name: '月日均四档' } }],
};

function dataPageApi(role = 'HQ_WEALTH_ADMIN', extra: Record<string, unknown> = {}) {
  return fakeApi({
    'GET /api/auth/me': aSession(role),
    'GET /api/data-status': aDataStatus(),
    'GET /api/import-runs': { runs: [anImportRun(), anImportRun({ id: '7', status: 'APPLIED', errorCount: 0, errorsStored: 0, daysClosed: ['2026-09-29', '2026-09-30'] })], total: 2, page: 1, pageSize: 20 },
    'GET /api/evaluation-runs': { runs: [anEvaluationRun({ id: '41', month: '2026-07', status: 'SUCCEEDED', customers: 12345, progress: { done: 2, total: 2 } })], total: 1, page: 1, pageSize: 10 },
    'GET /api/tier-policies': POLICIES,
    ...extra,
  });
}

describe('data management', () => {
  it('shows the last import, the last closed day, the latest evaluation and warns of the gaps', async () => {
    renderApp(dataPageApi(), '/data');
    const status = await screen.findByTestId('data-status');
    expect(within(status).getByText('2026/10/01 09:30，由 S00001 导入')).toBeTruthy();
    expect(within(status).getByText('日终营业日：2026/09/29 – 2026/09/30（2 天）')).toBeTruthy();
    expect(within(status).getByText('2026/09/30')).toBeTruthy();
    expect(within(status).getByText('自 2026/07/01 起共 88 个营业日')).toBeTruthy();
    expect(within(status).getByText('month-avg-4-tier v2')).toBeTruthy();
    expect(within(status).getByText('12,345 位客户')).toBeTruthy();
    const gaps = within(status).getByTestId('data-gaps');
    expect(within(gaps).getByText('有 4 天缺少余额数据')).toBeTruthy();
    expect(within(gaps).getByText('2026/08/10 – 2026/08/12；2026/08/31')).toBeTruthy();
    expect(within(gaps).getByText(/2026年8月（月末未日终，窗口缺 4 天）/)).toBeTruthy();
  });

  it('lists import runs with row counts and error counts, paged on the server', async () => {
    const api = dataPageApi();
    renderApp(api, '/data');
    const table = await screen.findByTestId('import-runs');
    await within(table).findByText('已拒绝');
    const rows = [...table.querySelectorAll<HTMLElement>('tr[data-row-key]')];
    expect(rows.map((row) => row.dataset.rowKey)).toEqual(['8', '7']);
    expect(within(rows[0]!).getByText('1,203')).toBeTruthy();
    expect(within(rows[0]!).getByText('2')).toBeTruthy();
    expect(within(rows[1]!).getByText('已入库')).toBeTruthy();
    expect(api.requests.find((r) => r.path === '/api/import-runs')).toBeTruthy();
  });

  it("opens a run and lists its errors by file:line and field, one file's when chosen", async () => {
    const detail = (file?: string): ImportRunDetail => ({
      ...anImportRun(),
      applied: null,
      errors: {
        items: [
          { file: 'customers.csv', line: 2, field: 'phone', message: 'not a phone number: "139*****678x"' },
          ...(file ? [] : [{ file: 'accounts.csv', line: 0, field: '', message: 'missing header customer_no' }]),
        ],
        page: 1,
        pageSize: 20,
        total: file ? 1 : 2,
        file: file ?? null,
      },
      errorFiles: [
        { file: 'customers.csv', errors: 1 },
        { file: 'accounts.csv', errors: 1 },
      ],
    });
    const urls: string[] = [];
    const api = dataPageApi('HQ_WEALTH_ADMIN', {
      'GET /api/import-runs/8': () => json(200, detail(urls.at(-1)?.includes('file=') ? 'customers.csv' : undefined)),
    });
    const fetch = api.fetch;
    renderApp({ ...api, fetch: (request: Request) => (urls.push(request.url), fetch(request)) }, '/data');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '查看导入批次 8' }));
    const errors = await screen.findByTestId('import-run-errors');
    expect(await within(errors).findByText('customers.csv:2')).toBeTruthy();
    expect(within(errors).getByText('phone')).toBeTruthy();
    expect(within(errors).getByText('not a phone number: "139*****678x"')).toBeTruthy();
    // Line 0: the file as a whole.
    expect(within(errors).getByText('accounts.csv')).toBeTruthy();
    expect(urls.filter((url) => url.includes('/api/import-runs/8')).at(-1)).toContain('page=1&pageSize=20');

    await user.click(screen.getByRole('combobox', { name: '按文件筛选错误' }));
    await user.click(await screen.findByTitle('customers.csv (1)'));
    await waitFor(() => expect(urls.at(-1)).toContain('file=customers.csv'));
    await waitFor(() => expect(within(screen.getByTestId('import-run-errors')).queryByText('accounts.csv')).toBeNull());
  }, 15_000);

  it("says how many feed relations were kept because the app's relation is the record", async () => {
    const api = dataPageApi('HQ_WEALTH_ADMIN', {
      'GET /api/import-runs/8': json(200, {
        ...anImportRun(),
        applied: { orgs: 0, staff: 0, products: 0, customers: 12, accounts: 30, maintainers: 5, maintainersKeptInApp: 3, fxRates: 0 },
        errors: { items: [], page: 1, pageSize: 20, total: 0, file: null },
        errorFiles: [],
      } satisfies ImportRunDetail),
    });
    renderApp(api, '/data');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '查看导入批次 8' }));
    expect(await screen.findByText('客户 12 行、账户 30 行、管户关系 5 行')).toBeTruthy();
    expect(screen.getByText(/管户关系 3 行未入库/)).toBeTruthy();
  });

  it('starts an evaluation, shows its progress until it is done, then reads the status again', async () => {
    const api = dataPageApi('HQ_WEALTH_ADMIN', {
      'POST /api/evaluation-runs': json(202, anEvaluationRun()),
      'GET /api/evaluation-runs/42': [
        json(200, anEvaluationRun({ phase: 'evaluate', progress: { done: 1, total: 2 } })),
        json(200, anEvaluationRun({ status: 'SUCCEEDED', phase: 'evaluate', progress: { done: 2, total: 2 }, customers: 3, finishedAt: '2026-10-02T02:00:03.000Z' })),
      ],
    });
    renderApp(api, '/data');
    const user = userEvent.setup();
    // The month defaults to the last closed day's.
    const month = await screen.findByRole('textbox', { name: '评定月份' });
    await waitFor(() => expect((month as HTMLInputElement).value).toBe('2026-09'));
    // The policy in force is offered, as the last closed month is.
    await waitFor(() => expect(screen.getByTitle('月日均四档（month-avg-4-tier v2）')).toBeTruthy());
    await user.click(screen.getByRole('button', { name: '开始评定' }));
    await waitFor(() => expect(api.bodiesOf('POST /api/evaluation-runs')).toEqual([{ policyCode: 'month-avg-4-tier', month: '2026-09' }]));

    const progress = await screen.findByRole('progressbar', { name: '评定进度：month-avg-4-tier 2026年9月' });
    await waitFor(() => expect(progress.getAttribute('aria-valuenow')).toBe('50'));
    await waitFor(() => expect(screen.getByRole('progressbar', { name: /评定进度/ }).getAttribute('aria-valuenow')).toBe('100'), { timeout: 4000 });
    expect(await screen.findByText('month-avg-4-tier v2 2026年9月 评定完成')).toBeTruthy();
    // Done: the status and the runs are read again, and the run is no longer asked for.
    await waitFor(() => expect(api.requests.filter((r) => r.path === '/api/data-status').length).toBeGreaterThanOrEqual(2));
    expect(api.requests.filter((r) => r.path === '/api/evaluation-runs').length).toBeGreaterThanOrEqual(2);
    const polls = api.requests.filter((r) => r.path === '/api/evaluation-runs/42').length;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(api.requests.filter((r) => r.path === '/api/evaluation-runs/42')).toHaveLength(polls);
  }, 15_000);

  it('shows a failed run with its reason, and a refused start with the server message', async () => {
    const api = dataPageApi('HQ_WEALTH_ADMIN', {
      'GET /api/data-status': aDataStatus({ runningEvaluation: { runId: '42', policy: { code: 'month-avg-4-tier', version: 2 }, month: '2026-09', startedAt: '2026-10-02T02:00:00.000Z' } }),
      'GET /api/evaluation-runs/42': json(
        200,
        anEvaluationRun({ status: 'FAILED', errorCode: 'DATA_GAP', error: 'cannot evaluate …', finishedAt: '2026-10-02T02:00:01.000Z', progress: { done: 0, total: 2 } }),
      ),
      'POST /api/evaluation-runs': apiError(409, 'EVALUATION_RUNNING', '等级评定正在进行（2026-09），请在完成后再试'),
    });
    renderApp(api, '/data');
    // The running evaluation named by the status is watched without starting anything.
    expect(await screen.findByText('评定失败')).toBeTruthy();
    expect(screen.getAllByText('评定窗口内有日期缺少余额数据，而该政策不顺延前一日数据。').length).toBeGreaterThan(0);

    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByTitle('月日均四档（month-avg-4-tier v2）')).toBeTruthy());
    await user.click(screen.getByRole('button', { name: '开始评定' }));
    expect(await screen.findByText('等级评定正在进行（2026-09），请在完成后再试')).toBeTruthy();
  });

  it('checks the month before sending anything', async () => {
    const api = dataPageApi();
    renderApp(api, '/data');
    const user = userEvent.setup();
    const month = await screen.findByRole('textbox', { name: '评定月份' });
    await user.clear(month);
    await user.type(month, '2026-9');
    await user.click(screen.getByRole('button', { name: '开始评定' }));
    expect(await screen.findByText('请输入月份，格式 YYYY-MM，例如 2026-09')).toBeTruthy();
    expect(api.bodiesOf('POST /api/evaluation-runs')).toEqual([]);
  });

  it('asks for a policy when none is in force yet', async () => {
    const api = dataPageApi('HQ_WEALTH_ADMIN', { 'GET /api/data-status': aDataStatus({ policyInForce: null, evaluations: [] }) });
    renderApp(api, '/data');
    const user = userEvent.setup();
    await screen.findByRole('textbox', { name: '评定月份' });
    await user.click(screen.getByRole('button', { name: '开始评定' }));
    expect(await screen.findByText('请选择分层政策')).toBeTruthy();
    expect(api.bodiesOf('POST /api/evaluation-runs')).toEqual([]);
  });

  it('offers no evaluation to a role without evaluation.run, and says when there is no data at all', async () => {
    const api = fakeApi({
      'GET /api/auth/me': { ...aSession('HQ_WEALTH_ADMIN'), permissions: ['import-run.read'] },
      'GET /api/data-status': aDataStatus({
        lastImport: null,
        closedDays: { first: null, last: null, count: 0, lastClosedAt: null },
        gaps: { days: 0, rangeCount: 0, ranges: [] },
        policyInForce: null,
        evaluations: [],
        unevaluableMonths: [],
      }),
      'GET /api/import-runs': { runs: [], total: 0, page: 1, pageSize: 20 },
    });
    renderApp(api, '/data');
    expect(await screen.findByText('尚无成功导入')).toBeTruthy();
    expect(screen.getByText('尚无日终数据')).toBeTruthy();
    expect(screen.getByText('尚未评定')).toBeTruthy();
    expect(await screen.findByText('尚无导入批次')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '开始评定' })).toBeNull();
    expect(api.requests.some((r) => r.path.startsWith('/api/evaluation-runs'))).toBe(false);
  });

  it('speaks English too', async () => {
    renderApp(dataPageApi(), '/data', 'en');
    const status = await screen.findByTestId('data-status');
    expect(within(status).getByText('4 day(s) without balances')).toBeTruthy();
    expect(within(status).getByText('Aug 10, 2026 – Aug 12, 2026; Aug 31, 2026')).toBeTruthy();
    expect(within(status).getByText(/Aug 2026 \(month end not closed, 4 day\(s\) missing in the window\)/)).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Start evaluation' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Month' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'View import run 8' })).toBeTruthy();
  });

  it('shows the status error with a retry', async () => {
    const api = dataPageApi('HQ_WEALTH_ADMIN', { 'GET /api/data-status': apiError(500, 'INTERNAL', '服务器内部错误') });
    renderApp(api, '/data');
    expect(await screen.findByText('服务器内部错误')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /重\s?试/ }).length).toBeGreaterThan(0);
  });
});
