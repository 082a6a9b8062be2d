import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { unwrap } from '../api/api-error.ts';
import type { ApiClient } from '../api/client.ts';
import type { Permission } from '../access/permissions.ts';
import { ForbiddenPage, PageError, PageLoading } from '../ui/PageState.tsx';
import { loginPathFor } from './redirect.ts';
import { useCan, useServices, useSession } from './session-hooks.ts';
import type { SessionStore, SessionView } from './session-store.ts';

// One question per store even when several components (or React's strict-mode double effects) ask.
const pendingBoots = new WeakMap<SessionStore, Promise<SessionView>>();

function bootOnce(api: ApiClient, session: SessionStore): Promise<SessionView> {
  let pending = pendingBoots.get(session);
  if (!pending) {
    pending = unwrap(api.GET('/api/auth/me')).finally(() => pendingBoots.delete(session));
    pendingBoots.set(session, pending);
  }
  return pending;
}

/**
 * Asks GET /api/auth/me once when the app starts: a reloaded page keeps its session (the cookie)
 * and gets its CSRF token back. A 401 makes the store anonymous (through the API client).
 */
export function useSessionBoot(): { error: unknown; retry: () => void } {
  const { api, session } = useServices();
  const state = useSession();
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (state.status !== 'unknown') return;
    let cancelled = false;
    bootOnce(api, session).then(
      (view) => {
        if (session.getState().status === 'unknown') session.signIn(view);
      },
      (cause: unknown) => {
        if (!cancelled && session.getState().status === 'unknown') setError(cause);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, session, state.status, attempt]);
  return {
    error,
    retry: () => {
      setError(null);
      setAttempt((n) => n + 1);
    },
  };
}

/**
 * Pages behind login. Without a session the user goes to the login page, which brings them back
 * here afterwards — except after a deliberate logout, when there is nowhere to go back to.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const state = useSession();
  const location = useLocation();
  const boot = useSessionBoot();
  if (state.status === 'unknown') return boot.error ? <PageError error={boot.error} onRetry={boot.retry} /> : <PageLoading />;
  if (state.status === 'anonymous') {
    const target = state.reason === 'logged-out' ? '/login' : loginPathFor(location.pathname + location.search);
    return <Navigate to={target} replace />;
  }
  return children;
}

/** A page for one permission: without it, a 403 page instead of a screen that fails. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : <ForbiddenPage />;
}
