import 'server-only';
import { getImage, getMember, listMembers, type GlanceContext } from '@/lib/glance/client';
import type { Image, Member } from '@/lib/glance/schemas';
import { OpenStackError } from '@/lib/openstack/errors';
import { sortMembers, type MembersResponse } from '@/lib/sharing/members';
import { getProjectNames } from './projects';

/** Members of an image already loaded; Glance answers 403 for non-shared images, so skip those. */
export async function membersOf(ctx: GlanceContext, image: Image): Promise<MembersResponse> {
  if (image.visibility !== 'shared') return { visibility: image.visibility, members: [] };
  const [members, names] = await Promise.all([listMembers(ctx, image.id), getProjectNames()]);
  return {
    visibility: image.visibility,
    members: sortMembers(
      members.map((member) => ({
        projectId: member.member_id,
        name: names.get(member.member_id) ?? null,
        status: member.status,
        createdAt: member.created_at,
        updatedAt: member.updated_at,
      })),
    ),
  };
}

export async function loadMembers(ctx: GlanceContext, imageId: string): Promise<MembersResponse> {
  return membersOf(ctx, await getImage(ctx, imageId));
}

export type SharingRole =
  | { kind: 'owner'; members: MembersResponse }
  | { kind: 'member'; member: Member }
  | { kind: 'none' };

/** How the current project relates to this image for sharing: owner, invited member, or neither. */
export async function sharingRoleOf(ctx: GlanceContext, image: Image, projectId: string): Promise<SharingRole> {
  if (image.owner === projectId) return { kind: 'owner', members: await membersOf(ctx, image) };
  if (image.visibility !== 'shared') return { kind: 'none' };
  try {
    return { kind: 'member', member: await getMember(ctx, image.id, projectId) };
  } catch (error) {
    if (error instanceof OpenStackError && (error.status === 404 || error.status === 403)) return { kind: 'none' };
    throw error;
  }
}
