import 'server-only';
import { env } from '@/lib/env';
import { findEndpoint } from '@/lib/keystone/catalog';
import { listMyProjects, revokeToken, scopeToProject, type IssuedToken } from '@/lib/keystone/client';
import type { Session } from '@/lib/session/schema';

export class NoProjectError extends Error {}
export class NoImageServiceError extends Error {}

/** Build the session for a project-scoped token: the Glance URL comes from its catalog. */
export function sessionFromToken(issued: IssuedToken): Session {
  const { body } = issued;
  if (!body.project) throw new NoProjectError('token is not project-scoped');
  const glanceUrl = env().GLANCE_URL ?? findEndpoint(body.catalog, 'image', env().OS_INTERFACE, env().OS_REGION);
  if (!glanceUrl) throw new NoImageServiceError('no image endpoint in the catalog');
  return {
    v: 1,
    token: issued.token,
    expiresAt: body.expires_at,
    user: { id: body.user.id, name: body.user.name, domain: body.user.domain.name },
    project: { id: body.project.id, name: body.project.name },
    roles: (body.roles ?? []).map((role) => role.name),
    glanceUrl: glanceUrl.replace(/\/+$/, ''),
  };
}

/**
 * From an unscoped token to a project-scoped session: the preferred project when the user
 * still has it, else their first project by name. The unscoped token is revoked afterwards.
 */
export async function scopeNewSession(unscoped: IssuedToken, preferredProjectId?: string): Promise<Session> {
  try {
    const projects = await listMyProjects(unscoped.token);
    const project = projects.find((p) => p.id === preferredProjectId) ?? projects[0];
    if (!project) throw new NoProjectError('user has no projects');
    return sessionFromToken(await scopeToProject(unscoped.token, project.id));
  } finally {
    await revokeToken(unscoped.token).catch(() => undefined);
  }
}
