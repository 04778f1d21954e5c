import 'server-only';
import { getProjectNames } from '@/lib/data/projects';
import { OpenStackError } from '@/lib/openstack/errors';
import { openstackRequest } from '@/lib/openstack/http';
import { getProject } from './client';
import { projectListSchema } from './schemas';
import type { ProjectDirectory, ProjectSummary } from './resolve-project';

/** Keystone's "you may not" and "no such thing" become answers; anything else is a real failure. */
function denied<T>(error: unknown, notFound: T): T | 'forbidden' {
  if (error instanceof OpenStackError && error.status === 403) return 'forbidden';
  if (error instanceof OpenStackError && error.status === 404) return notFound;
  throw error;
}

async function findProjectsByName(keystone: string, token: string, name: string): Promise<ProjectSummary[]> {
  const res = await openstackRequest({ service: 'keystone', baseUrl: keystone, path: '/projects', query: { name }, token });
  return projectListSchema.parse(res.body).projects.map(({ id, name: projectName }) => ({ id, name: projectName }));
}

/** The project directory as this user's token sees it, at the Keystone (v3 URL) that issued it. */
export function keystoneProjectDirectory(keystone: string, token: string): ProjectDirectory {
  return {
    async known() {
      const names = await getProjectNames();
      return [...names].map(([id, name]) => ({ id, name }));
    },
    async byId(id) {
      try {
        const project = await getProject(keystone, token, id);
        return { id: project.id, name: project.name };
      } catch (error) {
        return denied(error, 'not_found' as const);
      }
    },
    async byName(name) {
      try {
        return await findProjectsByName(keystone, token, name);
      } catch (error) {
        return denied(error, [] as ProjectSummary[]);
      }
    },
  };
}

/**
 * Whether Keystone lets this user list projects (admins, domain or system readers): asked
 * with a name lookup of their own project, so policy decides rather than a role name.
 */
export async function canListProjects(keystone: string, token: string, ownProjectName: string): Promise<boolean> {
  return (await keystoneProjectDirectory(keystone, token).byName(ownProjectName)) !== 'forbidden';
}
