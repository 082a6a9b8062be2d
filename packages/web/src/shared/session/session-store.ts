import type { paths } from '../api/schema.ts';

/** What GET /api/auth/me and POST /api/auth/login answer (docs/sessions.md). */
export type SessionView = paths['/api/auth/me']['get']['responses'][200]['content']['application/json'];

export type SessionState =
  /** Not known yet: the app is asking GET /api/auth/me. */
  | { status: 'unknown' }
  /** No session. `reason` tells the login page what to say. */
  | { status: 'anonymous'; reason?: 'expired' | 'logged-out' }
  | { status: 'authenticated'; session: SessionView };

export interface SessionStore {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  signIn(session: SessionView): void;
  /** The server said 401: the session ended without the user asking (idle timeout, revoked). */
  expire(): void;
  signOut(): void;
  csrfToken(): string | null;
  setCsrfToken(token: string): void;
}

/** A tiny external store (read with useSyncExternalStore): the API client and React share it. */
export function createSessionStore(initial: SessionState = { status: 'unknown' }): SessionStore {
  let state = initial;
  const listeners = new Set<() => void>();
  const set = (next: SessionState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn: (session) => set({ status: 'authenticated', session }),
    expire() {
      // Only a session the user had can expire; at start-up a 401 just means "not logged in".
      if (state.status === 'authenticated') set({ status: 'anonymous', reason: 'expired' });
      else if (state.status === 'unknown') set({ status: 'anonymous' });
    },
    signOut: () => set({ status: 'anonymous', reason: 'logged-out' }),
    csrfToken: () => (state.status === 'authenticated' ? state.session.csrfToken : null),
    setCsrfToken(token) {
      if (state.status === 'authenticated') set({ status: 'authenticated', session: { ...state.session, csrfToken: token } });
    },
  };
}

/** The permissions of the signed-in staff member; none when signed out. */
export function permissionsOf(state: SessionState): readonly string[] {
  return state.status === 'authenticated' ? state.session.permissions : [];
}
