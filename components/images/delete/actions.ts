'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { describeOpenStackError, fail, ok, type ActionState } from '@/lib/action-state';
import { deleteImage, getImage, type GlanceContext } from '@/lib/data/glance';
import { forgetProjectUsage } from '@/lib/data/usage';
import { glanceAction } from '@/lib/data/glance-action';
import { canDelete, viewerOf } from '@/lib/glance/permissions';
import { imageIdSchema } from '@/lib/glance/schemas';
import { auditOpenStackRefusal, refuse } from '@/lib/data/refusals';
import type { Session } from '@/lib/session/schema';
import { OpenStackError, OpenStackUnavailableError } from '@/lib/openstack/errors';

export interface DeleteResult {
  id: string;
  name: string;
  ok: boolean;
  message?: string;
}

const MAX_BATCH = 100;
const PARALLEL = 4;

const idsSchema = z
  .array(imageIdSchema)
  .min(1, 'Choose at least one image to delete.')
  .max(MAX_BATCH, `Delete at most ${MAX_BATCH} images at once.`);

/** A per-image failure message; 401 and bugs propagate (login redirect, error page). */
async function failure(id: string, name: string, error: unknown): Promise<DeleteResult> {
  const expected = error instanceof OpenStackUnavailableError || (error instanceof OpenStackError && error.status !== 401);
  if (!expected) throw error;
  await auditOpenStackRefusal('image.delete', error, id);
  return { id, name, ok: false, message: describeOpenStackError(error).message };
}

async function deleteOne(ctx: GlanceContext, session: Session, id: string): Promise<DeleteResult> {
  let name = id;
  try {
    const image = await getImage(ctx, id);
    name = image.name || id;
    const permission = canDelete(image, viewerOf(session));
    if (!permission.allowed) {
      await refuse('image.delete', session, 'not_permitted', permission.reason, id);
      return { id, name, ok: false, message: permission.reason };
    }
    await deleteImage(ctx, id);
    return { id, name, ok: true };
  } catch (error) {
    return failure(id, name, error);
  }
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}

/**
 * Delete 1..n images, each checked on the server (owner or admin, not protected) and each
 * with its own result: one refusal does not stop the others.
 */
export async function deleteImages(imageIds: string[]): Promise<ActionState<{ results: DeleteResult[] }>> {
  const parsed = idsSchema.safeParse(imageIds);
  if (!parsed.success) return fail('invalid_input', parsed.error.issues[0]!.message);
  const ids = [...new Set(parsed.data)];
  return glanceAction(
    'image.delete',
    async (ctx, session) => {
      const results = await inBatches(ids, PARALLEL, (id) => deleteOne(ctx, session, id));
      const deleted = results.filter((r) => r.ok).length;
      if (deleted) forgetProjectUsage(session);
      const summary =
        deleted === results.length
          ? `Deleted ${deleted === 1 ? `“${results[0]!.name}”` : `${deleted} images`}.`
          : `Deleted ${deleted} of ${results.length} images.`;
      return ok(summary, { results });
    },
    {
      // refresh only when something went: each image's own failure is in its result
      revalidate: (result) => {
        if (result.status === 'success' && result.data?.results.some((r) => r.ok)) revalidatePath('/images', 'layout');
      },
    },
  );
}
