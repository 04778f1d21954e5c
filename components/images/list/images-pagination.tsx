'use client';

import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { imagesHref, type ImageFilters } from '@/lib/images/image-view';

interface ImagesPaginationProps {
  filters: ImageFilters;
  next?: string;
  prev?: string;
  shown: number;
}

/**
 * Glance pages with markers: Previous walks back from the first row, Next goes on after the last. A
 * client component only so the page's RSC payload carries its props, not its markup a second time.
 */
export function ImagesPagination({ filters, next, prev, shown }: ImagesPaginationProps) {
  const paged = Boolean(filters.marker || filters.before);
  if (!next && !prev && !paged) return null;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-600">
        {shown} {shown === 1 ? 'image' : 'images'} on this page
      </p>
      <div className="flex items-center gap-2">
        {paged && (
          <Link href={imagesHref(filters)} className={buttonClasses('ghost', 'sm')}>
            First page
          </Link>
        )}
        <PageLink href={prev ? imagesHref(filters, { marker: undefined, before: prev }) : undefined} label="Previous" rel="prev" />
        <PageLink href={next ? imagesHref(filters, { marker: next, before: undefined }) : undefined} label="Next" rel="next" />
      </div>
    </nav>
  );
}

function PageLink({ href, label, rel }: { href?: string; label: string; rel: string }) {
  const arrow = rel === 'prev' ? '←' : '→';
  const content = rel === 'prev' ? <><span aria-hidden="true">{arrow}</span> {label}</> : <>{label} <span aria-hidden="true">{arrow}</span></>;
  if (!href) {
    return (
      <span aria-disabled="true" className="inline-flex h-8 cursor-not-allowed items-center justify-center gap-2 rounded-md bg-white px-3 text-sm font-medium whitespace-nowrap text-slate-400 ring-1 ring-slate-300 ring-inset">
        {content}
      </span>
    );
  }
  return (
    <Link href={href} rel={rel} className={buttonClasses('secondary', 'sm')}>
      {content}
    </Link>
  );
}
