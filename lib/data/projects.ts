import 'server-only';
import { createHash } from 'node:crypto';
import { cache } from 'react';
import { RecentValues } from '@/lib/cache/recent-values';
import { env } from '@/lib/env';
import { listAllProjects, listMyProjects } from '@/lib/keystone/client';
import type { Project } from '@/lib/keystone/schemas';
import { processWide } from '@/lib/process-wide';
import { requireSession } from '@/lib/session';
import type { Session } from '@/lib/session/schema';

export type ProjectNames = Map<string, string>;

/**
 * Names of the projects this user can know about: their own projects, the configured
 * official owners' labels, and (for admins) every project. Non-admins cannot read other
 * projects, so unknown owners fall back to their ID. At most one Keystone call a minute per token.
 */
export const getProjectNames = cache(async (): Promise<ProjectNames> => {
  const session = await requireSession();
  const names: ProjectNames = new Map();
  for (const owner of env().OFFICIAL_IMAGE_OWNERS) if (owner.label) names.set(owner.id, owner.label);
  const isAdmin = session.roles.includes('admin');
  try {
    for (const project of await projectsOf(session, isAdmin)) names.set(project.id, project.name);
  } catch {
    // Names are a nicety: the list still works with IDs when Keystone is slow or refuses.
  }
  names.set(session.project.id, session.project.name);
  return names;
});

// Every page that shows owners needs these names, and Keystone answers each call in tens of ms of
// its CPU (more for federated tokens): keep them a minute per token, as Horizon keeps them per session.
// A new token (sign-in, project switch) starts afresh.
const PROJECTS_KEPT_MS = 60_000;
const recentProjects = () => processWide('data.recent-projects', () => new RecentValues<Project[]>(PROJECTS_KEPT_MS, 1_000));

function projectsOf(session: Session, isAdmin: boolean): Promise<Project[]> {
  const keystone = session.cloud.keystoneUrl;
  const key = createHash('sha256').update(`${keystone}\n${session.token}`).digest('hex');
  return recentProjects().get(key, () => (isAdmin ? listAllProjects(keystone, session.token) : listMyProjects(keystone, session.token)));
}

/** "demo" for a known project, else the ID itself. */
export function projectLabel(names: ProjectNames, projectId: string | null | undefined): string {
  if (!projectId) return '—';
  return names.get(projectId) ?? projectId;
}

export function isOfficialOwner(projectId: string | null | undefined): boolean {
  return !!projectId && env().OFFICIAL_IMAGE_OWNERS.some((owner) => owner.id === projectId);
}
