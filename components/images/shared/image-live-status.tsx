'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { TRANSITIONAL_STATUSES } from '@/lib/glance/constants';
import type { Image } from '@/lib/glance/schemas';
import { imageQueryOptions } from '@/lib/query/images';
import { ImageStatusBadge } from './image-status-badge';

const POLL_MS = 2_000;
// A record created without data stays `queued` forever: stop asking after a while.
const QUEUED_GIVE_UP_MS = 10 * 60_000;

interface ImageLiveStatusProps {
  image: Pick<Image, 'id' | 'status'>;
  /** Re-render the server page once the status settles, so every other field is fresh too. */
  refreshOnSettle?: boolean;
  /** false: someone else fills the ['images', id] cache (the list polls all its rows in one request). */
  poll?: boolean;
}

/** A status badge that polls while the image is in a transitional status. */
export function ImageLiveStatus({ image, refreshOnSettle = true, poll = true }: ImageLiveStatusProps) {
  const router = useRouter();
  const startedAt = useRef(0);
  useEffect(() => {
    startedAt.current = Date.now();
  }, []);
  const transitional = TRANSITIONAL_STATUSES.has(image.status);
  const query = useQuery({
    ...imageQueryOptions(image.id),
    enabled: transitional && poll,
    refetchInterval: (q) => {
      const status = q.state.data?.status ?? image.status;
      if (!TRANSITIONAL_STATUSES.has(status) || q.state.error) return false;
      if (status === 'queued' && Date.now() - startedAt.current > QUEUED_GIVE_UP_MS) return false;
      return POLL_MS;
    },
  });
  // a settled status from the server wins over a cached one from an earlier visit
  const status = transitional ? (query.data?.status ?? image.status) : image.status;
  const settled = transitional && !TRANSITIONAL_STATUSES.has(status);

  useEffect(() => {
    if (settled && refreshOnSettle) router.refresh();
  }, [settled, refreshOnSettle, router]);

  return (
    // the testid only where it polls itself (the image page): list rows carry their ID once, in the link
    <span aria-live="polite" data-testid={poll ? `status-${image.id}` : undefined}>
      <ImageStatusBadge status={status} />
    </span>
  );
}
