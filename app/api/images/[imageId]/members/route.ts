import { NextResponse } from 'next/server';
import { jsonError, unauthenticated, upstreamErrorResponse } from '@/lib/api/responses';
import { glanceContextOf } from '@/lib/data/glance-context';
import { loadMembers } from '@/lib/data/image-members';
import { imageIdSchema } from '@/lib/glance/schemas';
import { getSession } from '@/lib/session';
import type { MembersResponse } from '@/lib/images/sharing/members';

/**
 * Member projects of one image with the names this user may know, for the sharing panel's
 * React Query. The owner gets every member; a member project gets only its own record.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ imageId: string }> }) {
  const session = await getSession();
  if (!session) return unauthenticated('GET /api/images/{id}/members');
  const id = imageIdSchema.safeParse((await params).imageId);
  if (!id.success) return jsonError(400, 'That is not a valid image ID.');
  try {
    const body: MembersResponse = await loadMembers(glanceContextOf(session), id.data);
    return NextResponse.json(body, { headers: { 'cache-control': 'private, no-store' } });
  } catch (error) {
    return upstreamErrorResponse(error);
  }
}
