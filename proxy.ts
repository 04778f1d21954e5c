import { NextResponse, type NextRequest } from 'next/server';
import { WEBSSO_CALLBACK_PATH } from '@/lib/auth/websso-urls';
import { originMatches } from '@/lib/http/forwarded';
import { contextOf, cookiesSecure, type RequestContext } from '@/lib/http/request-context';
import { revokeToken } from '@/lib/keystone/client';
import { auditRequest } from '@/lib/log/audit';
import { PATH_HEADER } from '@/lib/session/constants';
import { SESSION_COOKIE } from '@/lib/session/cookie';
import { needsTouch } from '@/lib/session/lifetime';
import { loginUrl } from '@/lib/session/redirect';
import {
  endedCookie,
  endedReason,
  expiredCookie,
  lifetimeLimits,
  readSealedSession,
  sessionCookie,
  sessionCookieName,
  type CookieToSet,
  type EndedReason,
} from '@/lib/session/sealed';

// Every page gets a fresh nonce for its scripts; nothing inline runs without it.
function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV !== 'production';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}

const PUBLIC_PATHS = ['/login', '/auth/websso/'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const HSTS = 'max-age=31536000';

/** What the session cookie says for this page request, and the cookie the response must set. */
type SessionCheck = { kind: 'none' | 'live'; cookie?: CookieToSet } | { kind: 'ended'; reason: EndedReason; cookie?: CookieToSet };

/**
 * Pages only: route handlers check the session themselves, and background polling is not
 * activity. (Next hides whether a page request is a router prefetch from proxy.ts, so the
 * prefetches that follow a navigation count with it.) GET: a session past its idle or absolute
 * limit ends here: logged, its token revoked, its cookie replaced by an "ended" marker that later
 * requests only redirect on; a live one gets a fresh activity time every so often. Other methods never touch the cookie: their
 * actions may set it themselves (sign-in, switch project).
 */
function checkSession(request: NextRequest, context: RequestContext): SessionCheck {
  const secure = cookiesSecure(context);
  const value = request.cookies.get(sessionCookieName(secure))?.value;
  if (!value) return { kind: 'none' };
  const ended = endedReason(value);
  if (ended) return { kind: 'ended', reason: ended };
  if (!SAFE_METHODS.has(request.method)) return { kind: 'live' };
  const read = readSealedSession(value);
  const action = `${request.method} ${request.nextUrl.pathname}`;
  if (!read) {
    auditRequest(request.headers, { action, outcome: 'refused', reason: 'cookie_invalid' });
    return { kind: 'none', cookie: expiredCookie(SESSION_COOKIE, secure) };
  }
  if (read.end) {
    auditRequest(request.headers, { action, outcome: 'ended', reason: read.end, session: read.session });
    // the session leaves this browser; revoking makes any copy of its cookie useless at Keystone too
    void revokeToken(read.session.cloud.keystoneUrl, read.session.token).catch(() => undefined);
    const reason = read.end === 'idle_timeout' ? 'idle' : 'expired';
    return { kind: 'ended', reason, cookie: endedCookie(reason, secure) };
  }
  const now = Date.now();
  if (!needsTouch(read.session, now, lifetimeLimits())) return { kind: 'live' };
  return { kind: 'live', cookie: sessionCookie({ ...read.session, lastSeenAt: now }, secure, now) };
}

function refuseForeignOrigin(request: NextRequest) {
  auditRequest(request.headers, { action: `${request.method} ${request.nextUrl.pathname}`, outcome: 'refused', reason: 'origin_mismatch', status: 403 });
  const response = NextResponse.json({ error: { message: 'This request did not come from an Iris page.' } }, { status: 403 });
  if (REPLICA_ID) response.headers.set('x-iris-replica', REPLICA_ID);
  return response;
}

// Behind a load balancer, which replica answered (docs/deployment.md): a name, never a secret.
const REPLICA_ID = /^[A-Za-z0-9_-]{1,32}$/.test(process.env.IRIS_REPLICA_ID ?? '') ? process.env.IRIS_REPLICA_ID : undefined;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const context = contextOf(request.headers);
  // Server actions get Next's own Origin check too, but that compares the host only.
  const origin = request.headers.get('origin');
  // Keystone's WebSSO answer comes from Keystone's page: its route checks Origin against Keystone itself.
  const checkOrigin = pathname !== WEBSSO_CALLBACK_PATH;
  if (checkOrigin && !SAFE_METHODS.has(request.method) && origin !== null && !originMatches(origin, context)) return refuseForeignOrigin(request);

  const isPage = !pathname.startsWith('/api/');
  const session: SessionCheck = isPage ? checkSession(request, context) : { kind: 'live' };
  let response: NextResponse;
  // Optimistic check only: every page, action and route handler verifies the session itself.
  if (isPage && session.kind !== 'live' && !PUBLIC_PATHS.some((p) => pathname.startsWith(p))) {
    const back = pathname + search;
    const reason = session.kind === 'ended' ? session.reason : undefined;
    response = NextResponse.redirect(new URL(loginUrl(back === '/' ? undefined : back, reason), request.url));
  } else {
    // 16 random bytes (24 base64 characters): it is repeated in every script tag of the page
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
    const csp = contentSecurityPolicy(nonce);
    const headers = new Headers(request.headers);
    headers.set('x-nonce', nonce);
    headers.set('content-security-policy', csp);
    headers.set(PATH_HEADER, pathname + search);
    response = NextResponse.next({ request: { headers } });
    response.headers.set('content-security-policy', csp);
  }
  if (session.cookie) response.cookies.set(session.cookie.name, session.cookie.value, session.cookie.options);
  if (context.https) response.headers.set('strict-transport-security', HSTS);
  if (REPLICA_ID) response.headers.set('x-iris-replica', REPLICA_ID);
  return response;
}

export const config = {
  // File routes stream many GB: a proxy in front of them would cap bodies at 10 MB.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/images/[^/]+/file|api/uploads).*)'],
};
