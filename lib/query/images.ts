import { queryOptions } from '@tanstack/react-query';
import { imageSchema, type Image } from '@/lib/glance/schemas';

export class ImageGoneError extends Error {}

async function fetchImage(id: string): Promise<Image> {
  const res = await fetch(`/api/images/${encodeURIComponent(id)}`, { cache: 'no-store' });
  if (res.status === 404) throw new ImageGoneError('This image no longer exists.');
  if (!res.ok) throw new Error(`Could not refresh the image (${res.status}).`);
  return imageSchema.parse(await res.json());
}

/** Query for one image, through the session-checked route handler (never a server action). */
export function imageQueryOptions(id: string) {
  return queryOptions({ queryKey: ['images', id], queryFn: () => fetchImage(id) });
}
