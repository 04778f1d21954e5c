'use client';

import { useQuery } from '@tanstack/react-query';
import type { Image } from '@/lib/glance/schemas';
import { imageQueryOptions } from '@/lib/query/images';

const POLL_MS = 1_500;

/** web-download failed: Glance puts the image back to queued and names the failed stores. */
export function importFailed(image: Pick<Image, 'status'> & Record<string, unknown>): boolean {
  const failed = image.os_glance_failed_import;
  return image.status === 'queued' && typeof failed === 'string' && failed.length > 0;
}

/** Nothing more will happen to the image by itself. */
export function isSettled(image: Image | undefined): boolean {
  if (!image) return false;
  return ['active', 'killed', 'deactivated', 'deleted'].includes(image.status) || importFailed(image);
}

/** The image, polled through GET /api/images/{id} until `settled` says nothing more will change. */
export function useLiveImage(id: string, enabled: boolean, settled: (image: Image | undefined) => boolean = isSettled) {
  return useQuery({
    ...imageQueryOptions(id),
    enabled,
    staleTime: 0,
    refetchInterval: (query) => (query.state.error || settled(query.state.data) ? false : POLL_MS),
  });
}
