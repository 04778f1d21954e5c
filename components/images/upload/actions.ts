'use server';

import { z } from 'zod';
import { fail, ok, type ActionState } from '@/lib/action-state';
import { deleteImage, getImage, importImage, listImageTasks, updateImage } from '@/lib/data/glance';
import { forgetProjectUsage } from '@/lib/data/usage';
import { OpenStackError } from '@/lib/openstack/errors';
import { glanceTooLarge, importStatusProblem } from '@/lib/upload/server/request-checks';
import { glanceAction, parseImageArgs, refreshImageList } from '@/lib/data/glance-action';
import { imageIdSchema, INVALID_IMAGE_ID } from '@/lib/glance/schemas';
import { refuse } from '@/lib/data/refusals';
import { imageStores, storeChoiceProblem } from '@/lib/images/stores';
import { loadStores } from '@/lib/data/stores';

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

/**
 * glance-direct, second step: the file is staged (the image is `uploading`); ask Glance to import
 * it, which runs the cloud's import plugins (conversion to raw, metadata injection). Refused in
 * words, before Glance is asked, for an image in any other status.
 */
export async function importStagedImage(imageId: string, store = ''): Promise<ActionState<{ stagedBytes?: number }>> {
  const id = imageIdSchema.safeParse(imageId);
  if (!id.success) return fail('invalid_input', INVALID_IMAGE_ID);
  if (typeof store !== 'string') return fail('invalid_input', 'Choose one of the stores offered.');
  return glanceAction(
    'image.import',
    async (ctx, session) => {
      const storeProblem = storeChoiceProblem(await loadStores(ctx), store);
      if (storeProblem) return fail('invalid_input', storeProblem);
      const staged = await getImage(ctx, id.data);
      const problem = importStatusProblem(staged.status);
      if (problem) return fail('conflict', problem);
      forgetProjectUsage(session);
      try {
        // the store chosen at create; Glance's default store without one
        await importImage(ctx, id.data, { name: 'glance-direct' }, store ? { stores: [store] } : {});
      } catch (error) {
        // Glance checks the project's storage quota when asked to import (413, Keystone's words)
        if (error instanceof OpenStackError && error.status === 413) return fail('too_large', glanceTooLarge(error.detail));
        throw error;
      }
      // the size Glance recorded at staging: what it received, before any conversion changes it
      return ok('Glance is importing the image.', { stagedBytes: staged.size ?? undefined });
    },
    { target: id.data, revalidate: refreshImageList },
  );
}

/** Why Glance's last import of this image failed (its task's message), once the image is back to queued. */
export async function importFailure(imageId: string): Promise<ActionState<{ message: string }>> {
  const id = imageIdSchema.safeParse(imageId);
  if (!id.success) return fail('invalid_input', INVALID_IMAGE_ID);
  return glanceAction(
    'image.import-failure',
    async (ctx) => {
      const [last] = (await listImageTasks(ctx, id.data)).filter((task) => task.status === 'failure').sort((a, b) => b.created_at.localeCompare(a.created_at));
      const detail = last?.message ?? '';
      return ok('', { message: /413/.test(detail) ? glanceTooLarge(detail) : detail || 'Glance did not say why.' });
    },
    { target: id.data, revalidate: false },
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
      forgetProjectUsage(session);
      return ok(`Image “${image.name ?? id.data}” deleted.`);
    },
    { target: id.data, revalidate: refreshImageList },
  );
}
