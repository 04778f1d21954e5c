/**
 * A post-login destination that can only stay on this site: a relative path, never
 * `//evil.example`, `/\evil.example`, `https://…` or `javascript:`.
 */
export function safeNextPath(next: unknown, fallback = '/images'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return fallback;
  }
  try {
    const base = 'http://iris.invalid';
    const url = new URL(next, base);
    if (url.origin !== base) return fallback;
    if (url.pathname.startsWith('/login') || url.pathname.startsWith('/api/')) return fallback;
    return url.pathname + url.search;
  } catch {
    return fallback;
  }
}

export function loginUrl(next?: string, reason?: 'expired' | 'signed-out'): string {
  const params = new URLSearchParams();
  const path = safeNextPath(next, '');
  if (path && path !== '/images') params.set('next', path);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}
