import 'server-only';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { env } from '@/lib/env';
import { cookieName } from '@/lib/session/cookie';
import { seal, unseal } from '@/lib/session/seal';

/**
 * The pending-sign-in cookie: proof that THIS browser started a WebSSO sign-in from an Iris page,
 * moments ago. Keystone's answer arrives as a POST from Keystone's page, which is cross-site when
 * Keystone and Iris are on different sites: a SameSite=Lax cookie would not come with it. Over
 * https the cookie is therefore SameSite=None (Secure, __Host-); over plain http (where browsers
 * refuse SameSite=None without Secure) it is Lax, which works only while Keystone and Iris share a
 * site (the local stack: same host, other port). docs/security.md says why that is enough.
 */
export const PENDING_COOKIE = 'iris_websso';

const pendingSchema = z.object({
  kind: z.literal('websso-pending'),
  nonce: z.string().min(16),
  choice: z.string(),
  /** The label of the cloud chosen on the login page: the callback checks the Origin of that cloud's Keystone and asks it. */
  cloud: z.string(),
  next: z.string(),
  startedAt: z.number(),
});

export type PendingSignIn = z.infer<typeof pendingSchema>;

export interface PendingCookie {
  name: string;
  value: string;
  options: { httpOnly: true; secure: boolean; sameSite: 'none' | 'lax'; path: '/'; maxAge: number };
}

function options(secure: boolean, maxAge: number): PendingCookie['options'] {
  return { httpOnly: true, secure, sameSite: secure ? 'none' : 'lax', path: '/', maxAge };
}

export function pendingCookieName(secure: boolean): string {
  return cookieName(PENDING_COOKIE, secure);
}

/** A fresh pending sign-in for `choice` on `cloud` (its label), coming back to `next` (already checked by safeNextPath). */
export function newPendingCookie(choice: string, cloud: string, next: string, secure: boolean, now = Date.now()): PendingCookie {
  const pending: PendingSignIn = { kind: 'websso-pending', nonce: randomBytes(18).toString('base64url'), choice, cloud, next, startedAt: now };
  return { name: pendingCookieName(secure), value: seal(pending, env().SESSION_SECRET), options: options(secure, env().WEBSSO_PENDING_SECONDS) };
}

/** The cookie that removes it: a callback uses it once, so a replayed POST finds none. */
export function clearedPendingCookie(secure: boolean): PendingCookie {
  return { name: pendingCookieName(secure), value: '', options: options(secure, 0) };
}

export type PendingCheck = { ok: true; pending: PendingSignIn } | { ok: false; reason: 'no_pending' | 'stale' };

/** Whether a cookie value is a pending sign-in of ours, started within WEBSSO_PENDING_SECONDS. */
export function checkPending(value: string | undefined, now = Date.now()): PendingCheck {
  if (!value) return { ok: false, reason: 'no_pending' };
  const parsed = pendingSchema.safeParse(unseal(value, env().SESSION_SECRET));
  if (!parsed.success) return { ok: false, reason: 'no_pending' };
  const age = now - parsed.data.startedAt;
  if (age < 0 || age > env().WEBSSO_PENDING_SECONDS * 1000) return { ok: false, reason: 'stale' };
  return { ok: true, pending: parsed.data };
}
