'use server';

import { describeOpenStackError, fail, fromFieldErrors, fromZodError, ok, type ActionState } from '@/lib/action-state';
import { createImage as createGlanceImage, deleteImage, importImage, type GlanceContext } from '@/lib/data/glance';
import { glanceAction, refreshImageList } from '@/lib/data/glance-action';
import { createImageSchema, echoCreateImageForm, readCreateImageForm, type ExpectedHash } from '@/lib/images/create-schema';
import { OpenStackError } from '@/lib/openstack/errors';
import { loadCreateOptions } from '@/lib/data/create-options';
import { catalogRefusals } from '@/lib/data/metadefs';
import { catalogConflicts, placeRowErrors } from '@/lib/images/catalog-values';
import { readCatalogRows, readFreeRows } from '@/lib/images/image-fields';
import { createQuotaRefusal } from '@/lib/data/usage';
import { storeChoiceProblem } from '@/lib/images/stores';

export interface CreatedImage {
  id: string;
  name: string;
  source: 'file' | 'url';
  diskFormat: string;
  containerFormat: string;
  visibility: string;
  expectedHash?: ExpectedHash;
  /** The store chosen on a multi-store cloud (checked against Glance's list); the upload sends it on. */
  store?: string;
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
  const result = await glanceAction(
    'image.create',
    async (ctx, session): Promise<ActionState<CreatedImage>> => {
      // a key set both in a free row and in the catalog first: the schema would call it a repeated key
      const conflicts = catalogConflicts(readFreeRows(formData), readCatalogRows(formData));
      if (Object.keys(conflicts).length) return fromFieldErrors(conflicts, undefined, echo);
      const options = await loadCreateOptions(ctx, session);
      const parsed = createImageSchema(options).safeParse(values);
      if (!parsed.success) return placeRowErrors(fromZodError(parsed.error, echo), formData);
      // the project's quota, before the record exists: an upload that cannot fit changes nothing in Glance
      const overQuota = await createQuotaRefusal(ctx, session, parsed.data.source, options.glanceDirect);
      if (overQuota) return fromFieldErrors({ [parsed.data.source.kind]: [overQuota] }, 'The image does not fit in the project’s quota.', echo);
      const store = String(formData.get('store') ?? '');
      const storeProblem = storeChoiceProblem(options.stores, store);
      if (storeProblem) return fromFieldErrors({ store: [storeProblem] }, undefined, echo);
      // Glance's metadata catalog types some keys (hw_disk_bus: one of scsi, virtio, …); Glance itself does not check
      const refused = await catalogRefusals(ctx, session, formData);
      if (refused) return fromFieldErrors(refused, undefined, echo);
      const { body, source, expectedHash } = parsed.data;
      const image = await createGlanceImage(ctx, body);
      if (source.kind === 'url') {
        const refused = await startWebDownload(ctx, image.id, source.uri, store);
        if (refused) return refused;
      }
      return ok(`Image “${body.name}” created.`, {
        id: image.id,
        name: body.name,
        source: source.kind,
        diskFormat: body.disk_format,
        containerFormat: body.container_format,
        visibility: body.visibility,
        expectedHash,
        // Glance's default store needs no naming: the upload keeps the plain path (and nginx's byte path)
        ...(store && !options.stores.find((choice) => choice.id === store)?.isDefault ? { store } : {}),
      });
    },
    { revalidate: refreshImageList },
  );
  // every refusal gives the form its values back
  return withValues(result, echo);
}

async function startWebDownload(ctx: GlanceContext, id: string, uri: string, store: string): Promise<ActionState<never> | undefined> {
  try {
    await importImage(ctx, id, { name: 'web-download', uri }, store ? { stores: [store] } : {});
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
