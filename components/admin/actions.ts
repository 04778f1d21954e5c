'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { fail, ok, type ActionState } from '@/lib/action-state';
import { getImage, updateImage, type GlanceContext } from '@/lib/data/glance';
import { glanceAction, type GlanceActionOptions } from '@/lib/data/glance-action';
import { promotionPatch, RETIRE_MODES, retirePatch } from '@/lib/admin/curation';
import { canPublishAsOfficial } from '@/lib/admin/review';
import { env } from '@/lib/env';
import type { JsonPatchOperation } from '@/lib/glance/json-patch';
import { imageIdSchema, type Image } from '@/lib/glance/schemas';

const label = (image: Image) => `“${image.name || image.id}”`;

/** Administrators only; on success the admin page and every /images page are refreshed. */
const ADMIN_ACTION: GlanceActionOptions<undefined> = {
  admin: true,
  revalidate: (result) => {
    if (result.status !== 'success') return;
    revalidatePath('/admin/images');
    revalidatePath('/images', 'layout');
  },
};

/** Apply a patch unless there is nothing to change (Glance rejects an empty patch list). */
async function patch(ctx: GlanceContext, image: Image, ops: JsonPatchOperation[]): Promise<Image> {
  return ops.length ? updateImage(ctx, image.id, ops) : image;
}

type Curation = { ops: JsonPatchOperation[]; done: string };

/** Every curation: read the image fresh, then patch what `change` decides and say `done`, or return its refusal. */
function curate(action: string, imageId: string, change: (image: Image) => Curation | ActionState): Promise<ActionState> {
  return glanceAction(
    action,
    async (ctx) => {
      const image = await getImage(ctx, imageId);
      const decided = change(image);
      if ('status' in decided) return decided;
      await patch(ctx, image, decided.ops);
      return ok(decided.done);
    },
    ADMIN_ACTION,
  );
}

/** Make any project's image public: every project sees it in its default list. */
export async function publishImage(imageId: string): Promise<ActionState> {
  const id = imageIdSchema.safeParse(imageId);
  if (!id.success) return fail('invalid_input', id.error.issues[0]!.message);
  return curate('admin.publish', id.data, (image) => ({
    ops: image.visibility === 'public' ? [] : [{ op: 'replace', path: '/visibility', value: 'public' }],
    done: `${label(image)} is now public.`,
  }));
}

const promoteSchema = z.object({ imageId: imageIdSchema, ownerId: z.string().optional() });

/**
 * Official = public, listed, owned by a configured curator project. A curator upload is just
 * published; an image of another project is transferred to the curator project first.
 */
export async function promoteToOfficial(imageId: string, ownerId?: string): Promise<ActionState> {
  const parsed = promoteSchema.safeParse({ imageId, ownerId });
  if (!parsed.success) return fail('invalid_input', 'That image or curator project is not valid.');
  const owners = env().OFFICIAL_IMAGE_OWNERS;
  const target = parsed.data.ownerId ? owners.find((o) => o.id === parsed.data.ownerId) : owners[0];
  if (!target) return fail('invalid_input', 'No curator project is configured for Official images (OFFICIAL_IMAGE_OWNERS).');
  return curate('admin.promote', parsed.data.imageId, (image) =>
    canPublishAsOfficial(image)
      ? { ops: promotionPatch(image, target.id), done: `${label(image)} is now an Official image.` }
      : fail('conflict', `${label(image)} is ${image.status}: only active images with data can become Official.`),
  );
}

const retireSchema = z.object({ imageId: imageIdSchema, mode: z.enum(RETIRE_MODES) });

/** Retire: hide from every default list (still bootable by ID), or make it private. */
export async function retireImage(imageId: string, mode: string): Promise<ActionState> {
  const parsed = retireSchema.safeParse({ imageId, mode });
  if (!parsed.success) return fail('invalid_input', 'That image or retire option is not valid.');
  return curate('admin.retire', parsed.data.imageId, (image) => ({
    ops: retirePatch(image, parsed.data.mode),
    done: parsed.data.mode === 'hide' ? `${label(image)} is hidden from image lists.` : `${label(image)} is now private to its project.`,
  }));
}

/** Undo a hide: the image shows in default lists again. */
export async function restoreImage(imageId: string): Promise<ActionState> {
  const id = imageIdSchema.safeParse(imageId);
  if (!id.success) return fail('invalid_input', id.error.issues[0]!.message);
  return curate('admin.restore', id.data, (image) => ({
    ops: image.os_hidden ? [{ op: 'replace', path: '/os_hidden', value: false }] : [],
    done: `${label(image)} is listed again.`,
  }));
}
