import type { BrowserContext } from '@playwright/test';
import { unseal } from '../../lib/session/seal';
import { stack } from './env';

/** What a context's sealed session cookie holds (tests know the secret). */
export async function sessionPayload(context: BrowserContext): Promise<{ token: string; issuedAt: number }> {
  const cookie = (await context.cookies()).find((c) => c.name === 'iris_session' || c.name === '__Host-iris_session');
  if (!cookie) throw new Error('no iris_session cookie');
  const payload = unseal(cookie.value, stack.sessionSecret) as { token?: string; issuedAt?: number } | undefined;
  if (!payload?.token || payload.issuedAt === undefined) throw new Error('cookie could not be unsealed: is SESSION_SECRET exported to the tests?');
  return { token: payload.token, issuedAt: payload.issuedAt };
}

/** The Keystone token inside a context's sealed session cookie. */
export async function sessionToken(context: BrowserContext): Promise<string> {
  return (await sessionPayload(context)).token;
}
