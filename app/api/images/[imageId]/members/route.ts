import { imageRoute } from '@/lib/api/route';
import { privateJson } from '@/lib/api/responses';
import { glanceContextOf } from '@/lib/data/glance-context';
import { loadMembers } from '@/lib/data/image-members';
import type { MembersResponse } from '@/lib/images/sharing/members';

/**
 * Member projects of one image with the names this user may know, for the sharing panel's
 * React Query. The owner gets every member; a member project gets only its own record.
 */
export const GET = imageRoute('GET /api/images/{id}/members', async ({ session, imageId }) => {
  const body: MembersResponse = await loadMembers(glanceContextOf(session), imageId);
  return privateJson(body);
});
