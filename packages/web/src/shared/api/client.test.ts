import { describe, expect, it, vi } from 'vitest';
import { ApiError, NETWORK_ERROR, unwrap } from './api-error.ts';
import { createApiClient, type ApiClientOptions } from './client.ts';

interface Sent {
  method: string;
  path: string;
  headers: Headers;
  body: string;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A fake server: answers each request with the next scripted response and records what was sent. */
function fakeServer(...answers: Array<(sent: Sent) => Response>) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (request: Request) => {
    const record = { method: request.method, path: new URL(request.url).pathname, headers: request.headers, body: await request.text() };
    sent.push(record);
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected request ${record.method} ${record.path}`);
    return answer(record);
  });
  return { sent, fetch };
}

function clientWith(server: ReturnType<typeof fakeServer>, overrides: Partial<ApiClientOptions> = {}) {
  const options = {
    baseUrl: 'http://guibin.test',
    language: () => 'zh-CN',
    csrfToken: () => 'token-1',
    onCsrfToken: vi.fn(),
    onUnauthenticated: vi.fn(),
    fetch: server.fetch,
    ...overrides,
  };
  return { client: createApiClient(options), options };
}

const searchPage = { view: 'LIMITED', total: 0, totalExact: true, page: 1, pageSize: 20, countsByTier: null, notEvaluated: null, tierMonth: null, policyCode: null, items: [] };

describe('the API client', () => {
  it('sends the UI language on every request and the CSRF token on writes only', async () => {
    const server = fakeServer(
      () => json(200, { staff: { staffNo: 'S1', name: 'A', role: 'TELLER', orgId: 1 }, mustChangePassword: false, csrfToken: 'token-1', permissions: [] }),
      () => json(200, searchPage),
    );
    const { client } = clientWith(server, { language: () => 'en' });
    await unwrap(client.GET('/api/auth/me'));
    await unwrap(client.POST('/api/customers/search', { body: { q: '王', page: 1, pageSize: 20, sort: 'customerNo', order: 'asc' } }));
    const [me, search] = server.sent;
    expect(me!.headers.get('accept-language')).toBe('en');
    expect(me!.headers.has('x-csrf-token')).toBe(false);
    expect(search!.method).toBe('POST');
    expect(search!.headers.get('x-csrf-token')).toBe('token-1');
    expect(JSON.parse(search!.body)).toEqual({ q: '王', page: 1, pageSize: 20, sort: 'customerNo', order: 'asc' });
  });

  it('ends the session on a 401 from any route but login', async () => {
    const server = fakeServer(() => json(401, { code: 'UNAUTHENTICATED', message: '请先登录', details: {} }));
    const { client, options } = clientWith(server);
    const error = await unwrap(client.GET('/api/customers/{customerId}', { params: { path: { customerId: '26' } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: '请先登录' });
    expect(options.onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('does not treat a refused login as an expired session, and keeps the server message', async () => {
    const server = fakeServer(() => json(401, { code: 'LOGIN_FAILED', message: '工号或密码错误', details: {} }));
    const { client, options } = clientWith(server, { csrfToken: () => null });
    const error = await unwrap(client.POST('/api/auth/login', { body: { staffNo: 'S1', password: 'wrong' } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, code: 'LOGIN_FAILED', message: '工号或密码错误' });
    expect(options.onUnauthenticated).not.toHaveBeenCalled();
    expect(server.sent[0]!.headers.has('x-csrf-token')).toBe(false);
  });

  it('passes lockout and rate-limit answers through with their details', async () => {
    const server = fakeServer(
      () => json(423, { code: 'ACCOUNT_LOCKED', message: '账户已锁定', details: { lockedUntil: '2026-09-30T06:05:00.000Z' } }),
      () => json(429, { code: 'RATE_LIMITED', message: '尝试次数过多', details: { retryAfterMs: 42_000 } }),
    );
    const { client } = clientWith(server);
    const login = () => unwrap(client.POST('/api/auth/login', { body: { staffNo: 'S1', password: 'x' } })).catch((e: unknown) => e);
    expect(await login()).toMatchObject({ status: 423, code: 'ACCOUNT_LOCKED', details: { lockedUntil: '2026-09-30T06:05:00.000Z' } });
    expect(await login()).toMatchObject({ status: 429, code: 'RATE_LIMITED', details: { retryAfterMs: 42_000 } });
  });

  it('re-reads a stale CSRF token once and retries the write with the same body', async () => {
    let token = 'old-token';
    const server = fakeServer(
      () => json(403, { code: 'CSRF_TOKEN_INVALID', message: 'reload', details: {} }),
      () => json(200, { staff: { staffNo: 'S1', name: 'A', role: 'TELLER', orgId: 1 }, mustChangePassword: false, csrfToken: 'new-token', permissions: [] }),
      () => json(200, searchPage),
    );
    const { client, options } = clientWith(server, { csrfToken: () => token, onCsrfToken: vi.fn((next: string) => (token = next)) });
    const page = await unwrap(client.POST('/api/customers/search', { body: { phone: '13800000000', page: 1, pageSize: 20, sort: 'customerNo', order: 'asc' } }));
    expect(page).toEqual(searchPage);
    expect(server.sent.map((s) => `${s.method} ${s.path}`)).toEqual(['POST /api/customers/search', 'GET /api/auth/me', 'POST /api/customers/search']);
    expect(server.sent[2]!.headers.get('x-csrf-token')).toBe('new-token');
    expect(server.sent[2]!.body).toBe(server.sent[0]!.body);
    expect(options.onCsrfToken).toHaveBeenCalledWith('new-token');
  });

  it('ends the session when re-reading the CSRF token finds none', async () => {
    const server = fakeServer(
      () => json(403, { code: 'CSRF_TOKEN_INVALID', message: 'reload', details: {} }),
      () => json(401, { code: 'UNAUTHENTICATED', message: '请先登录', details: {} }),
    );
    const { client, options } = clientWith(server);
    const error = await unwrap(client.POST('/api/auth/logout')).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, code: 'CSRF_TOKEN_INVALID' });
    expect(options.onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('does not retry a 403 that is a real refusal', async () => {
    const server = fakeServer(() => json(403, { code: 'FORBIDDEN', message: '您的角色无权执行此操作', details: { permission: 'customer.read' } }));
    const { client, options } = clientWith(server);
    const error = await unwrap(client.POST('/api/customers/search', { body: { sort: 'aum', page: 1, pageSize: 20, order: 'asc' } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(server.sent).toHaveLength(1);
    expect(options.onUnauthenticated).not.toHaveBeenCalled();
  });

  it('turns a failed fetch into a network error, and a body without a code into an HTTP error', async () => {
    const offline = fakeServer(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await unwrap(clientWith(offline).client.GET('/api/auth/me')).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: NETWORK_ERROR });

    const proxy = fakeServer(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const gateway = await unwrap(clientWith(proxy).client.GET('/api/auth/me')).catch((e: unknown) => e);
    expect(gateway).toMatchObject({ status: 502, code: 'HTTP_502' });
  });
});
