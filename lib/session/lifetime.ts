/**
 * When a session ends, decided on the server from the sealed cookie's own timestamps: an idle
 * limit (no request for a while) and an absolute cap from sign-in, whichever comes first, and
 * never after the Keystone token expires.
 */
export interface LifetimeLimits {
  idleSeconds: number;
  maxAgeSeconds: number;
}

export interface SessionTimes {
  /** Sign-in time (ms since epoch); a project switch keeps it. */
  issuedAt: number;
  /** Last request that counted as activity (ms since epoch). */
  lastSeenAt: number;
  /** The Keystone token's expiry (ISO 8601). */
  expiresAt: string;
}

export type SessionEnd = 'idle_timeout' | 'absolute_timeout' | 'token_expired';

// a request never starts with a token about to lapse
const TOKEN_MARGIN_MS = 60_000;

/** Why the session is over at `now`, or null while it is alive. */
export function sessionEnd(times: SessionTimes, now: number, limits: LifetimeLimits): SessionEnd | null {
  if (Date.parse(times.expiresAt) - TOKEN_MARGIN_MS <= now) return 'token_expired';
  if (times.issuedAt + limits.maxAgeSeconds * 1000 <= now) return 'absolute_timeout';
  if (times.lastSeenAt + limits.idleSeconds * 1000 <= now) return 'idle_timeout';
  return null;
}

/** The last moment the session can live: the absolute cap or the token's expiry. */
export function sessionHardEnd(times: Pick<SessionTimes, 'issuedAt' | 'expiresAt'>, limits: LifetimeLimits): number {
  return Math.min(Date.parse(times.expiresAt) - TOKEN_MARGIN_MS, times.issuedAt + limits.maxAgeSeconds * 1000);
}

// The browser keeps the cookie a while past the session's end, so the first request after it
// can tell the user why they must sign in again, and revoke the token, instead of a bare login.
const COOKIE_GRACE_SECONDS = 3600;

/** Cookie Max-Age in seconds: until the hard end, plus the grace above. */
export function cookieMaxAge(times: Pick<SessionTimes, 'issuedAt' | 'expiresAt'>, now: number, limits: LifetimeLimits): number {
  return Math.max(0, Math.floor((sessionHardEnd(times, limits) - now) / 1000)) + COOKIE_GRACE_SECONDS;
}

/**
 * Whether this request should re-issue the cookie with a fresh `lastSeenAt`. Re-sealing on every
 * request would send a cookie with every response; a tenth of the idle limit (at most a minute)
 * keeps the idle limit exact to within that step.
 */
export function needsTouch(times: SessionTimes, now: number, limits: LifetimeLimits): boolean {
  const step = Math.min(60_000, (limits.idleSeconds * 1000) / 10);
  return now - times.lastSeenAt >= step;
}
