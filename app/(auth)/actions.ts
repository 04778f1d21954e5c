'use server';

import { redirect } from 'next/navigation';
import { fail, fromZodError, type ActionState } from '@/lib/action-state';
import { NoImageServiceError, NoProjectError, scopeNewSession, startSession } from '@/lib/auth/sign-in';
import { signInThrottle } from '@/lib/auth/sign-in-throttle';
import { signInSchema } from '@/lib/auth/schemas';
import { throttleMessage, type SignInAttempt } from '@/lib/auth/throttle';
import { currentRequestContext } from '@/lib/http/request-context';
import { authenticatePassword, revokeToken } from '@/lib/keystone/client';
import { audit } from '@/lib/log/audit';
import { OpenStackError, OpenStackUnavailableError } from '@/lib/openstack/errors';
import { clearSession, getSession, rememberedProject } from '@/lib/session';
import { safeNextPath } from '@/lib/session/redirect';
import type { Session } from '@/lib/session/schema';

type Values = Record<string, string>;

export async function signIn(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = {
    username: String(formData.get('username') ?? ''),
    domain: String(formData.get('domain') ?? ''),
    next: String(formData.get('next') ?? ''),
  };
  const parsed = signInSchema.safeParse({ ...values, password: formData.get('password') ?? '' });
  if (!parsed.success) return fromZodError(parsed.error, values);

  const attempt: SignInAttempt = { username: parsed.data.username, domain: parsed.data.domain, client: (await currentRequestContext()).client };
  const throttle = signInThrottle();
  const wait = throttle.check(attempt);
  if (wait) {
    const retryAfter = Math.ceil(wait.retryAfterMs / 1000);
    await audit({ action: 'sign-in', outcome: 'refused', reason: `throttled_${wait.scope}`, user: attempt.username, domain: attempt.domain, retryAfter, status: 429 });
    return fail('throttled', throttleMessage(wait.scope, wait.retryAfterMs), { values });
  }

  let session: Session;
  try {
    const unscoped = await authenticatePassword(parsed.data);
    session = await scopeNewSession(unscoped, await rememberedProject());
  } catch (error) {
    return signInFailure(error, attempt, values);
  }
  throttle.recordSuccess(attempt);
  await startSession(session, 'password');
  redirect(safeNextPath(parsed.data.next));
}

async function signInFailure(error: unknown, attempt: SignInAttempt, values: Values): Promise<ActionState> {
  const who = { action: 'sign-in', user: attempt.username, domain: attempt.domain };
  if (error instanceof OpenStackError && error.status === 401) {
    const throttle = signInThrottle();
    throttle.recordFailure(attempt);
    const wait = throttle.check(attempt);
    const retryAfter = wait ? Math.ceil(wait.retryAfterMs / 1000) : undefined;
    await audit({ ...who, outcome: 'failed', reason: 'bad_credentials', status: 401, retryAfter });
    const message = 'The user name, password or domain is not correct.';
    return fail('unauthorized', wait ? `${message} ${throttleMessage(wait.scope, wait.retryAfterMs)}` : message, { values });
  }
  const outcome = describeSignInError(error);
  await audit({ ...who, outcome: 'failed', reason: outcome.reason });
  return fail(outcome.code, outcome.message, { values });
}

function describeSignInError(error: unknown) {
  if (error instanceof OpenStackUnavailableError) {
    return { code: 'unavailable', reason: 'keystone_unavailable', message: 'The identity service (Keystone) is not answering. Try again in a moment, or tell your cloud operator.' } as const;
  }
  if (error instanceof NoProjectError) {
    return { code: 'forbidden', reason: 'no_project', message: 'You are not a member of any project yet. Ask your cloud administrator to add you to one.' } as const;
  }
  if (error instanceof NoImageServiceError) {
    return { code: 'upstream', reason: 'no_image_service', message: 'This cloud’s service catalog has no image service for your region and interface.' } as const;
  }
  if (error instanceof OpenStackError) {
    return { code: 'upstream', reason: `keystone_${error.status}`, message: `Keystone refused the sign-in (${error.status}): ${error.detail}` } as const;
  }
  throw error;
}

export async function signOut(): Promise<void> {
  const session = await getSession();
  // Revoke at Keystone so a copied cookie is useless afterwards; sign out locally even if that fails.
  if (session) await revokeToken(session.token).catch(() => undefined);
  await clearSession();
  await audit({ action: 'sign-out', outcome: session ? 'ended' : 'refused', reason: session ? 'signed_out' : 'no_session', session });
  redirect('/login?reason=signed-out');
}
