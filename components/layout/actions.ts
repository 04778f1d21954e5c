'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { fail, fromOpenStackError, type ActionState } from '@/lib/action-state';
import { projectIdSchema } from '@/lib/auth/schemas';
import { NoImageServiceError, sessionFromToken } from '@/lib/auth/sign-in';
import { revokeToken, scopeToProject } from '@/lib/keystone/client';
import { audit } from '@/lib/log/audit';
import { OpenStackError } from '@/lib/openstack/errors';
import { getSession, rememberProject, setSession } from '@/lib/session';
import { loginUrl } from '@/lib/session/redirect';
import type { Session } from '@/lib/session/schema';
import { APPLICATION_CREDENTIAL_SCOPE } from '@/lib/auth/words';

/** Rescope the session to another of the user's projects and revoke the previous token. */
export async function switchProject(projectId: string): Promise<ActionState> {
  const session = await getSession();
  if (!session) {
    await audit({ action: 'switch-project', outcome: 'refused', reason: 'no_session' });
    redirect(loginUrl());
  }
  const parsed = projectIdSchema.safeParse(projectId);
  if (!parsed.success) {
    await audit({ action: 'switch-project', outcome: 'refused', reason: 'invalid_project_id', session });
    return fail('invalid_input', 'That is not a project you can switch to.');
  }

  if (session.signInMethod === 'application_credential') {
    await audit({ action: 'switch-project', outcome: 'refused', reason: 'application_credential_scope', session, target: parsed.data });
    return fail('forbidden', APPLICATION_CREDENTIAL_SCOPE);
  }

  let next: Session;
  try {
    // the absolute session cap still counts from sign-in
    next = {
      ...sessionFromToken(await scopeToProject(session.cloud.keystoneUrl, session.token, parsed.data), session.cloud, session.issuedAt),
      signInMethod: session.signInMethod,
    };
  } catch (error) {
    if (error instanceof OpenStackError && error.status === 401) {
      await audit({ action: 'switch-project', outcome: 'refused', reason: 'keystone_refused_scope', session, target: parsed.data, status: 401 });
      // Keystone answers 401 both for a dead token and for a project the user has no role on.
      return fail('forbidden', 'You cannot switch to that project. Your role there may have been removed; sign in again if this persists.');
    }
    if (error instanceof NoImageServiceError) return fail('upstream', 'That project’s catalog has no image service.');
    return fromOpenStackError(error);
  }
  await setSession(next);
  await rememberProject(next.project.id);
  await revokeToken(session.cloud.keystoneUrl, session.token).catch(() => undefined);
  await audit({ action: 'switch-project', outcome: 'allowed', reason: 'rescoped', session: next });
  revalidatePath('/', 'layout');
  return { status: 'success', message: `Switched to project ${next.project.name}.` };
}
