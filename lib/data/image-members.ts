import 'server-only';
import { canListProjects } from '@/lib/keystone/project-directory';
import { getImage, getMember, listMembers, type GlanceContext } from '@/lib/glance/client';
import type { Image, Member } from '@/lib/glance/schemas';
import { keystoneProjectDirectory } from '@/lib/keystone/project-directory';
import type { ProjectSummary } from '@/lib/keystone/resolve-project';
import { mapLimited } from '@/lib/map-limited';
import { OpenStackError } from '@/lib/openstack/errors';
import { projectCheckOf, sortMembers, type MembersResponse } from '@/lib/images/sharing/members';
import { findImage } from './glance';
import { withGlance } from './glance-context';
import { getProjectNames } from './projects';

type Answer = ProjectSummary | 'not_found' | 'forbidden';
const LOOKUPS_IN_FLIGHT = 8;

/**
 * Ask Keystone, with this user's token, about member IDs it has not named yet. Glance accepts
 * any ID, so this is how a mistyped or deleted project shows. When policy refuses the first
 * look-up (a plain project member), the rest are not asked: the answer would be the same.
 */
async function lookUpUnnamed(ids: string[], ctx: GlanceContext): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  const [first, ...rest] = ids;
  if (!first) return answers;
  const directory = keystoneProjectDirectory(ctx.keystone, ctx.token);
  // Keystone slow or failing: the table still works with IDs, as if it had refused
  const ask = (id: string): Promise<Answer> => directory.byId(id).catch(() => 'forbidden' as const);
  answers.set(first, await ask(first));
  if (answers.get(first) === 'forbidden') return answers;
  // a few at a time: an image may have up to 128 members (image_member_quota)
  const found = await mapLimited(rest, LOOKUPS_IN_FLIGHT, ask);
  rest.forEach((id, index) => answers.set(id, found[index]!));
  return answers;
}

/** Members of an image already loaded; Glance answers 403 for non-shared images, so skip those. */
export async function membersOf(ctx: GlanceContext, image: Image): Promise<MembersResponse> {
  if (image.visibility !== 'shared') return { visibility: image.visibility, members: [] };
  const [members, names] = await Promise.all([listMembers(ctx, image.id), getProjectNames()]);
  const answers = await lookUpUnnamed(
    members.map((member) => member.member_id).filter((id) => !names.has(id)),
    ctx,
  );
  return {
    visibility: image.visibility,
    members: sortMembers(
      members.map((member) => {
        const answer = answers.get(member.member_id);
        const name = names.get(member.member_id) ?? (typeof answer === 'object' ? answer.name : null);
        const lookup = name !== null ? 'named' : answer === 'not_found' ? 'not_found' : 'unknown';
        return {
          projectId: member.member_id,
          name,
          check: projectCheckOf(member.status, lookup),
          status: member.status,
          createdAt: member.created_at,
          updatedAt: member.updated_at,
        };
      }),
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

/** What the sharing page shows: the image, this project's role in it, project names; null when this project cannot see the image. */
export async function loadSharingPage(imageId: string) {
  return withGlance(async (ctx, session) => {
    const image = await findImage(ctx, imageId);
    if (!image) return null;
    const owner = image.owner === session.project.id;
    const [role, names, listable] = await Promise.all([
      sharingRoleOf(ctx, image, session.project.id),
      getProjectNames(),
      owner ? canListProjects(session.cloud.keystoneUrl, session.token, session.project.name) : false,
    ]);
    return { image, role, names, listable, project: session.project };
  });
}
