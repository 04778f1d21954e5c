'use server';

import { redirect } from 'next/navigation';
import { describeOpenStackError, fail, fromFieldErrors, fromZodError, ok, type ActionState } from '@/lib/action-state';
import { loadCreateOptions } from '@/lib/data/create-options';
import { createImage, deleteImage, importImage } from '@/lib/data/glance';
import { glanceAction, refreshImageList } from '@/lib/data/glance-action';
import { findRemoteImage, otherImageRegions } from '@/lib/data/region-import';
import { readRegionImportForm, regionImportMessages, regionImportSchema } from '@/lib/images/region-import';
import { storeChoiceProblem } from '@/lib/images/stores';
import { OpenStackError } from '@/lib/openstack/errors';

/**
 * Import an image from another region's Glance (glance-download): a new record here with the
 * remote image's name and formats, then Glance fetches the data and the remote image's properties
 * itself. Everything is checked before the record is made; a refused import deletes it again.
 */
export async function importFromRegion(_prev: ActionState<{ id: string }>, formData: FormData): Promise<ActionState<{ id: string }>> {
  const values = readRegionImportForm(formData);
  const parsed = regionImportSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const { region: regionName, image_id: remoteId, name, store } = parsed.data;
  const result = await glanceAction(
    'image.import_from_region',
    async (ctx, session) => {
      const [options, regions] = await Promise.all([loadCreateOptions(ctx, session), otherImageRegions(session)]);
      if (!options.glanceDownload) return fail('invalid_input', regionImportMessages.disabled);
      const region = regions.find((r) => r.region === regionName);
      if (!region) return fromFieldErrors({ region: [regionImportMessages.unknownRegion(regionName, regions.map((r) => r.region))] }, undefined, values);
      const storeProblem = storeChoiceProblem(options.stores, store);
      if (storeProblem) return fromFieldErrors({ store: [storeProblem] }, undefined, values);
      const remote = await findRemoteImage(ctx, region, remoteId);
      if (!remote) return fromFieldErrors({ image_id: [regionImportMessages.imageGone(regionName)] }, undefined, values);
      if (remote.status !== 'active') return fromFieldErrors({ image_id: [regionImportMessages.notActive(regionName, remote.status)] }, undefined, values);
      const image = await createImage(ctx, {
        name: name || remote.name || remote.id,
        disk_format: remote.disk_format ?? 'raw',
        container_format: remote.container_format ?? 'bare',
        visibility: 'private',
      });
      try {
        await importImage(
          ctx,
          image.id,
          { name: 'glance-download', glance_image_id: remote.id, glance_region: region.region, glance_service_interface: 'public' },
          store ? { stores: [store] } : {},
        );
      } catch (error) {
        if (!(error instanceof OpenStackError) || error.status === 401) throw error;
        await deleteImage(ctx, image.id).catch(() => undefined);
        return fail(describeOpenStackError(error).code, describeOpenStackError(error).message);
      }
      return ok(`Importing “${image.name ?? image.id}” from ${region.region}.`, { id: image.id });
    },
    { revalidate: refreshImageList },
  );
  if (result.status === 'success' && result.data) redirect(`/images/${result.data.id}`);
  return result.status === 'error' ? { ...result, values } : result;
}
