import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.ts';

/** The typed client of the server's API (types generated from its OpenAPI document). */
export type ApiClient = Client<paths>;

export const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOGIN_PATH = '/api/auth/login';
const ME_PATH = '/api/auth/me';

export interface ApiClientOptions {
  /** Same origin by default: the server serves the app and the API on one port. */
  baseUrl?: string;
  /** The UI language, sent as Accept-Language so that server messages match the screen. */
  language: () => string;
  /** The session's CSRF token (from login or GET /api/auth/me); null when logged out. */
  csrfToken: () => string | null;
  /** Called with a fresh token after the client re-read it (the server restarted, for example). */
  onCsrfToken: (token: string) => void;
  /** Any 401 but a failed login: the session is gone (expired, revoked, logged out elsewhere). */
  onUnauthenticated: () => void;
  /** For tests: the fetch to use. */
  fetch?: (request: Request) => Promise<Response>;
}

function pathOf(request: Request): string {
  return new URL(request.url, 'http://localhost').pathname;
}

async function errorCodeOf(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.clone().json()) as { code?: unknown };
    return typeof body.code === 'string' ? body.code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cookies go along (same origin; the session cookie is HttpOnly, scripts never see it). Every
 * write carries X-CSRF-Token. A write refused with CSRF_TOKEN_INVALID is retried once with a
 * token read again from GET /api/auth/me: tokens change when the server restarts without a
 * fixed secret (docs/sessions.md). A 401 anywhere but on login ends the session in the client.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const fetchImpl = options.fetch ?? ((input: Request) => globalThis.fetch(input));
  const baseUrl = options.baseUrl ?? (typeof window === 'undefined' ? 'http://localhost' : window.location.origin);
  // The body of a write can be read once: keep a copy per request for the one CSRF retry.
  const retryable = new Map<string, Request>();

  async function refreshCsrfToken(): Promise<string | null> {
    const response = await fetchImpl(
      new Request(new URL(ME_PATH, baseUrl), { credentials: 'same-origin', headers: { 'Accept-Language': options.language() } }),
    );
    if (response.status === 401) {
      options.onUnauthenticated();
      return null;
    }
    if (!response.ok) return null;
    const body = (await response.json()) as { csrfToken?: unknown };
    if (typeof body.csrfToken !== 'string') return null;
    options.onCsrfToken(body.csrfToken);
    return body.csrfToken;
  }

  const middleware: Middleware = {
    onRequest({ request, id }) {
      request.headers.set('Accept-Language', options.language());
      if (!SAFE_METHODS.has(request.method)) {
        const token = options.csrfToken();
        if (token) request.headers.set(CSRF_HEADER, token);
        if (pathOf(request) !== LOGIN_PATH) retryable.set(id, request.clone());
      }
      return request;
    },
    async onResponse({ request, response, id }) {
      const copy = retryable.get(id);
      retryable.delete(id);
      if (response.status === 401 && pathOf(request) !== LOGIN_PATH) {
        options.onUnauthenticated();
        return response;
      }
      if (response.status === 403 && copy && (await errorCodeOf(response)) === 'CSRF_TOKEN_INVALID') {
        const token = await refreshCsrfToken();
        if (!token) return response;
        copy.headers.set(CSRF_HEADER, token);
        const retried = await fetchImpl(copy);
        if (retried.status === 401) options.onUnauthenticated();
        return retried;
      }
      return response;
    },
    onError({ id }) {
      retryable.delete(id);
    },
  };

  const client = createClient<paths>({ baseUrl, credentials: 'same-origin', fetch: fetchImpl });
  client.use(middleware);
  return client;
}
