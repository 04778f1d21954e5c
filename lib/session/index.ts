import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { contextOf, cookiesSecure, currentRequestContext, headerGetter } from '@/lib/http/request-context';
import { PATH_HEADER } from './constants';
import { LAST_PROJECT_COOKIE, SESSION_COOKIE, cookieName, cookieOptions, readCookie } from './cookie';
import { loginUrl } from './redirect';
import type { Session } from './schema';
import { needsTouch } from './lifetime';
import { expiredCookie, lifetimeLimits, liveSession, readSealedSession, sessionCookie, sessionCookieName, type CookieToSet } from './sealed';

async function cookiesAreSecure(): Promise<boolean> {
  return cookiesSecure(await currentRequestContext());
}

/** The session of this request, or null; decoded once per request. */
export const getSession = cache(async (): Promise<Session | null> => {
  const store = await cookies();
  return liveSession(store.get(sessionCookieName(await cookiesAreSecure()))?.value);
});

/** The session of a raw request (route handlers outside Next's cookie store, the download route). */
export function sessionFromHeaders(source: Headers | Record<string, string | string[] | undefined>): Session | null {
  const secure = cookiesSecure(contextOf(source));
  return liveSession(readCookie(headerGetter(source)('cookie'), sessionCookieName(secure)));
}

/** The session's cookie with a fresh activity time, for a route handler whose request was long activity itself (an upload). */
export function renewedSessionCookie(session: Session, source: Headers | Record<string, string | string[] | undefined>): CookieToSet {
  return sessionCookie({ ...session, lastSeenAt: Date.now() }, cookiesSecure(contextOf(source)));
}

/**
 * The session this browser holds, even one past its idle or absolute limit: its Keystone token
 * may still be valid, so a new sign-in revokes it.
 */
export async function heldSession(): Promise<Session | null> {
  const store = await cookies();
  return readSealedSession(store.get(sessionCookieName(await cookiesAreSecure()))?.value)?.session ?? null;
}

/** The page this request renders (set by proxy.ts), used to come back after login. */
export async function currentPath(): Promise<string | undefined> {
  return (await headers()).get(PATH_HEADER) ?? undefined;
}

/** The session, or a redirect to the login page that comes back here. */
export async function requireSession(): Promise<Session> {
  const session = await getSession();
  if (!session) redirect(loginUrl(await currentPath()));
  await renewInServerAction(session);
  return session;
}

/**
 * A server action is activity too, and often the only request while someone works on one page
 * (its answer carries the refreshed page). proxy.ts renews the cookie on page requests; pages
 * cannot set cookies, actions can.
 */
async function renewInServerAction(session: Session): Promise<void> {
  if (!(await headers()).has('next-action')) return;
  const now = Date.now();
  if (!needsTouch(session, now, lifetimeLimits())) return;
  try {
    await setSession({ ...session, lastSeenAt: now });
  } catch {
    // the page re-rendered for the action's answer may not set cookies; the action itself did
  }
}

/** Send the user to log in again because Keystone no longer accepts the token. */
export async function redirectToLoginExpired(): Promise<never> {
  redirect(loginUrl(await currentPath(), 'expired'));
}

export async function setSession(session: Session): Promise<void> {
  const { name, value, options } = sessionCookie(session, await cookiesAreSecure());
  (await cookies()).set(name, value, options);
}

/** Remember the project to open at the next sign-in, with the session cookie's flags. */
export async function rememberProject(projectId: string): Promise<void> {
  const secure = await cookiesAreSecure();
  (await cookies()).set(cookieName(LAST_PROJECT_COOKIE, secure), projectId, cookieOptions(secure));
}

export async function rememberedProject(): Promise<string | undefined> {
  const secure = await cookiesAreSecure();
  return (await cookies()).get(cookieName(LAST_PROJECT_COOKIE, secure))?.value;
}

export async function clearSession(): Promise<void> {
  const { name, value, options } = expiredCookie(SESSION_COOKIE, await cookiesAreSecure());
  (await cookies()).set(name, value, options);
}
