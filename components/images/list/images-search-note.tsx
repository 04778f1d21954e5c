import Link from 'next/link';
import { imagesHref, type ImageFilters } from '@/lib/images/image-view';
import type { ImagesPage } from '@/lib/data/images';

const count = new Intl.NumberFormat('en-GB');

const SKIPPED: Partial<Record<ImageFilters['tab'], string>> = {
  shared: 'Glance lists your own shared images here too, and Iris skips them',
  public: 'Glance lists the official images here too, and Iris skips them',
  official: 'Iris keeps only the curator projects’ images',
};

/**
 * When Iris reads rows itself (a name search; rows Glance cannot leave out), say how far it read,
 * and offer to go on when it stopped at its budget before filling the page.
 */
export function ImagesSearchNote({ filters, page }: { filters: ImageFilters; page: ImagesPage }) {
  const stoppedShort = page.budgetHit && page.rows.length < filters.limit && page.next;
  if (!filters.q && !stoppedShort) return null;
  const checked = `${count.format(page.scanned)} ${page.scanned === 1 ? 'image' : 'images'}`;
  const what = filters.q ? searchWords(filters.q, checked, page) : `${SKIPPED[filters.tab] ?? 'Iris filters this list itself'}: it checked ${checked} for this page.`;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600" data-testid="search-note">
      <span>{what}</span>
      {stoppedShort && (
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

/** What a name search read: the project's name index (each row shown re-read from Glance), or the list itself. */
function searchWords(q: string, checked: string, page: ImagesPage): string {
  const names = `Names containing “${q}” (any case)`;
  const search = page.search;
  if (search?.index === 'warm') {
    const indexed = search.indexed ?? 0;
    return `${names}: found in your project’s name index of ${count.format(indexed)} ${indexed === 1 ? 'image' : 'images'}, each row checked with Glance.`;
  }
  if (search?.index === 'cold') return `${names}: checked ${checked} of this list for this page. Your project’s name index is being built, so the next searches are faster.`;
  return `${names}: checked ${checked} of this list for this page.`;
}
