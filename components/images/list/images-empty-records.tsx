'use client';

import { useQuery } from '@tanstack/react-query';
import type { Viewer } from '@/lib/glance/permissions';
import { emptyRecordsQueryOptions } from '@/lib/query/images';
import { ImagesEmptyRecordsPanel } from './images-empty-records-panel';

/**
 * On the Project tab: the project's images that never got their data (queued), loaded by the
 * browser after the page so the list is not held up by a second Glance query. Rendered even when
 * there are none, so the delete dialog can show its results after the list refreshes without them.
 * A failure shows nothing: the table reports Glance failures; this panel is only a hint.
 */
export function ImagesEmptyRecords({ viewer }: { viewer: Viewer }) {
  const { data } = useQuery(emptyRecordsQueryOptions(viewer.projectId));
  return <ImagesEmptyRecordsPanel images={data?.images ?? []} more={data?.more ?? false} viewer={viewer} />;
}
