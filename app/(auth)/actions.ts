'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { fail, fromZodError, type ActionState } from '@/lib/action-state';
import { NoImageServiceError, NoProjectError, scopeNewSession } from '@/lib/auth/sign-in';
import { signInSchema } from '@/lib/auth/schemas';
import { authenticatePassword, revokeToken } from '@/lib/keystone/client';
import { OpenStackError, OpenStackUnavailableError } from '@/lib/openstack/errors';
import { clearSession, getSession, setSession } from '@/lib/session';
import { safeNextPath } from '@/lib/session/redirect';
import type { Session } from '@/lib/session/schema';

// Not secret: remembers which project to open next time, like Horizon's last-project cookie.
const LAST_PROJECT_COOKIE = 'iris_last_project';

export async function signIn(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = {
    username: String(formData.get('username') ?? ''),
    domain: String(formData.get('domain') ?? ''),
    next: String(formData.get('next') ?? ''),
  };
  const parsed = signInSchema.safeParse({ ...values, password: formData.get('password') ?? '' });
  if (!parsed.success) return fromZodError(parsed.error, values);

  let session: Session;
  try {
    const unscoped = await authenticatePassword(parsed.data);
    const store = await cookies();
    session = await scopeNewSession(unscoped, store.get(LAST_PROJECT_COOKIE)?.value);
  } catch (error) {
    return signInFailure(error, values);
  }
  await setSession(session);
  (await cookies()).set(LAST_PROJECT_COOKIE, session.project.id, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 31_536_000 });
  redirect(safeNextPath(parsed.data.next));
}

function signInFailure(error: unknown, values: Record<string, string>): ActionState {
  if (error instanceof OpenStackError && error.status === 401) {
    return fail('unauthorized', 'The user name, password or domain is not correct.', { values });
  }
  if (error instanceof OpenStackUnavailableError) {
    return fail('unavailable', 'The identity service (Keystone) is not answering. Try again in a moment, or tell your cloud operator.', { values });
  }
  if (error instanceof NoProjectError) {
    return fail('forbidden', 'You are not a member of any project yet. Ask your cloud administrator to add you to one.', { values });
  }
  if (error instanceof NoImageServiceError) {
    return fail('upstream', 'This cloud’s service catalog has no image service for your region and interface.', { values });
  }
  if (error instanceof OpenStackError) {
    return fail('upstream', `Keystone refused the sign-in (${error.status}): ${error.detail}`, { values });
  }
  throw error;
}

export async function signOut(): Promise<void> {
  const session = await getSession();
  // Revoke at Keystone so a copied cookie is useless afterwards; sign out locally even if that fails.
  if (session) await revokeToken(session.token).catch(() => undefined);
  await clearSession();
  redirect('/login?reason=signed-out');
}
