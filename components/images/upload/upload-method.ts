import type { UploadMethod } from '@/lib/upload/browser/use-image-upload';
import { importStagedImage } from './actions';

/** glance-direct: stage the file, then ask Iris's server action for the import. One object, so hooks see a stable value. */
const GLANCE_DIRECT: UploadMethod = {
  via: 'glance-direct',
  requestImport: async (imageId, { store }) => {
    const result = await importStagedImage(imageId, store);
    if (result.status === 'error') return { ok: false, message: result.message };
    return { ok: true, stagedBytes: result.status === 'success' ? result.data?.stagedBytes : undefined };
  },
};

/** How this cloud takes a file: glance-direct where /v2/info/import offers it, else the plain PUT. */
export function uploadMethodFor(glanceDirect: boolean): UploadMethod | undefined {
  return glanceDirect ? GLANCE_DIRECT : undefined;
}
