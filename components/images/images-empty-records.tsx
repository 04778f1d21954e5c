import Link from 'next/link';
import { listEmptyRecords, type EmptyRecords } from '@/lib/data/images';
import type { Viewer } from '@/lib/glance/permissions';
import { formatDate } from '@/lib/utils';
import { ImagesEmptyRecordsDelete } from './images-empty-records-delete';

const SHOWN_BY_NAME = 5;
const count = (n: number, more: boolean) => `${n}${more ? '+' : ''} ${n === 1 && !more ? 'image has' : 'images have'}`;

/**
 * On the Project tab: the project's images that never got their data (queued), with a way to
 * give each its file or delete them all. Nothing when there are none or Glance cannot say.
 */
export async function ImagesEmptyRecords({ viewer }: { viewer: Viewer }) {
  let records: EmptyRecords;
  try {
    records = await listEmptyRecords();
  } catch {
    // the table below reports Glance failures; this panel is only a hint
    return null;
  }
  const { images, more } = records;
  if (!images.length) return null;
  return (
    <section aria-labelledby="empty-records-heading" className="rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
      <h2 id="empty-records-heading" className="font-semibold">
        {count(images.length, more)} no data
      </h2>
      <p className="mt-1">An upload was cancelled or cut off, or never started, so Glance keeps these records empty (queued). Upload a file to one, or delete them.</p>
      <ul className="mt-2 space-y-1">
        {images.slice(0, SHOWN_BY_NAME).map((image) => (
          <li key={image.id} className="flex flex-wrap items-baseline gap-x-2">
            <Link href={`/images/${image.id}/upload`} className="font-medium break-all underline underline-offset-2 hover:text-amber-950">
              {image.name || image.id}
            </Link>
            <span className="text-xs text-amber-800">created {formatDate(image.createdAt)}</span>
          </li>
        ))}
        {images.length > SHOWN_BY_NAME && <li className="text-xs text-amber-800">and {images.length - SHOWN_BY_NAME} more</li>}
      </ul>
      <div className="mt-3">
        <ImagesEmptyRecordsDelete images={images} viewer={viewer} />
      </div>
    </section>
  );
}
