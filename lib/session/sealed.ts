import 'server-only';
import { env } from '@/lib/env';
import { SESSION_COOKIE, cookieName, cookieOptions, type CookieOptions } from './cookie';
import { cookieMaxAge, sessionEnd, type LifetimeLimits, type SessionEnd } from './lifetime';
import { seal, unseal } from './seal';
import { sessionSchema, type Session } from './schema';

export interface CookieToSet {
  name: string;
  value: string;
  options: CookieOptions;
}

export function lifetimeLimits(): LifetimeLimits {
  return { idleSeconds: env().SESSION_IDLE_TIMEOUT_SECONDS, maxAgeSeconds: env().SESSION_MAX_AGE_SECONDS };
}

/**
 * Sessions sealed before Iris offered several clouds have no `cloud`: KEYSTONE_URL issued them,
 * for OS_REGION's Glance, so an upgrade signs nobody out.
 */
function withCloud(payload: unknown): unknown {
  if (!payload || typeof payload !== 'object' || 'cloud' in payload) return payload;
  const { KEYSTONE_URL, OS_REGION, CLOUDS } = env();
  const keystoneUrl = KEYSTONE_URL.replace(/\/+$/, '');
  const label = CLOUDS.find((cloud) => cloud.keystoneUrl === keystoneUrl && cloud.region === OS_REGION)?.label ?? OS_REGION ?? 'Default';
  return { ...payload, cloud: { label, keystoneUrl, ...(OS_REGION ? { region: OS_REGION } : {}) } };
}

/**
 * The session in a cookie value and, when it is over, why. Null when there is no value or it
 * was forged, truncated, sealed with another secret or is of an older shape.
 */
export function readSealedSession(value: string | undefined, now = Date.now()): { session: Session; end: SessionEnd | null } | null {
  if (!value) return null;
  const parsed = sessionSchema.safeParse(withCloud(unseal(value, env().SESSION_SECRET)));
  if (!parsed.success) return null;
  return { session: parsed.data, end: sessionEnd(parsed.data, now, lifetimeLimits()) };
}

/** The live session in a cookie value, or null (absent, invalid, idle too long, past its cap). */
export function liveSession(value: string | undefined): Session | null {
  const read = readSealedSession(value);
  return read && !read.end ? read.session : null;
}

export function sessionCookieName(secure: boolean): string {
  return cookieName(SESSION_COOKIE, secure);
}

/** The Set-Cookie for a session: sealed, httpOnly, Max-Age until its hard end. */
export function sessionCookie(session: Session, secure: boolean, now = Date.now()): CookieToSet {
  return {
    name: sessionCookieName(secure),
    value: seal(session, env().SESSION_SECRET),
    options: cookieOptions(secure, cookieMaxAge(session, now, lifetimeLimits())),
  };
}

export type EndedReason = 'idle' | 'expired';
const ENDED_PREFIX = 'ended.';
const ENDED_MAX_AGE = 24 * 60 * 60;

/**
 * What replaces a session that ended by time: a marker (no token, nothing secret), so every later
 * request, even one already in flight, sends the user to login with the reason instead of
 * ending the session again.
 */
export function endedCookie(reason: EndedReason, secure: boolean): CookieToSet {
  return { name: sessionCookieName(secure), value: `${ENDED_PREFIX}${reason}`, options: cookieOptions(secure, ENDED_MAX_AGE) };
}

export function endedReason(value: string | undefined): EndedReason | undefined {
  if (value === `${ENDED_PREFIX}idle`) return 'idle';
  if (value === `${ENDED_PREFIX}expired`) return 'expired';
  return undefined;
}

/** A Set-Cookie that removes a cookie: same flags as when it was set, or a `__Host-` one would stay. */
export function expiredCookie(base: string, secure: boolean): CookieToSet {
  return { name: cookieName(base, secure), value: '', options: cookieOptions(secure, 0) };
}
