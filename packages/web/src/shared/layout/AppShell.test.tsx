import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aSearchPage, aSession } from '../../test-support/builders.ts';
import { fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';

describe('the app shell renders from the permissions of the session', () => {
  it('gives a relationship manager the customer search and shows who is logged in', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'), 'POST /api/customers/search': aSearchPage(), 'GET /api/contact/today': { date: '2026-11-26', items: [], counts: { overdue: 0, dueToday: 0, doneToday: 0 } } });
    const { router } = renderApp(api, '/');
    const navigation = await screen.findByRole('navigation', { name: '主菜单' });
    expect(within(navigation).getByRole('link', { name: '客户查询' })).toBeTruthy();
    // "/" leads a relationship manager to Today (whom to contact); other roles to the workbench.
    await waitFor(() => expect(router.state.location.pathname).toBe('/today'));
    await router.navigate('/customers');
    expect(await screen.findByRole('heading', { name: '客户查询' })).toBeTruthy();
    const user = screen.getByTestId('current-user');
    expect(user.textContent).toContain('李瑶玉');
    expect(user.textContent).toContain('客户经理');
    expect(user.textContent).toContain('文三路网点');
    expect(screen.getByRole('button', { name: /退出登录/ })).toBeTruthy();
  });

  it('gives an auditor no customer page, in the menu or by URL', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('AUDITOR') });
    const { router } = renderApp(api, '/audit');
    const navigation = await screen.findByRole('navigation', { name: '主菜单' });
    expect(within(navigation).queryAllByRole('link').map((link) => link.textContent)).toEqual(['首页', '审计']);

    await router.navigate('/customers');
    expect(await screen.findByText('您的角色无权访问此页面。')).toBeTruthy();
    // The page did not even ask: the server would refuse, the client does not offer.
    expect(api.requests.some((r) => r.path.startsWith('/api/customers'))).toBe(false);
  });

  it('keeps a teller (limited view) out of the customer 360', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('TELLER') });
    renderApp(api, '/customers/26');
    expect(await screen.findByText('您的角色无权访问此页面。')).toBeTruthy();
    expect(api.requests.some((r) => r.path === '/api/customers/26')).toBe(false);
  });

  it('switches the whole interface to English and asks the server in English from then on', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'), 'POST /api/customers/search': aSearchPage() });
    renderApp(api, '/customers');
    await screen.findByRole('heading', { name: '客户查询' });
    screen.getByText('English').click();
    expect(await screen.findByRole('heading', { name: 'Customer search' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Log out/ })).toBeTruthy();
    await waitFor(() => expect(api.requests.at(-1)?.headers.get('accept-language')).toBe('en'));
    expect(api.requests[0]!.headers.get('accept-language')).toBe('zh-CN');
  });
});
