import 'server-only';
import { cache } from 'react';
import { env } from '@/lib/env';
import { listAllProjects, listMyProjects } from '@/lib/keystone/client';
import { requireSession } from '@/lib/session';

export type ProjectNames = Map<string, string>;

/**
 * Names of the projects this user can know about: their own projects, the configured
 * official owners' labels, and (for admins) every project. Non-admins cannot read other
 * projects, so unknown owners fall back to their ID. One Keystone call per request.
 */
export const getProjectNames = cache(async (): Promise<ProjectNames> => {
  const session = await requireSession();
  const names: ProjectNames = new Map();
  for (const owner of env().OFFICIAL_IMAGE_OWNERS) if (owner.label) names.set(owner.id, owner.label);
  const isAdmin = session.roles.includes('admin');
  try {
    const keystone = session.cloud.keystoneUrl;
    const projects = isAdmin ? await listAllProjects(keystone, session.token) : await listMyProjects(keystone, session.token);
    for (const project of projects) names.set(project.id, project.name);
  } catch {
    // Names are a nicety: the list still works with IDs when Keystone is slow or refuses.
  }
  names.set(session.project.id, session.project.name);
  return names;
});

/** "demo" for a known project, else the ID itself. */
export function projectLabel(names: ProjectNames, projectId: string | null | undefined): string {
  if (!projectId) return '—';
  return names.get(projectId) ?? projectId;
}

export function isOfficialOwner(projectId: string | null | undefined): boolean {
  return !!projectId && env().OFFICIAL_IMAGE_OWNERS.some((owner) => owner.id === projectId);
}
