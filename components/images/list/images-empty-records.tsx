'use client';

import { useQuery } from '@tanstack/react-query';
import { loadWhenShown } from '@/components/ui/load-when-shown';
import { useState } from 'react';
import type { Viewer } from '@/lib/glance/permissions';
import { emptyRecordsQueryOptions } from '@/lib/query/images';

// most projects have no empty records: the panel's code loads only for one that has
const ImagesEmptyRecordsPanel = loadWhenShown(() => import('./images-empty-records-panel').then((m) => m.ImagesEmptyRecordsPanel));

/**
 * On the Project tab: the project's images that never got their data (queued), loaded by the
 * browser after the page so the list is not held up by a second Glance query. Once there were some,
 * rendered even when there are none, so the delete dialog can show its results after the list refreshes
 * without them.
 * A failure shows nothing: the table reports Glance failures; this panel is only a hint.
 */
export function ImagesEmptyRecords({ viewer }: { viewer: Viewer }) {
  const { data } = useQuery(emptyRecordsQueryOptions(viewer.projectId));
  const [needed, setNeeded] = useState(false);
  // derived from the previous render, React's way: no effect, no extra paint
  if (!needed && data?.images.length) setNeeded(true);
  if (!needed) return null;
  return (
    <ImagesEmptyRecordsPanel images={data?.images ?? []} more={data?.more ?? false} viewer={viewer} />
  );
}
