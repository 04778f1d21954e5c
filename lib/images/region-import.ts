import { z } from 'zod';
import { IMAGE_LIMITS } from './image-fields';

/** An image another region's Glance lists for this project, as the import page offers it. */
export interface RemoteImage {
  id: string;
  name: string;
  diskFormat: string;
  containerFormat: string;
  size: number | null;
}

export const regionImportMessages = {
  disabled: 'This cloud does not enable Glance’s glance-download import method: download the image from the other region and upload it here instead.',
  unknownRegion: (region: string, regions: readonly string[]) =>
    regions.length ? `There is no other image region “${region}” in your catalog. Choose one of: ${regions.join(', ')}.` : 'Your catalog lists no other region with an image service.',
  imageGone: (region: string) => `${region} has no image with that ID that your project can see.`,
  notActive: (region: string, status: string) => `That image is ${status} in ${region}: only an active image can be imported.`,
};

/** The form of the import page (POSTed to importFromRegion). */
export const regionImportSchema = z.object({
  region: z.string().trim().min(1, 'Choose a region.').max(255),
  image_id: z.uuid({ message: 'Choose an image to import.' }),
  name: z.string().trim().max(IMAGE_LIMITS.name, `Up to ${IMAGE_LIMITS.name} characters.`),
  store: z.string().trim().max(255),
});
export type RegionImportInput = z.infer<typeof regionImportSchema>;

export function readRegionImportForm(formData: FormData): Record<keyof RegionImportInput, string> {
  const text = (key: string) => String(formData.get(key) ?? '');
  return { region: text('region'), image_id: text('image_id'), name: text('name'), store: text('store') };
}
