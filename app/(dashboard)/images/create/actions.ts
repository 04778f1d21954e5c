'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { describeOpenStackError, fail, fromZodError, ok, type ActionState } from '@/lib/action-state';
import { createImage as createGlanceImage, deleteImage, getImage, importImage, updateImage, type GlanceContext } from '@/lib/glance/client';
import { createImageSchema, echoCreateImageForm, readCreateImageForm, type ExpectedHash } from '@/lib/glance/create-schema';
import { imageIdSchema, INVALID_IMAGE_ID } from '@/lib/glance/schemas';
import { withGlance } from '@/lib/data/glance-context';
import { failedAction, refuse } from '@/lib/data/refusals';
import { OpenStackError } from '@/lib/openstack/errors';
import { loadCreateOptions } from './create-options';

export interface CreatedImage {
  id: string;
  name: string;
  source: 'file' | 'url';
  diskFormat: string;
  containerFormat: string;
  visibility: string;
  expectedHash?: ExpectedHash;
}

function withValues<T>(state: ActionState<T>, values: Record<string, string | string[]>): ActionState<T> {
  return state.status === 'error' ? { ...state, values } : state;
}

/**
 * Create the image record from the form. A file source stops here (the browser then streams the
 * file to /api/uploads/{id}); a URL source also starts web-download, and a refused URL deletes the
 * record again so nothing is left behind.
 */
export async function createImage(_prev: ActionState<CreatedImage>, formData: FormData): Promise<ActionState<CreatedImage>> {
  const values = readCreateImageForm(formData);
  const echo = echoCreateImageForm(values);
  const result = await withGlance(async (ctx, session): Promise<ActionState<CreatedImage>> => {
    const parsed = createImageSchema(await loadCreateOptions(ctx, session)).safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, echo);
    const { body, source, expectedHash } = parsed.data;
    const image = await createGlanceImage(ctx, body);
    if (source.kind === 'url') {
      const refused = await startWebDownload(ctx, image.id, source.uri);
      if (refused) return withValues(refused, echo);
    }
    return ok(`Image “${body.name}” created.`, {
      id: image.id,
      name: body.name,
      source: source.kind,
      diskFormat: body.disk_format,
      containerFormat: body.container_format,
      visibility: body.visibility,
      expectedHash,
    });
  }).catch(async (error: unknown) => withValues(await failedAction('image.create')(error), echo));
  if (result.status === 'success') revalidatePath('/images');
  return result;
}

async function startWebDownload(ctx: GlanceContext, id: string, uri: string): Promise<ActionState<never> | undefined> {
  try {
    await importImage(ctx, id, { name: 'web-download', uri });
    return undefined;
  } catch (error) {
    if (!(error instanceof OpenStackError)) throw error;
    await deleteImage(ctx, id).catch(() => undefined);
    const message = /filtering/i.test(error.detail)
      ? 'Glance refused this URL: its host, port or scheme is not on this cloud’s allow-list for web-download. Upload the file instead, or ask your operator.'
      : describeOpenStackError(error).message;
    return fail(describeOpenStackError(error).code, message, { fieldErrors: { url: [message] } });
  }
}

const retryImportSchema = z.object({ imageId: imageIdSchema, uri: z.url({ protocol: /^https?$/, message: 'Use an http:// or https:// address.' }) });

/** Start web-download again for an image whose import failed (Glance put it back to queued). */
export async function retryWebDownload(imageId: string, uri: string): Promise<ActionState> {
  if (!imageIdSchema.safeParse(imageId).success) return fail('invalid_input', INVALID_IMAGE_ID);
  const parsed = retryImportSchema.safeParse({ imageId, uri });
  if (!parsed.success) return fromZodError(parsed.error);
  return withGlance(async (ctx) => {
    await importImage(ctx, parsed.data.imageId, { name: 'web-download', uri: parsed.data.uri });
    return ok('Import started again.');
  }).catch(failedAction('image.import', parsed.data.imageId));
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
  const result = await withGlance(async (ctx, session) => {
    const image = await getImage(ctx, id.data);
    if (image.protected) {
      if (!EMPTY_STATUSES.has(image.status)) return refuse('image.discard', session, 'protected', 'This image is protected. Remove the protection on its page first.', image.id);
      await updateImage(ctx, id.data, [{ op: 'replace', path: '/protected', value: false }]);
    }
    await deleteImage(ctx, id.data);
    return ok(`Image “${image.name ?? id.data}” deleted.`);
  }).catch(failedAction('image.discard', id.data));
  if (result.status === 'success') revalidatePath('/images');
  return result;
}
