import crypto from 'node:crypto';

/**
 * CSRF tokens for cookie-authenticated writes (docs/sessions.md). The token is
 * HMAC-SHA256(secret, session id): nothing to store, bound to one session, and useless after
 * that session ends. A cross-site page can make the browser send the cookie but cannot read the
 * token, so it cannot set `X-CSRF-Token`.
 */
export const CSRF_HEADER = 'x-csrf-token';

export interface Csrf {
  tokenFor(sessionId: string): string;
  isValid(sessionId: string, token: string | undefined): boolean;
}

/**
 * The secret comes from GUIBIN_SECRET; when unset a random per-process secret is used, which
 * means tokens change on restart (clients re-read them from GET /api/auth/me) and that several
 * processes behind one load balancer must share GUIBIN_SECRET.
 */
export function csrfSecretFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.GUIBIN_SECRET;
  return configured && configured.length > 0 ? configured : crypto.randomBytes(32).toString('base64url');
}

export function createCsrf(secret: string): Csrf {
  const tokenFor = (sessionId: string) => crypto.createHmac('sha256', secret).update(sessionId, 'utf8').digest('base64url');
  return {
    tokenFor,
    isValid(sessionId, token) {
      if (!token) return false;
      const expected = Buffer.from(tokenFor(sessionId), 'utf8');
      const given = Buffer.from(token, 'utf8');
      // Constant-time compare: the length check leaks only the (public) token length.
      return expected.length === given.length && crypto.timingSafeEqual(expected, given);
    },
  };
}
