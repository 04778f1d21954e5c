const BASE = 'http://iris.invalid';

/** Why the login page is shown; it says so above the form. */
export type LoginReason = 'expired' | 'idle' | 'signed-out' | 'signed-out-everywhere';

/** A path that, used as a redirect target, stays on this site: one leading slash and our origin. */
function staysHere(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return false;
  try {
    return new URL(path, BASE).origin === BASE;
  } catch {
    return false;
  }
}

/**
 * A post-login destination that can only stay on this site. The check runs on the FINAL path,
 * after URL resolution: `/.//evil.example`, `/%2e//evil.example`, `/..//evil.example` and
 * `/./\evil.example` all resolve to `//evil.example…`, which a browser reads as another host.
 */
export function safeNextPath(next: unknown, fallback = '/images'): string {
  if (typeof next !== 'string' || !staysHere(next)) return fallback;
  const url = new URL(next, BASE);
  const path = url.pathname + url.search;
  if (!staysHere(path)) return fallback;
  if (url.pathname.startsWith('/login') || url.pathname.startsWith('/api/')) return fallback;
  return path;
}

export function loginUrl(next?: string, reason?: LoginReason): string {
  const params = new URLSearchParams();
  const path = safeNextPath(next, '');
  if (path && path !== '/images') params.set('next', path);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}
