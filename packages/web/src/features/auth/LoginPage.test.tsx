import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aCustomerFile, aSearchPage, aSession } from '../../test-support/builders.ts';
import { apiError, fakeApi, json } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';

vi.mock('../customers/AumChart.tsx', () => ({ default: () => <div data-testid="aum-chart" /> }));

const notLoggedIn = () => apiError(401, 'UNAUTHENTICATED', '请先登录（会话不存在或已过期）');

async function logIn(staffNo: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('工号'), staffNo);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: /^登\s?录$/ }));
}

describe('login', () => {
  it("shows the server's message for a wrong password, and sends JSON without a CSRF token", async () => {
    const api = fakeApi({ 'GET /api/auth/me': notLoggedIn(), 'POST /api/auth/login': apiError(401, 'LOGIN_FAILED', '工号或密码错误') });
    renderApp(api, '/login');
    await logIn('S00009', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toContain('工号或密码错误');
    const [login] = api.requests.filter((r) => r.path === '/api/auth/login');
    expect(login!.body).toEqual({ staffNo: 'S00009', password: 'wrong' });
    expect(login!.headers.get('content-type')).toContain('application/json');
    expect(login!.headers.has('x-csrf-token')).toBe(false);
  });

  it('shows the lockout (423) with the time it ends, as the server words it', async () => {
    const api = fakeApi({
      'GET /api/auth/me': notLoggedIn(),
      'POST /api/auth/login': apiError(423, 'ACCOUNT_LOCKED', '账户已锁定，请于北京时间 2026-09-30 14:05:00 后再试', { lockedUntil: '2026-09-30T06:05:00.000Z' }),
    });
    renderApp(api, '/login');
    await logIn('S00009', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toContain('账户已锁定，请于北京时间 2026-09-30 14:05:00 后再试');
  });

  it('holds the button while a rate limit (429) lasts', async () => {
    const api = fakeApi({
      'GET /api/auth/me': notLoggedIn(),
      'POST /api/auth/login': apiError(429, 'RATE_LIMITED', '尝试次数过多，请 42 秒后重试', { retryAfterMs: 42_000 }),
    });
    renderApp(api, '/login');
    await logIn('S00009', 'x');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('尝试次数过多，请 42 秒后重试');
    expect(alert.textContent).toContain('请在 42 秒后重试。');
    expect(screen.getByRole('button', { name: /^登\s?录$/ }).hasAttribute('disabled')).toBe(true);
  });

  it('insists on both fields before asking the server', async () => {
    const api = fakeApi({ 'GET /api/auth/me': notLoggedIn() });
    renderApp(api, '/login');
    fireEvent.click(await screen.findByRole('button', { name: /^登\s?录$/ }));
    expect(await screen.findByText('请输入工号')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(api.requests.some((r) => r.path === '/api/auth/login')).toBe(false);
  });
});

describe('session expiry', () => {
  it('sends the user to login when the session ends, and back to the same page afterwards', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'),
      'GET /api/customers/26': notLoggedIn(),
      'POST /api/auth/login': aSession('RELATIONSHIP_MANAGER'),
    });
    const { router } = renderApp(api, '/customers/26');
    // The 360 answers 401: the session has ended on the server (idle timeout).
    expect(await screen.findByText('登录已超时，请重新登录。')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?redirect=%2Fcustomers%2F26');

    api.answer('GET /api/customers/26', aCustomerFile());
    await logIn('S00009', 'right');
    expect(await screen.findByRole('heading', { name: '曾婷敏' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/customers/26');
  });

  it('goes to login without a way back after a deliberate logout, and forgets what was shown', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSession('RELATIONSHIP_MANAGER'),
      'POST /api/customers/search': aSearchPage(),
      'POST /api/auth/logout': new Response(null, { status: 204 }),
    });
    const { router, services } = renderApp(api, '/customers');
    await screen.findByText('曾婷敏');
    await userEvent.setup().click(screen.getByRole('button', { name: /退出登录/ }));
    expect(await screen.findByText('您已安全退出。')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('');
    const logout = api.requests.find((r) => r.path === '/api/auth/logout');
    expect(logout!.headers.get('x-csrf-token')).toBe('csrf-token-1');
    await waitFor(() => expect(services.queryClient.getQueryCache().getAll()).toHaveLength(0));
  });

  it('logs in straight away from a reloaded login page when the session is still valid', async () => {
    const api = fakeApi({ 'GET /api/auth/me': json(200, aSession('RELATIONSHIP_MANAGER')), 'POST /api/customers/search': aSearchPage() });
    const { router } = renderApp(api, '/login?redirect=%2Fcustomers');
    await waitFor(() => expect(router.state.location.pathname).toBe('/customers'));
  });
});
