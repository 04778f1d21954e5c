import type { MemberStatus, Visibility } from '@/lib/glance/constants';
import type { Member } from '@/lib/glance/schemas';
import type { MemberView } from './members';

// The sharing rules the server actions apply, as plain functions the unit tests reach.

export const NOT_OWNER_MESSAGE = 'Only the project that owns this image can share it. Switch to that project first.';
export const OWNER_ANSWERING_MESSAGE = 'Your project owns this image: only the projects it is shared with can accept or reject it.';
export const OWNER_AS_MEMBER_MESSAGE = 'That is the project that owns this image: it always has access.';

/** What a member project's answer did, in the words the toast shows. */
export const RESPONSE_DONE: Record<MemberStatus, string> = {
  accepted: 'Accepted: the image now appears in your lists.',
  rejected: 'Rejected: the image is hidden from your lists. You can accept it later.',
  pending: 'Moved back to pending invitations.',
};

export type SharingStep = { kind: 'ready' } | { kind: 'make_shared' } | { kind: 'refused'; message: string };

/** Only shared images have members: add one as it is, switch the image to shared first (when asked), or refuse. */
export function sharingStep(visibility: Visibility | string, makeShared: boolean): SharingStep {
  if (visibility === 'shared') return { kind: 'ready' };
  if (makeShared) return { kind: 'make_shared' };
  return { kind: 'refused', message: `This image is ${visibility}. Only shared images have member projects: switch it to Shared first.` };
}

/** A member Glance just added, as the sharing panel shows it. */
export function memberViewOf(member: Member, project: { name: string } | null): MemberView {
  return {
    projectId: member.member_id,
    name: project?.name ?? null,
    // an ID Iris could not look up is added all the same (Glance takes any ID): the table says so
    check: project ? 'found' : 'unchecked',
    status: member.status,
    createdAt: member.created_at,
    updatedAt: member.updated_at,
  };
}
