'use server';

import { z } from 'zod';
import { fail, fromOpenStackError, ok, type ActionState } from '@/lib/action-state';
import { addMember, getImage, getMember, removeMember, updateImage, updateMemberStatus, type GlanceContext } from '@/lib/data/glance';
import { glanceAction, parseImageArgs } from '@/lib/data/glance-action';
import { MEMBER_STATUSES, type MemberStatus } from '@/lib/glance/constants';
import type { Image } from '@/lib/glance/schemas';
import { imageIdSchema } from '@/lib/glance/schemas';
import { auditOpenStackRefusal, refuse } from '@/lib/data/refusals';
import { getProjectNames, projectLabel } from '@/lib/data/projects';
import { keystoneProjectDirectory } from '@/lib/keystone/project-directory';
import { resolveProject, type ProjectSummary } from '@/lib/keystone/resolve-project';
import { OpenStackError } from '@/lib/openstack/errors';
import { describeAddMemberFailure, describeRemoveMemberFailure } from '@/lib/images/sharing/errors';
import { memberIdSchema, projectInputSchema, type MemberView } from '@/lib/images/sharing/members';
import { memberViewOf, NOT_OWNER_MESSAGE, OWNER_ANSWERING_MESSAGE, OWNER_AS_MEMBER_MESSAGE, RESPONSE_DONE, sharingStep } from '@/lib/images/sharing/rules';
import type { Session } from '@/lib/session/schema';

export interface AddedMember {
  member: MemberView;
  /** false when Iris could not confirm the project exists (Glance accepts any ID). */
  verified: boolean;
  madeShared: boolean;
}

const addSchema = z.object({ imageId: imageIdSchema, project: projectInputSchema, makeShared: z.boolean() });
const removeSchema = z.object({ imageId: imageIdSchema, memberId: memberIdSchema });

async function ownerCheck(image: Image, session: Session): Promise<ActionState<never> | null> {
  if (image.owner === session.project.id) return null;
  return refuse('share.add', session, 'not_owner', NOT_OWNER_MESSAGE, image.id);
}

type Target = { project: ProjectSummary | null; id: string };

async function resolveTarget(input: string, session: Session, image: Image): Promise<Target | ActionState<never>> {
  const resolution = await resolveProject(input, keystoneProjectDirectory(session.cloud.keystoneUrl, session.token));
  if (resolution.kind !== 'resolved' && resolution.kind !== 'unverified') {
    const code = resolution.kind === 'not_found' ? 'not_found' : 'invalid_input';
    return fail(code, resolution.message, { fieldErrors: { project: [resolution.message] }, values: { project: input } });
  }
  const target = resolution.kind === 'resolved' ? { project: resolution.project, id: resolution.project.id } : { project: null, id: resolution.id };
  if (target.id === image.owner) {
    return fail('invalid_input', OWNER_AS_MEMBER_MESSAGE, { fieldErrors: { project: [OWNER_AS_MEMBER_MESSAGE] }, values: { project: input } });
  }
  return target;
}

/** Glance's refusal in words that say what to do; a duplicate reports the member's current status. */
async function addFailure(ctx: GlanceContext, imageId: string, target: Target, error: unknown): Promise<ActionState<never>> {
  if (!(error instanceof OpenStackError)) return fromOpenStackError(error);
  await auditOpenStackRefusal('share.add', error, imageId);
  const label = target.project?.name ?? `Project ${target.id}`;
  const described = describeAddMemberFailure(error, label);
  if (!described) return fromOpenStackError(error);
  if (error.status === 409) {
    const existing = await getMember(ctx, imageId, target.id).catch(() => null);
    if (existing) return fail('conflict', `${label} is already a member of this image (${existing.status}). Nothing was changed.`);
  }
  return fail(described.code, described.message);
}

