import 'server-only';
import { env } from '@/lib/env';
import { validateToken, type IssuedToken } from '@/lib/keystone/client';
import { OpenStackError, OpenStackUnavailableError } from '@/lib/openstack/errors';
import { keystoneAnswers } from '@/lib/openstack/http';
import type { Session } from '@/lib/session/schema';
import type { Cloud } from './clouds';
import type { WebssoChoice } from './login-choices';
import { NoImageServiceError, NoProjectError, scopeNewSession } from './sign-in';
import type { WebssoOutcome } from './words';

/** Does the identity provider answer at all? Any HTTP answer below 500 within the short timeout counts. */
async function providerAnswers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(env().WEBSSO_HEALTH_TIMEOUT_MS) });
    await res.body?.cancel();
    return res.status < 500;
  } catch {
    return false;
  }
}

/**
 * Before sending the browser away: which of the cloud's Keystone and the identity provider is not
 * answering, so the login page can say so instead of the browser landing on a dead page.
 */
export async function whoIsDown(choice: WebssoChoice, cloud: Cloud): Promise<'keystone_down' | 'idp_down' | null> {
  const [keystone, provider] = await Promise.all([keystoneAnswers(cloud.keystoneUrl), choice.healthUrl ? providerAnswers(choice.healthUrl) : true]);
  if (!keystone) return 'keystone_down';
  return provider ? null : 'idp_down';
}

export class WebssoRefusal extends Error {
  constructor(readonly outcome: WebssoOutcome, readonly reason: string) {
    super(reason);
  }
}

/** The cloud's Keystone's verdict on a POSTed token: valid, and issued through this choice's provider and protocol. */
async function validatedFederatedToken(token: string, choice: WebssoChoice, cloud: Cloud): Promise<IssuedToken> {
  let issued: IssuedToken;
  try {
    issued = await validateToken(cloud.keystoneUrl, token);
  } catch (error) {
    if (error instanceof OpenStackError && error.status < 500) throw new WebssoRefusal('token_refused', `token_${error.status}`);
    throw error;
  }
  const federation = issued.body.user['OS-FEDERATION'];
  if (federation?.identity_provider.id !== choice.idp || federation.protocol.id !== choice.protocol) {
    throw new WebssoRefusal('token_refused', 'token_not_from_provider');
  }
  return issued;
}

/**
 * A WebSSO token from `cloud`'s Keystone to a project-scoped session, as the password sign-in does:
 * the user's projects, the remembered one or the first, the unscoped token revoked. Refusals are WebssoRefusal.
 */
export async function sessionFromWebssoToken(token: string, choice: WebssoChoice, cloud: Cloud, preferredProjectId?: string): Promise<Session> {
  try {
    return await scopeNewSession(await validatedFederatedToken(token, choice, cloud), cloud, preferredProjectId);
  } catch (error) {
    if (error instanceof NoProjectError) throw new WebssoRefusal('no_project', 'no_project');
    if (error instanceof NoImageServiceError) throw new WebssoRefusal('no_image_service', 'no_image_service');
    if (error instanceof OpenStackUnavailableError) throw new WebssoRefusal('keystone_down', 'keystone_unavailable');
    throw error;
  }
}
