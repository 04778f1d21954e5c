import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { originMatches, requestContext, type HeaderGetter, type RequestContext } from './forwarded';
import { PEER_HEADER, stampedPeer } from './peer';

export type { RequestContext };

/** A header getter over fetch `Headers` or a Node `IncomingHttpHeaders` record. */
export function headerGetter(source: Headers | Record<string, string | string[] | undefined>): HeaderGetter {
  if (typeof source.get === 'function') return (name) => (source as Headers).get(name);
  return (name) => {
    const value = (source as Record<string, string | string[] | undefined>)[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
}

/** Origin, https-ness and client address of a request, with X-Forwarded-* trusted only from TRUSTED_PROXIES. */
export function contextOf(source: Headers | Record<string, string | string[] | undefined>): RequestContext {
  const header = headerGetter(source);
  return requestContext(header, { trustedProxies: env().TRUSTED_PROXIES, publicOrigin: env().PUBLIC_ORIGIN }, stampedPeer(header(PEER_HEADER)));
}

/** The same for the request being rendered (pages, server actions). */
export async function currentRequestContext(): Promise<RequestContext> {
  return contextOf(await headers());
}

/** Whether cookies get `Secure` (and so the `__Host-` name): SESSION_COOKIE_SECURE, or https when `auto`. */
export function cookiesSecure(context: RequestContext): boolean {
  const setting = env().SESSION_COOKIE_SECURE;
  return setting === 'auto' ? context.https : setting === 'true';
}

/**
 * Is a request from a page of Iris itself? For mutating routes outside server actions: `Origin`
 * must be exactly Iris's origin (scheme, host and port), from PUBLIC_ORIGIN or, without it, from
 * the request (X-Forwarded-* counted only from TRUSTED_PROXIES).
 */
export function isSameOrigin(source: Headers | Record<string, string | string[] | undefined>): boolean {
  return originMatches(headerGetter(source)('origin'), contextOf(source));
}
