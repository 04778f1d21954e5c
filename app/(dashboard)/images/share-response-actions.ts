'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { fail, ok, type ActionState } from '@/lib/action-state';
import { MEMBER_STATUSES, type MemberStatus } from '@/lib/glance/constants';
import { getImage, updateMemberStatus } from '@/lib/glance/client';
import { imageIdSchema } from '@/lib/glance/schemas';
import { withGlance } from '@/lib/data/glance-context';
import { failedAction, refuse } from '@/lib/data/refusals';

const inputSchema = z.object({
  imageId: imageIdSchema,
  status: z.enum(MEMBER_STATUSES, { message: 'An invitation can only be accepted, rejected or left pending.' }),
});

const DONE: Record<MemberStatus, string> = {
  accepted: 'Accepted: the image now appears in your lists.',
  rejected: 'Rejected: the image is hidden from your lists. You can accept it later.',
  pending: 'Moved back to pending invitations.',
};

/**
 * The consumer side of sharing: the current project accepts, rejects or resets an
 * invitation to an image another project shared with it.
 */
export async function respondToShare(imageId: string, status: MemberStatus): Promise<ActionState> {
  const parsed = inputSchema.safeParse({ imageId, status });
  if (!parsed.success) return fail('invalid_input', parsed.error.issues[0]!.message);
  const result = await withGlance(async (ctx, session) => {
    // Glance would answer the owner's own project with a bare 403; say why instead
    const image = await getImage(ctx, parsed.data.imageId);
    if (image.owner === session.project.id) {
      return refuse('share.respond', session, 'owner_answering', 'Your project owns this image: only the projects it is shared with can accept or reject it.', image.id);
    }
    await updateMemberStatus(ctx, parsed.data.imageId, session.project.id, parsed.data.status);
    return ok(DONE[parsed.data.status]);
  }).catch(failedAction('share.respond', parsed.data.imageId));
  if (result.status === 'success') revalidatePath('/images', 'layout');
  return result;
}
