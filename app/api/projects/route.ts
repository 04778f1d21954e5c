import { NextResponse } from 'next/server';
import { listMyProjects } from '@/lib/keystone/client';
import { getSession } from '@/lib/session';
import { unauthenticated, upstreamErrorResponse } from '@/lib/api/responses';

/** Projects the signed-in user can switch to (for the project switcher). */
export async function GET() {
  const session = await getSession();
  if (!session) return unauthenticated('GET /api/projects');
  try {
    const projects = await listMyProjects(session.cloud.keystoneUrl, session.token);
    return NextResponse.json(
      { projects: projects.map(({ id, name }) => ({ id, name })), current: session.project.id },
      { headers: { 'cache-control': 'private, no-store' } },
    );
  } catch (error) {
    return upstreamErrorResponse(error);
  }
}
