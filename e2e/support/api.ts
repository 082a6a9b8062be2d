import { baseUrl } from './browser.ts';
import type { DemoLogin } from './demo-server.ts';

/**
 * The HTTP API as a logged-in staff member, for journeys that need to find their data first
 * (a customer outside an RM's outlet, say) — the browser then does what the user does.
 */
export async function apiSession(login: DemoLogin) {
  const response = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ staffNo: login.staffNo, password: login.password }),
  });
  if (!response.ok) throw new Error(`login as ${login.staffNo} failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.getSetCookie?.() ?? []).map((line) => line.split(';')[0]).join('; ');
  const session = (await response.json()) as { csrfToken?: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const answer = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(session.csrfToken ? { 'x-csrf-token': session.csrfToken } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
    return (await answer.json()) as T;
  };
  return { get: <T>(path: string) => call<T>('GET', path), post: <T>(path: string, body: unknown) => call<T>('POST', path, body) };
}
