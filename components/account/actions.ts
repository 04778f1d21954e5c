'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { fail, fromOpenStackError, fromZodError, type ActionState } from '@/lib/action-state';
import { signInThrottle } from '@/lib/auth/sign-in-throttle';
import { throttleMessage, type SignInAttempt } from '@/lib/auth/throttle';
import { currentRequestContext } from '@/lib/http/request-context';
import { changeOwnPassword } from '@/lib/keystone/client';
import { audit } from '@/lib/log/audit';
import { OpenStackError } from '@/lib/openstack/errors';
import { clearSession, requireSession } from '@/lib/session';
import type { Session } from '@/lib/session/schema';

const confirmSchema = z.object({ password: z.string().min(1, 'Enter your password to confirm.').max(4096, 'That password is too long.') });
const ACTION = 'sign-out-everywhere';

/**
 * End every session of this Keystone account, the only way Keystone gives a non-admin: set the
 * password again (to the same value, confirmed by typing it), after which Keystone revokes every
 * token issued to the user until now. Counted with sign-ins, so it is no password oracle.
 */
export async function signOutEverywhere(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const session = await requireSession();
  const parsed = confirmSchema.safeParse({ password: formData.get('password') ?? '' });
  if (!parsed.success) return fromZodError(parsed.error);
  const attempt: SignInAttempt = { username: session.user.name, domain: session.user.domain, client: (await currentRequestContext()).client };
  const wait = signInThrottle().check(attempt);
  if (wait) {
    await audit({ action: ACTION, outcome: 'refused', reason: `throttled_${wait.scope}`, session, retryAfter: Math.ceil(wait.retryAfterMs / 1000), status: 429 });
    return fail('throttled', throttleMessage(wait.scope, wait.retryAfterMs));
  }
  try {
    await changeOwnPassword(session.cloud.keystoneUrl, session.user.id, parsed.data.password, parsed.data.password);
  } catch (error) {
    return refused(error, attempt, session);
  }
  signInThrottle().recordSuccess(attempt);
  await clearSession();
  await audit({ action: ACTION, outcome: 'ended', reason: 'keystone_revoked_all_tokens', session });
  redirect('/login?reason=signed-out-everywhere');
}

async function refused(error: unknown, attempt: SignInAttempt, session: Session): Promise<ActionState> {
  if (!(error instanceof OpenStackError)) return fromOpenStackError(error);
  if (error.status === 401) {
    signInThrottle().recordFailure(attempt);
    await audit({ action: ACTION, outcome: 'failed', reason: 'bad_credentials', session, status: 401 });
    const message = 'That is not your current password. Nothing was changed.';
    return fail('invalid_input', message, { fieldErrors: { password: [message] } });
  }
  await audit({ action: ACTION, outcome: 'failed', reason: `keystone_${error.status}`, session, status: error.status });
  if (error.status === 400) {
    return fail(
      'invalid_input',
      `This cloud’s password rules do not allow setting the same password again (${error.detail}). Change your password instead, in Horizon or with “openstack user password set”: that signs you out everywhere too.`,
    );
  }
  if (error.status === 403) {
    return fail('forbidden', 'Your password can only be changed by an administrator on this cloud, so Iris cannot sign you out everywhere. Ask your cloud administrator to revoke your tokens.');
  }
  return fromOpenStackError(error);
}
