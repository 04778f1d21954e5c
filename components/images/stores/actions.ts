'use server';

import { z } from 'zod';
import { describeOpenStackError, fail, ok, type ActionState } from '@/lib/action-state';
import { deleteImageFromStore, getImage, importImage, type GlanceContext } from '@/lib/data/glance';
import { glanceAction, parseImageArgs } from '@/lib/data/glance-action';
import { loadStores } from '@/lib/data/stores';
import type { Image } from '@/lib/glance/schemas';
import { copyProblem, storeDeleteProblem, storeRefusal } from '@/lib/images/stores';
import { OpenStackError } from '@/lib/openstack/errors';

export interface StoresResult {
  /** The image as Glance has it right after the call: the Stores card follows the copy from there. */
  image: Image;
}

const storeId = z.string().trim().min(1, 'Choose a store.').max(255);
const copySchema = z.object({ stores: z.array(storeId).max(20), allMustSucceed: z.boolean() });
const removeSchema = z.object({ store: storeId });

/** Glance's refusal in store words where it has one, else the usual mapping. */
async function refused(call: () => Promise<void>): Promise<ActionState<never> | undefined> {
  try {
    await call();
    return undefined;
  } catch (error) {
    if (!(error instanceof OpenStackError) || error.status === 401) throw error;
    const { code, message } = describeOpenStackError(error);
    return fail(code, storeRefusal(error.status, error.detail) ?? message);
  }
}

const fresh = async (ctx: GlanceContext, id: string, message: string) => ok<StoresResult>(message, { image: await getImage(ctx, id) });

/**
 * Copy an active image's data to more stores (copy-image). Checked first against the image and
 * the cloud's stores, so an unknown store or one the image is already in changes nothing.
 */
export async function copyImageToStores(imageId: string, stores: string[], allMustSucceed: boolean): Promise<ActionState<StoresResult>> {
  const parsed = parseImageArgs(copySchema, { imageId, stores, allMustSucceed });
  if (!parsed.ok) return parsed.state;
  const { stores: targets } = parsed.data;
  return glanceAction(
    'image.copy_to_stores',
    async (ctx) => {
      const [image, choices] = await Promise.all([getImage(ctx, imageId), loadStores(ctx)]);
      const problem = copyProblem(choices, image, targets);
      if (problem) return fail('invalid_input', problem);
      const refusal = await refused(() =>
        importImage(ctx, imageId, { name: 'copy-image' }, { stores: targets, all_stores_must_succeed: parsed.data.allMustSucceed }),
      );
      return refusal ?? fresh(ctx, imageId, `Copying to ${targets.join(', ')} started.`);
    },
    { target: imageId },
  );
}

/** An administrator removes one store's copy of the data (never the last one: that is deleting the image). */
export async function removeImageFromStore(imageId: string, store: string): Promise<ActionState<StoresResult>> {
  const parsed = parseImageArgs(removeSchema, { imageId, store });
  if (!parsed.ok) return parsed.state;
  const target = parsed.data.store;
  return glanceAction(
    'image.remove_from_store',
    async (ctx) => {
      const problem = storeDeleteProblem(await getImage(ctx, imageId), target);
      if (problem) return fail('invalid_input', problem);
      const refusal = await refused(() => deleteImageFromStore(ctx, target, imageId));
      return refusal ?? fresh(ctx, imageId, `Removed from store ${target}.`);
    },
    { target: imageId, admin: true },
  );
}
