'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { fail, fromZodError, type ActionState } from '@/lib/action-state';
import { cloudField, keystoneOf } from '@/lib/auth/cloud-choice';
import type { Cloud } from '@/lib/auth/clouds';
import { NoImageServiceError, NoProjectError, scopeNewSession, sessionFromToken, startSession } from '@/lib/auth/sign-in';
import { signInThrottle } from '@/lib/auth/sign-in-throttle';
import { applicationCredentialSchema, signInSchema, type ApplicationCredentialInput } from '@/lib/auth/schemas';
import { throttleMessage, type SignInAttempt } from '@/lib/auth/throttle';
import { currentRequestContext } from '@/lib/http/request-context';
import { authenticateApplicationCredential, authenticatePassword, revokeToken } from '@/lib/keystone/client';
import { audit } from '@/lib/log/audit';
import { OpenStackError, OpenStackUnavailableError } from '@/lib/openstack/errors';
import { clearSession, getSession, rememberedProject } from '@/lib/session';
import { safeNextPath } from '@/lib/session/redirect';
import type { Session, SignInMethod } from '@/lib/session/schema';

type Values = Record<string, string>;

const text = (formData: FormData, key: string) => String(formData.get(key) ?? '');

export async function signIn(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = { username: text(formData, 'username'), domain: text(formData, 'domain'), next: text(formData, 'next'), cloud: text(formData, 'cloud') };
  const parsed = signInSchema.extend({ cloud: cloudField() }).safeParse({ ...values, password: formData.get('password') ?? '' });
  if (!parsed.success) return fromZodError(parsed.error, values);
  const { cloud } = parsed.data;
  const attempt: SignInAttempt = { username: parsed.data.username, domain: parsed.data.domain, client: (await currentRequestContext()).client };
  const wrong = 'The user name, password or domain is not correct.';
  return signInWith({ method: 'password', attempt, cloud, values, next: parsed.data.next, wrong }, async () =>
    scopeNewSession(await authenticatePassword(cloud.keystoneUrl, parsed.data), cloud, await rememberedProject()),
  );
}

/** An application credential's token is already scoped to its project: that is the session's project for good. */
export async function signInWithApplicationCredential(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = {
    identify: text(formData, 'identify') === 'name' ? 'name' : 'id',
    id: text(formData, 'credential_id'),
    name: text(formData, 'credential_name'),
    username: text(formData, 'credential_user'),
    domain: text(formData, 'credential_domain'),
    next: text(formData, 'next'),
    cloud: text(formData, 'cloud'),
  };
  const parsed = z.object({ cloud: cloudField() }).and(applicationCredentialSchema).safeParse({ ...values, secret: formData.get('secret') ?? '' });
  if (!parsed.success) return fromZodError(parsed.error, values);
  const { cloud, ...input }: { cloud: Cloud } & ApplicationCredentialInput = parsed.data;
  const client = (await currentRequestContext()).client;
  // throttled per credential (by ID) or per user (by name), like passwords per account
  const attempt: SignInAttempt =
    input.identify === 'id' ? { username: `application-credential:${input.id}`, domain: '', client } : { username: input.username, domain: input.domain, client };
  const wrong =
    'Keystone did not accept this application credential: the secret is wrong, or the credential does not exist, has expired or was deleted.';
  const credential =
    input.identify === 'id' ? { id: input.id, secret: input.secret } : { name: input.name, username: input.username, domain: input.domain, secret: input.secret };
  return signInWith({ method: 'application_credential', attempt, cloud, values, next: input.next, wrong }, async () =>
    sessionFromToken(await authenticateApplicationCredential(cloud.keystoneUrl, credential), cloud),
  );
}

interface SignInRequest {
  method: SignInMethod;
  attempt: SignInAttempt;
  /** The cloud chosen on the login page: its Keystone is asked, and named when it does not answer. */
  cloud: Cloud;
  values: Values;
  next?: string;
  /** What a 401 from Keystone means for this method. */
  wrong: string;
}

/** The throttle, Keystone, and the one way to a session; then back to where the user was going. */
async function signInWith(request: SignInRequest, authenticate: () => Promise<Session>): Promise<ActionState> {
  const { attempt, values } = request;
  const throttle = signInThrottle();
  const wait = throttle.check(attempt);
  if (wait) {
    const retryAfter = Math.ceil(wait.retryAfterMs / 1000);
    await audit({ action: 'sign-in', outcome: 'refused', reason: `throttled_${wait.scope}`, user: attempt.username, domain: attempt.domain, cloud: request.cloud.label, retryAfter, status: 429 });
    return fail('throttled', throttleMessage(wait.scope, wait.retryAfterMs), { values });
  }

  let session: Session;
  try {
    session = await authenticate();
  } catch (error) {
    return signInFailure(error, request);
  }
  throttle.recordSuccess(attempt);
  await startSession(session, request.method);
  redirect(safeNextPath(request.next));
}

async function signInFailure(error: unknown, { attempt, cloud, values, wrong, method }: SignInRequest): Promise<ActionState> {
  const who = { action: 'sign-in', user: attempt.username, domain: attempt.domain, cloud: cloud.label };
  if (error instanceof OpenStackError && error.status === 401) {
    const throttle = signInThrottle();
    throttle.recordFailure(attempt);
    const wait = throttle.check(attempt);
    const retryAfter = wait ? Math.ceil(wait.retryAfterMs / 1000) : undefined;
    await audit({ ...who, outcome: 'failed', reason: method === 'password' ? 'bad_credentials' : 'bad_application_credential', status: 401, retryAfter });
    return fail('unauthorized', wait ? `${wrong} ${throttleMessage(wait.scope, wait.retryAfterMs)}` : wrong, { values });
  }
  const outcome = describeSignInError(error, cloud);
  await audit({ ...who, outcome: 'failed', reason: outcome.reason });
  return fail(outcome.code, outcome.message, { values });
}

function describeSignInError(error: unknown, cloud: Cloud) {
  if (error instanceof OpenStackUnavailableError) {
    return { code: 'unavailable', reason: 'keystone_unavailable', message: `${keystoneOf(cloud)} is not answering. Try again in a moment, or tell your cloud operator.` } as const;
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
  if (session) await revokeToken(session.cloud.keystoneUrl, session.token).catch(() => undefined);
  await clearSession();
  await audit({ action: 'sign-out', outcome: session ? 'ended' : 'refused', reason: session ? 'signed_out' : 'no_session', session });
  redirect('/login?reason=signed-out');
}
