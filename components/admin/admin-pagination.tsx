import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

/** Glance pages with markers, so there are only "first" and "next", no page numbers. */
export function AdminPagination({ firstHref, nextHref, onFirstPage }: { firstHref: string; nextHref?: string; onFirstPage: boolean }) {
  if (onFirstPage && !nextHref) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex justify-end gap-2">
      {!onFirstPage && <Link prefetch={false} href={firstHref} className={buttonClasses('secondary', 'sm')}>First page</Link>}
      {nextHref && <Link prefetch={false} href={nextHref} className={buttonClasses('secondary', 'sm')}>Next page</Link>}
    </nav>
  );
}
