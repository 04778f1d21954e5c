'use server';

import { z } from 'zod';
import { fail, ok, type ActionState } from '@/lib/action-state';
import { deleteImage, getImage, importImage, updateImage } from '@/lib/data/glance';
import { glanceAction, parseImageArgs, refreshImageList } from '@/lib/data/glance-action';
import { imageIdSchema, INVALID_IMAGE_ID } from '@/lib/glance/schemas';
import { refuse } from '@/lib/data/refusals';
import { imageStores } from '@/lib/images/stores';

const retryImportSchema = z.object({ imageId: imageIdSchema, uri: z.url({ protocol: /^https?$/, message: 'Use an http:// or https:// address.' }) });

/** Start web-download again for an image whose import failed (Glance put it back to queued). */
export async function retryWebDownload(imageId: string, uri: string): Promise<ActionState> {
  const parsed = parseImageArgs(retryImportSchema, { imageId, uri });
  if (!parsed.ok) return parsed.state;
  return glanceAction(
    'image.import',
    async (ctx) => {
      // again into the stores it failed for (the store chosen at create), not the default one
      const { failed } = imageStores(await getImage(ctx, parsed.data.imageId));
      await importImage(ctx, parsed.data.imageId, { name: 'web-download', uri: parsed.data.uri }, failed.length ? { stores: failed } : {});
      return ok('Import started again.');
    },
    { target: parsed.data.imageId, revalidate: false },
  );
}

// Statuses in which the record holds no usable data yet.
const EMPTY_STATUSES = new Set(['queued', 'saving', 'uploading', 'importing', 'killed']);

/**
 * Delete an image from the create/upload flow: a cancelled upload, a failed import, a checksum
 * mismatch. Protection is lifted only on a record that never got data (the user asked for a
 * protected image, then cancelled its upload); a protected image with data stays.
 */
export async function discardImage(imageId: string): Promise<ActionState> {
  const id = imageIdSchema.safeParse(imageId);
  if (!id.success) return fail('invalid_input', INVALID_IMAGE_ID);
  return glanceAction(
    'image.discard',
    async (ctx, session) => {
      const image = await getImage(ctx, id.data);
      if (image.protected) {
        if (!EMPTY_STATUSES.has(image.status)) return refuse('image.discard', session, 'protected', 'This image is protected. Remove the protection on its page first.', image.id);
        await updateImage(ctx, id.data, [{ op: 'replace', path: '/protected', value: false }]);
      }
      await deleteImage(ctx, id.data);
      return ok(`Image “${image.name ?? id.data}” deleted.`);
    },
    { target: id.data, revalidate: refreshImageList },
  );
}
