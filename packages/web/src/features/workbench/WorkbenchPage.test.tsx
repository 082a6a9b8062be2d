import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aSession } from '../../test-support/builders.ts';
import { apiError, fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aBranchSummary, aTierSummary, aTierTransitions, BRANCH, SUB_BRANCH } from '../dashboards/tier-builders.test-support.ts';

const SUMMARY = 'GET /api/tiers/summary';
const TRANSITIONS = 'GET /api/tiers/transitions';
const hrefOf = (name: string) => screen.getByRole('link', { name }).getAttribute('href');

describe('workbench with tier figures', () => {
  it('shows an RM their own customers by tier, the metric total and this month’s changes, each a link to the list without an org', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'),
      [SUMMARY]: aTierSummary({ basis: 'OWN_CUSTOMERS' }),
      [TRANSITIONS]: aTierTransitions({ basis: 'OWN_CUSTOMERS' }),
    });
    renderApp(api, '/workbench');
    await screen.findByText('我管户及支持的客户');
    expect(screen.getByText('2026年9月 评定 · 分层标准 rolling-quarter-2020 第1版')).toBeTruthy();
    expect(hrefOf('客户总数 160')).toBe('/customers');
    expect(hrefOf('金卡 30')).toBe('/customers?serviceTier=GOLD');
    expect(hrefOf('钻石 2')).toBe('/customers?serviceTier=DIAMOND');
    expect(hrefOf('私人银行 0')).toBe('/customers?serviceTier=PRIVATE');
    // The AUM figure says which one it is: the policy's metric, summed.
    expect(hrefOf('滚动季日均金融资产合计 ¥1,770.00万')).toBe('/customers');
    expect(screen.getByTitle('¥17,700,000.50')).toBeTruthy();
    expect(hrefOf('升级 2')).toBe('/customers?tierChange=UP');
    expect(hrefOf('降级 1')).toBe('/customers?tierChange=DOWN');
    expect(hrefOf('未达标 4')).toBe('/customers?status=SUBSTANDARD');
    expect(hrefOf('达标未升级 7')).toBe('/customers?status=QUALIFIED_NOT_UPGRADED');
    expect(screen.queryByText('下辖机构')).toBeNull();
  });

  it('gives an outlet head the outlet’s figures, linked with the outlet', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('OUTLET_HEAD'), [SUMMARY]: aTierSummary(), [TRANSITIONS]: aTierTransitions() });
    renderApp(api, '/workbench');
    await screen.findByText('全机构客户');
    expect(hrefOf('白金 8')).toBe('/customers?serviceTier=PLATINUM&orgId=4');
    expect(hrefOf('未达标 4')).toBe('/customers?orgId=4&status=SUBSTANDARD');
    expect(hrefOf('升级 2')).toBe('/customers?orgId=4&tierChange=UP');
  });

  it('lets a branch admin drill down into a child org and back', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSession('BRANCH_ADMIN', { orgId: 2, org: BRANCH }),
      [SUMMARY]: aBranchSummary(),
      [TRANSITIONS]: aTierTransitions({ org: BRANCH }),
    });
    const urls: string[] = [];
    const { router } = renderApp({ ...api, fetch: (request: Request) => (urls.push(request.url), api.fetch(request)) }, '/workbench');
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('button', { name: '查看 西湖支行' }).closest('tr')!;
    expect(within(row).getByRole('link', { name: '西湖支行 客户总数 120' }).getAttribute('href')).toBe('/customers?orgId=3');
    expect(within(row).getByRole('link', { name: '西湖支行 金卡 20' }).getAttribute('href')).toBe('/customers?serviceTier=GOLD&orgId=3');

    api.answer(SUMMARY, aTierSummary({ org: SUB_BRANCH }));
    api.answer(TRANSITIONS, aTierTransitions({ org: SUB_BRANCH }));
    await userEvent.setup().click(within(row).getByRole('button', { name: '查看 西湖支行' }));
    await waitFor(() => expect(router.state.location.search).toBe('?orgId=3'));
    await screen.findByRole('button', { name: '返回 杭州分行' });
    const asked = urls.filter((url) => new URL(url).pathname.startsWith('/api/tiers/')).map((url) => `${new URL(url).pathname}${new URL(url).search}`);
    expect(asked.slice(-2).sort()).toEqual(['/api/tiers/summary?orgId=3', '/api/tiers/transitions?orgId=3']);
    expect(hrefOf('金卡 30')).toBe('/customers?serviceTier=GOLD&orgId=3');

    api.answer(SUMMARY, aBranchSummary());
    await userEvent.setup().click(screen.getByRole('button', { name: '返回 杭州分行' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('button', { name: '查看 滨江支行' })).toBeTruthy();
  });

  it('says so plainly when no evaluation exists yet', async () => {
    const notEvaluated = apiError(404, 'EVALUATION_NOT_FOUND', '尚无分层评定');
    const api = fakeApi({ 'GET /api/auth/me': aSession('OUTLET_HEAD'), [SUMMARY]: notEvaluated, [TRANSITIONS]: notEvaluated });
    renderApp(api, '/workbench');
    expect(await screen.findByText('暂无分层统计')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /客户总数/ })).toBeNull();
  });

  it('shows the server’s message for another error, with a retry', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('OUTLET_HEAD'), [SUMMARY]: apiError(500, 'INTERNAL', '服务器内部错误'), [TRANSITIONS]: aTierTransitions() });
    renderApp(api, '/workbench');
    expect(await screen.findByText('服务器内部错误')).toBeTruthy();
    expect(screen.getByRole('button', { name: /重\s?试/ })).toBeTruthy();
  });
});

describe('workbench without tier figures', () => {
  it('gives a teller a quick search that opens the customer list with q, and asks for no tier figures', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('TELLER') });
    const { router } = renderApp(api, '/workbench');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('客户姓名或客户号'), ' 曾婷 ');
    await user.click(screen.getByRole('button', { name: /查\s?询/ }));
    await waitFor(() => expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(`/customers?q=${encodeURIComponent('曾婷')}`));
    expect(api.requests.some((request) => request.path.startsWith('/api/tiers'))).toBe(false);
  });

  it('gives an auditor the way to the audit trail, never a 403', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('AUDITOR') });
    renderApp(api, '/workbench');
    expect((await screen.findByRole('link', { name: /查看审计日志/ })).getAttribute('href')).toBe('/audit');
    expect(screen.queryByText('无权访问')).toBeNull();
    expect(screen.queryByLabelText('客户姓名或客户号')).toBeNull();
  });
});
