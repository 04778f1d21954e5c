import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/lib/env';
import { seal, unseal } from './seal';
import { loginUrl } from './redirect';
import { sessionSchema, type Session } from './schema';

import { PATH_HEADER, SESSION_COOKIE } from './constants';

export { SESSION_COOKIE };

function decode(value: string | undefined): Session | null {
  if (!value) return null;
  const parsed = sessionSchema.safeParse(unseal(value, env().SESSION_SECRET));
  if (!parsed.success) return null;
  // a minute of margin so a request never starts with a token about to lapse
  if (Date.parse(parsed.data.expiresAt) - 60_000 < Date.now()) return null;
  return parsed.data;
}

/** The session of this request, or null; decoded once per request. */
export const getSession = cache(async (): Promise<Session | null> => {
  const store = await cookies();
  return decode(store.get(SESSION_COOKIE)?.value);
});

/** Decode a session from a raw Cookie header (route handlers that bypass Next's cookie store). */
export function sessionFromCookieHeader(cookieHeader: string | null): Session | null {
  const match = cookieHeader?.split(/;\s*/).find((part) => part.startsWith(`${SESSION_COOKIE}=`));
  return decode(match ? decodeURIComponent(match.slice(SESSION_COOKIE.length + 1)) : undefined);
}

/** The page this request renders (set by proxy.ts), used to come back after login. */
export async function currentPath(): Promise<string | undefined> {
  return (await headers()).get(PATH_HEADER) ?? undefined;
}

/** The session, or a redirect to the login page that comes back here. */
export async function requireSession(): Promise<Session> {
  const session = await getSession();
  if (!session) redirect(loginUrl(await currentPath()));
  return session;
}

/** Send the user to log in again because Keystone no longer accepts the token. */
export async function redirectToLoginExpired(): Promise<never> {
  redirect(loginUrl(await currentPath(), 'expired'));
}

async function secureCookie(): Promise<boolean> {
  const setting = env().SESSION_COOKIE_SECURE;
  if (setting !== 'auto') return setting === 'true';
  const h = await headers();
  const proto = h.get('x-forwarded-proto') ?? (env().PUBLIC_ORIGIN?.startsWith('https:') ? 'https' : 'http');
  return proto === 'https';
}

export async function setSession(session: Session): Promise<void> {
  const maxAge = Math.max(60, Math.floor((Date.parse(session.expiresAt) - Date.now()) / 1000));
  (await cookies()).set(SESSION_COOKIE, seal(session, env().SESSION_SECRET), {
    httpOnly: true,
    sameSite: 'lax',
    secure: await secureCookie(),
    path: '/',
    maxAge,
  });
}

export async function clearSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
