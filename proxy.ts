import { NextResponse, type NextRequest } from 'next/server';
import { PATH_HEADER, SESSION_COOKIE } from '@/lib/session/constants';

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

const PUBLIC_PATHS = ['/login'];

// Behind a load balancer, which replica answered (docs/deployment.md): a name, never a secret.
const REPLICA_ID = /^[A-Za-z0-9_-]{1,32}$/.test(process.env.IRIS_REPLICA_ID ?? '') ? process.env.IRIS_REPLICA_ID : undefined;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPage = !pathname.startsWith('/api/');
  // Optimistic check only: every page, action and route handler verifies the session itself.
  if (isPage && !PUBLIC_PATHS.some((p) => pathname.startsWith(p)) && !request.cookies.has(SESSION_COOKIE)) {
    const login = new URL('/login', request.url);
    const back = pathname + search;
    if (back !== '/' && back !== '/images') login.searchParams.set('next', back);
    return withReplica(NextResponse.redirect(login));
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  headers.set(PATH_HEADER, pathname + search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  return withReplica(response);
}

function withReplica(response: NextResponse): NextResponse {
  if (REPLICA_ID) response.headers.set('x-iris-replica', REPLICA_ID);
  return response;
}

export const config = {
  // File routes stream many GB: a proxy in front of them would cap bodies at 10 MB.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/images/[^/]+/file|api/uploads).*)'],
};
