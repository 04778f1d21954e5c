import 'server-only';
import { env } from '@/lib/env';
import { findEndpoint } from '@/lib/keystone/catalog';
import { listMyProjects, revokeToken, scopeToProject, type IssuedToken } from '@/lib/keystone/client';
import { audit } from '@/lib/log/audit';
import { heldSession, rememberProject, setSession } from '@/lib/session';
import type { Session, SessionCloud, SignInMethod } from '@/lib/session/schema';

export class NoProjectError extends Error {}
export class NoImageServiceError extends Error {}

/**
 * Build the session for a project-scoped token issued by `cloud`'s Keystone: the Glance URL comes
 * from its catalog, for the cloud's region. `issuedAt` is the sign-in time; a project switch
 * passes the original one, so the absolute cap still counts from sign-in.
 */
export function sessionFromToken(issued: IssuedToken, cloud: SessionCloud, issuedAt: number = Date.now()): Session {
  const { body } = issued;
  if (!body.project) throw new NoProjectError('token is not project-scoped');
  const glanceUrl = env().GLANCE_URL ?? findEndpoint(body.catalog, 'image', env().OS_INTERFACE, cloud.region);
  if (!glanceUrl) throw new NoImageServiceError('no image endpoint in the catalog');
  return {
    v: 2,
    token: issued.token,
    expiresAt: body.expires_at,
    issuedAt,
    lastSeenAt: Date.now(),
    user: { id: body.user.id, name: body.user.name, domain: body.user.domain.name },
    project: { id: body.project.id, name: body.project.name },
    roles: (body.roles ?? []).map((role) => role.name),
    glanceUrl: glanceUrl.replace(/\/+$/, ''),
    cloud: { label: cloud.label, keystoneUrl: cloud.keystoneUrl, ...(cloud.region ? { region: cloud.region } : {}) },
  };
}

/**
 * From an unscoped token of `cloud`'s Keystone to a project-scoped session: the preferred project
 * when the user still has it, else their first project by name. The unscoped token is revoked afterwards.
 */
export async function scopeNewSession(unscoped: IssuedToken, cloud: SessionCloud, preferredProjectId?: string): Promise<Session> {
  const keystone = cloud.keystoneUrl;
  try {
    const projects = await listMyProjects(keystone, unscoped.token);
    const project = projects.find((p) => p.id === preferredProjectId) ?? projects[0];
    if (!project) throw new NoProjectError('user has no projects');
    return sessionFromToken(await scopeToProject(keystone, unscoped.token, project.id), cloud);
  } finally {
    await revokeToken(keystone, unscoped.token).catch(() => undefined);
  }
}

/**
 * The one way a sign-in becomes a session, whatever proved who the user is (password, WebSSO,
 * application credential): the session this browser held before
 * is revoked at Keystone (its cookie is replaced, but a copy must not keep working), the new one
 * is set, its project remembered, and the decision logged.
 */
export async function startSession(session: Session, method: SignInMethod): Promise<void> {
  const replaced = await heldSession();
  if (replaced && replaced.token !== session.token) await revokeToken(replaced.cloud.keystoneUrl, replaced.token).catch(() => undefined);
  await setSession({ ...session, signInMethod: method });
  await rememberProject(session.project.id);
  await audit({ action: 'sign-in', outcome: 'allowed', reason: replaced ? `${method}_replaced_session` : method, session });
}
