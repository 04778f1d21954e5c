import type { BrowserContext } from '@playwright/test';
import { unseal } from '../../lib/session/seal';
import { stack } from './env';

/** The Keystone token inside a context's sealed session cookie (tests know the secret). */
export async function sessionToken(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'iris_session');
  if (!cookie) throw new Error('no iris_session cookie');
  const payload = unseal(cookie.value, stack.sessionSecret) as { token?: string } | undefined;
  if (!payload?.token) throw new Error('cookie could not be unsealed: is SESSION_SECRET exported to the tests?');
  return payload.token;
}
