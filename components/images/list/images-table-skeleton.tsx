'use client';

const WIDTHS = ['w-40', 'w-24', 'w-16', 'w-14', 'w-10', 'w-12', 'w-14', 'w-28'];

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
          <div key={row} className="flex items-center gap-6 px-3 py-3.5">
            {WIDTHS.map((width, cell) => (
              <div key={cell} className={`skeleton-bar ${width}${cell === 0 ? ' flex-none' : ''}`} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