async function shareWith(ctx: GlanceContext, image: Image, target: Target, makeShared: boolean): Promise<ActionState<AddedMember>> {
  const step = sharingStep(image.visibility, makeShared);
  if (step.kind === 'refused') return fail('conflict', step.message);
  const madeShared = step.kind === 'make_shared';
  if (madeShared) await updateImage(ctx, image.id, [{ op: 'replace', path: '/visibility', value: 'shared' }]);
  try {
    const member = await addMember(ctx, image.id, target.id);
    const label = target.project?.name ?? `project ${target.id}`;
    const data = { member: memberViewOf(member, target.project), verified: target.project !== null, madeShared };
    return ok(`${madeShared ? 'Image is now shared. ' : ''}Invited ${label}: it appears as pending until the project accepts.`, data);
  } catch (error) {
    const failure = await addFailure(ctx, image.id, target, error);
    if (madeShared && failure.status === 'error') return { ...failure, message: `The image is now shared, but the project was not added. ${failure.message}` };
    return failure;
  }
}

/**
 * Owner side of sharing: add a project (by name where Keystone lets this user resolve it,
 * otherwise by ID) as a member of an image, optionally switching the image to `shared` first.
 */
export async function addImageMember(imageId: string, project: string, options: { makeShared?: boolean } = {}): Promise<ActionState<AddedMember>> {
  const parsed = parseImageArgs(addSchema, { imageId, project, makeShared: options?.makeShared ?? false }, { project: String(project ?? '') });
  if (!parsed.ok) return parsed.state;
  return glanceAction(
    'share.add',
    async (ctx, session): Promise<ActionState<AddedMember>> => {
      const image = await getImage(ctx, parsed.data.imageId);
      const notOwner = await ownerCheck(image, session);
      if (notOwner) return notOwner;
      const target = await resolveTarget(parsed.data.project, session, image);
      if ('status' in target) return target;
      return shareWith(ctx, image, target, parsed.data.makeShared);
    },
    { target: parsed.data.imageId },
  );
}

/** Owner side: take a project's access away. A member that is already gone counts as removed. */
export async function removeImageMember(imageId: string, memberId: string): Promise<ActionState> {
  const parsed = parseImageArgs(removeSchema, { imageId, memberId });
  if (!parsed.ok) return parsed.state;
  return glanceAction(
    'share.remove',
    async (ctx): Promise<ActionState> => {
      const label = projectLabel(await getProjectNames(), parsed.data.memberId);
      try {
        await removeMember(ctx, parsed.data.imageId, parsed.data.memberId);
        return ok(`Removed ${label}: it can no longer see or use this image.`);
      } catch (error) {
        if (error instanceof OpenStackError && error.status === 404 && /member list/i.test(error.detail)) return ok(`${label} was not a member any more.`);
        await auditOpenStackRefusal('share.remove', error, parsed.data.imageId);
        const described = error instanceof OpenStackError ? describeRemoveMemberFailure(error) : null;
        return described ? fail(described.code, described.message) : fromOpenStackError(error);
      }
    },
    { target: parsed.data.imageId },
  );
}

const respondSchema = z.object({
  imageId: imageIdSchema,
  status: z.enum(MEMBER_STATUSES, { message: 'An invitation can only be accepted, rejected or left pending.' }),
});

/**
 * The consumer side of sharing: the current project accepts, rejects or resets an
 * invitation to an image another project shared with it.
 */
export async function respondToShare(imageId: string, status: MemberStatus): Promise<ActionState> {
  const parsed = respondSchema.safeParse({ imageId, status });
  if (!parsed.success) return fail('invalid_input', parsed.error.issues[0]!.message);
  return glanceAction(
    'share.respond',
    async (ctx, session) => {
      // Glance would answer the owner's own project with a bare 403; say why instead
      const image = await getImage(ctx, parsed.data.imageId);
      if (image.owner === session.project.id) {
        return refuse('share.respond', session, 'owner_answering', OWNER_ANSWERING_MESSAGE, image.id);
      }
      await updateMemberStatus(ctx, parsed.data.imageId, session.project.id, parsed.data.status);
      return ok(RESPONSE_DONE[parsed.data.status]);
    },
    { target: parsed.data.imageId },
  );
}
