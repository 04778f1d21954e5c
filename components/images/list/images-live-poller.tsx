'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { TRANSITIONAL_STATUSES } from '@/lib/glance/constants';
import type { ImageRow } from '@/lib/images/image-row';
import { imageStatusesQueryOptions } from '@/lib/query/images';

const POLL_MS = 2_000;
// Records created without data stay queued forever: stop asking after a while.
const QUEUED_GIVE_UP_MS = 10 * 60_000;

/**
 * One request every two seconds for all the page's changing rows (not one per row), feeding
 * each row's ImageLiveStatus through the ['images', id] cache. Stops when every row settles.
 */
export function ImagesLivePoller({ rows }: { rows: Pick<ImageRow, 'id' | 'status'>[] }) {
  // from the rows, not a list of IDs of its own: the page's RSC payload then names each ID once
  const ids = rows.filter((row) => TRANSITIONAL_STATUSES.has(row.status)).map((row) => row.id);
  const queryClient = useQueryClient();
  const router = useRouter();
  const startedAt = useRef(0);
  useEffect(() => {
    startedAt.current = Date.now();
  }, []);
  const query = useQuery({
    ...imageStatusesQueryOptions(ids),
    enabled: ids.length > 0,
    refetchInterval: (q) => {
      if (q.state.error) return false;
      const statuses = q.state.data?.map((image) => image.status) ?? ['queued'];
      const changing = statuses.filter((status) => TRANSITIONAL_STATUSES.has(status));
      if (!changing.length) return false;
      if (changing.every((status) => status === 'queued') && Date.now() - startedAt.current > QUEUED_GIVE_UP_MS) return false;
      return POLL_MS;
    },
  });

  useEffect(() => {
    if (!query.data) return;
    for (const image of query.data) queryClient.setQueryData(['images', image.id], image);
    // an image that vanished (deleted after pending_delete) leaves the list on the next render
    if (query.data.length < ids.length) router.refresh();
  }, [query.data, ids.length, queryClient, router]);

  return null;
}
