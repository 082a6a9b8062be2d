/**
 * Where to go after login: the page the user was on when the session ended, carried in the
 * login URL (?redirect=…). Only a path of this app is accepted — never another origin
 * ("//evil.example", "https://…", "/\\evil") — so the parameter cannot become an open redirect.
 */
export const REDIRECT_PARAM = 'redirect';

export function safeRedirect(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login/')) return '/';
  // Control characters have no place in a path and some browsers strip them into "//".
  if (/[\u0000-\u001f\u007f]/.test(value)) return '/';
  return value;
}

/** The login URL that brings the user back to `path` afterwards. */
export function loginPathFor(path: string): string {
  const target = safeRedirect(path);
  return target === '/' ? '/login' : `/login?${REDIRECT_PARAM}=${encodeURIComponent(target)}`;
}
