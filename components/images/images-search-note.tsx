import Link from 'next/link';
import { imagesHref, type ImageFilters } from '@/lib/glance/filters';
import type { ImagesPage } from '@/lib/data/images';

const count = new Intl.NumberFormat('en-GB');

/**
 * Glance matches exact names only, so Iris reads the list and matches names itself. Say how
 * far it read, and offer to go on when it stopped at its budget before filling the page.
 */
export function ImagesSearchNote({ filters, page }: { filters: ImageFilters; page: ImagesPage }) {
  if (!filters.q) return null;
  const stoppedShort = page.budgetHit && page.rows.length < filters.limit;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600" data-testid="search-note">
      <span>
        Names containing “{filters.q}” (any case): checked {count.format(page.scanned)} {page.scanned === 1 ? 'image' : 'images'} of this list for this page.
      </span>
      {stoppedShort && page.next && (
        <span className="text-amber-900">
          Stopped there to answer quickly.{' '}
          <Link href={imagesHref(filters, { marker: page.next, before: undefined })} className="font-medium text-brand-700 underline">
            Continue searching
          </Link>
        </span>
      )}
    </div>
  );
}
