import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The session cookie. HttpOnly: scripts (and so XSS) cannot read the token. SameSite=Lax: the
 * browser leaves it off cross-site sub-requests and cross-site POSTs. Path=/: one session for the
 * API and the web app. Secure when the request came over TLS or GUIBIN_COOKIE_SECURE=1 (set it
 * behind a TLS-terminating proxy); plain HTTP on localhost keeps working for development.
 */
export const SESSION_COOKIE = 'guibin_session';

function isSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https' || process.env.GUIBIN_COOKIE_SECURE === '1';
}

function cookieOptions(request: FastifyRequest): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: isSecure(request) };
}

export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const token = request.cookies[SESSION_COOKIE];
  return token && token.length > 0 ? token : undefined;
}

/** Expires with the session's absolute lifetime; the idle timeout is enforced on the server. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  void reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), expires: expiresAt });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
}
