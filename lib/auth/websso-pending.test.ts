import { beforeAll, describe, expect, it } from 'vitest';
import { seal } from '@/lib/session/seal';

const SECRET = 'x'.repeat(40);
let pending: typeof import('./websso-pending');

beforeAll(async () => {
  process.env.SESSION_SECRET = SECRET;
  process.env.WEBSSO_PENDING_SECONDS = '600';
  pending = await import('./websso-pending');
});

describe('the pending-sign-in cookie', () => {
  it('is SameSite=None and __Host- over https, Lax over http, HttpOnly either way', () => {
    const secure = pending.newPendingCookie('uni', 'RegionOne', '/images', true);
    expect(secure.name).toBe('__Host-iris_websso');
    expect(secure.options).toMatchObject({ httpOnly: true, secure: true, sameSite: 'none', path: '/', maxAge: 600 });
    const plain = pending.newPendingCookie('uni', 'RegionOne', '/images', false);
    expect(plain.name).toBe('iris_websso');
    expect(plain.options).toMatchObject({ httpOnly: true, secure: false, sameSite: 'lax' });
    expect(pending.clearedPendingCookie(false).options.maxAge).toBe(0);
  });

  it('is accepted while fresh, and carries the choice, the cloud and next path', () => {
    const now = Date.now();
    const cookie = pending.newPendingCookie('uni', 'RegionTwo', '/images?tab=public', false, now);
    expect(pending.checkPending(cookie.value, now + 599_000)).toMatchObject({ ok: true, pending: { choice: 'uni', cloud: 'RegionTwo', next: '/images?tab=public' } });
    expect(pending.newPendingCookie('uni', 'RegionTwo', '/', false, now).value).not.toBe(cookie.value);
  });

  it('is refused when missing, forged, of another kind, or too old', () => {
    const now = Date.now();
    expect(pending.checkPending(undefined)).toEqual({ ok: false, reason: 'no_pending' });
    expect(pending.checkPending('forged')).toEqual({ ok: false, reason: 'no_pending' });
    // a session cookie (same key) is not a pending sign-in
    expect(pending.checkPending(seal({ v: 2, token: 't' }, SECRET))).toEqual({ ok: false, reason: 'no_pending' });
    expect(pending.checkPending(seal({ kind: 'websso-pending', nonce: 'n'.repeat(24), choice: 'uni', cloud: 'RegionOne', next: '/images', startedAt: now }, 'y'.repeat(40)))).toEqual({ ok: false, reason: 'no_pending' });
    // one sealed before the cloud was remembered: the callback could not know which Keystone to ask
    expect(pending.checkPending(seal({ kind: 'websso-pending', nonce: 'n'.repeat(24), choice: 'uni', next: '/images', startedAt: now }, SECRET))).toEqual({ ok: false, reason: 'no_pending' });
    const cookie = pending.newPendingCookie('uni', 'RegionOne', '/images', false, now);
    expect(pending.checkPending(cookie.value, now + 601_000)).toEqual({ ok: false, reason: 'stale' });
    expect(pending.checkPending(cookie.value, now - 60_000)).toEqual({ ok: false, reason: 'stale' });
  });
});
