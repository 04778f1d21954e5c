import { listMyProjects } from '@/lib/keystone/client';
import { sessionRoute } from '@/lib/api/route';
import { privateJson } from '@/lib/api/responses';

/** Projects the signed-in user can switch to (for the project switcher). */
export const GET = sessionRoute('GET /api/projects', async ({ session }) => {
  const projects = await listMyProjects(session.cloud.keystoneUrl, session.token);
  return privateJson({ projects: projects.map(({ id, name }) => ({ id, name })), current: session.project.id });
});
