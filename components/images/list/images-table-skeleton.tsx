'use client';

/** Bars per placeholder row; their widths are in app/globals.css (.skeleton-row). */
const BARS = 8;

/**
 * Placeholder rows while Glance answers (route loading and filter changes). A client component:
 * the page then carries its row count, not every placeholder's markup a second time.
 */
export function ImagesTableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div className="overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200" aria-busy="true">
      <p className="sr-only" role="status">
        Loading images…
      </p>
      <div className="h-9 border-b border-slate-200 bg-slate-50" />
      <div className="divide-y divide-slate-100" aria-hidden="true">
        {Array.from({ length: rows }, (_, row) => (
          <div key={row} className="skeleton-row">
            {Array.from({ length: BARS }, (_, cell) => (
              <i key={cell} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
