import { describe, expect, it } from 'vitest';
import { cookieMaxAge, needsTouch, sessionEnd, sessionHardEnd } from './lifetime';

const limits = { idleSeconds: 30 * 60, maxAgeSeconds: 12 * 3600 };
const t0 = Date.parse('2026-12-01T08:00:00Z');
const times = { issuedAt: t0, lastSeenAt: t0, expiresAt: '2026-12-02T08:00:00Z' };
const min = 60_000;

describe('sessionEnd', () => {
  it('lives while active, within the cap and the token', () => {
    expect(sessionEnd(times, t0 + 29 * min, limits)).toBeNull();
    expect(sessionEnd({ ...times, lastSeenAt: t0 + 11 * 60 * min }, t0 + 11.4 * 60 * min, limits)).toBeNull();
  });
  it('ends after the idle limit without activity', () => {
    expect(sessionEnd(times, t0 + 30 * min, limits)).toBe('idle_timeout');
  });
  it('ends at the absolute cap however active the user is', () => {
    expect(sessionEnd({ ...times, lastSeenAt: t0 + 12 * 60 * min - 1 }, t0 + 12 * 60 * min, limits)).toBe('absolute_timeout');
  });
  it('ends a minute before the Keystone token does', () => {
    const shortToken = { ...times, expiresAt: new Date(t0 + 10 * min).toISOString() };
    expect(sessionEnd({ ...shortToken, lastSeenAt: t0 + 9 * min }, t0 + 9 * min, limits)).toBe('token_expired');
  });
});

describe('sessionHardEnd and cookieMaxAge', () => {
  it('end at the cap or the token expiry, whichever is first', () => {
    expect(sessionHardEnd(times, limits)).toBe(t0 + 12 * 3600_000);
    expect(sessionHardEnd(times, { ...limits, maxAgeSeconds: 48 * 3600 })).toBe(Date.parse(times.expiresAt) - min);
    // an hour longer than the session, so Iris can still say why it ended
    expect(cookieMaxAge(times, t0, limits)).toBe(13 * 3600);
    expect(cookieMaxAge(times, t0 + 14 * 3600_000, limits)).toBe(3600);
  });
});

describe('needsTouch', () => {
  it('re-issues the cookie at most once a minute, or a tenth of a short idle limit', () => {
    expect(needsTouch(times, t0 + 59_000, limits)).toBe(false);
    expect(needsTouch(times, t0 + min, limits)).toBe(true);
    expect(needsTouch(times, t0 + 900, { idleSeconds: 8, maxAgeSeconds: 20 })).toBe(true);
    expect(needsTouch(times, t0 + 700, { idleSeconds: 8, maxAgeSeconds: 20 })).toBe(false);
  });
});
