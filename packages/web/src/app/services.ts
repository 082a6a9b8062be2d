import { QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { ApiError } from '../shared/api/api-error.ts';
import { createApiClient, type ApiClient } from '../shared/api/client.ts';
import { createI18n, languageOf } from '../shared/i18n/i18n.ts';
import { forgetAll } from '../shared/session/session-memory.ts';
import { createSessionStore, type SessionStore } from '../shared/session/session-store.ts';

/** What every screen shares: one session, one API client, one query cache, one i18n instance. */
export interface AppServices {
  session: SessionStore;
  api: ApiClient;
  queryClient: QueryClient;
  i18n: i18n;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Every customer read is audited on the server: no refetch merely because a window
        // regained focus, and a short freshness so that going back to a list does not re-read it.
        refetchOnWindowFocus: false,
        staleTime: 30_000,
        // A refusal (4xx) will not change on retry; a network or server error might.
        retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}

export function createAppServices(overrides: Partial<AppServices> & { fetch?: (request: Request) => Promise<Response> } = {}): AppServices {
  const session = overrides.session ?? createSessionStore();
  const i18nInstance = overrides.i18n ?? createI18n();
  const queryClient = overrides.queryClient ?? createQueryClient();
  const api =
    overrides.api ??
    createApiClient({
      language: () => languageOf(i18nInstance),
      csrfToken: () => session.csrfToken(),
      onCsrfToken: (token) => session.setCsrfToken(token),
      onUnauthenticated: () => session.expire(),
      ...(overrides.fetch ? { fetch: overrides.fetch } : {}),
    });
  // Nothing read under one session stays in memory for the next: the cache goes with the session.
  session.subscribe(() => {
    if (session.getState().status !== 'anonymous') return;
    queryClient.clear();
    forgetAll();
  });
  // Server texts (error messages, the tier explanations) come in the UI language: read them again.
  i18nInstance.on('languageChanged', () => {
    void queryClient.invalidateQueries();
  });
  return { session, api, queryClient, i18n: i18nInstance };
}
