import { listEmptyRecords, type EmptyRecords } from '@/lib/data/images';
import type { Viewer } from '@/lib/glance/permissions';
import { ImagesEmptyRecordsPanel } from './images-empty-records-panel';

/**
 * On the Project tab: the project's images that never got their data (queued). Rendered even when
 * there are none, so the delete dialog can show its results after the list refreshes without them.
 */
export async function ImagesEmptyRecords({ viewer }: { viewer: Viewer }) {
  let records: EmptyRecords;
  try {
    records = await listEmptyRecords();
  } catch {
    // the table below reports Glance failures; this panel is only a hint
    return null;
  }
  return <ImagesEmptyRecordsPanel images={records.images} more={records.more} viewer={viewer} />;
}
