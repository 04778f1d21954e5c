import Link from 'next/link';
import { projectTotals, TOTALS_MAX_PAGES, TOTALS_PAGE_LIMIT } from '@/lib/data/admin';
import { formatBytes } from '@/lib/utils';

/** Images and stored bytes per project; streamed in after the table (it walks every page). */
export async function ProjectTotals({ ownerHref }: { ownerHref: (ownerId: string) => string }) {
  const { rows, counted, truncated } = await projectTotals();
  const bytes = rows.reduce((sum, row) => sum + row.bytes, 0);
  return (
    <div className="space-y-2">
      <table className="w-full text-sm">
        <caption className="sr-only">Images and bytes per project</caption>
        <thead className="text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-2">Project</th>
            <th scope="col" className="py-2 px-2 text-right">Images</th>
            <th scope="col" className="py-2 px-2 text-right">Hidden</th>
            <th scope="col" className="py-2 pl-2 text-right">Size</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.ownerId}>
              <th scope="row" className="py-2 pr-2 text-left font-medium">
                <Link prefetch={false} href={ownerHref(row.ownerId)} className="hover:text-brand-700 hover:underline">{row.name}</Link>
              </th>
              <td className="py-2 px-2 text-right tabular-nums">{row.images}</td>
              <td className="py-2 px-2 text-right tabular-nums text-slate-600">{row.hiddenImages}</td>
              <td className="py-2 pl-2 text-right tabular-nums">{formatBytes(row.bytes)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-slate-200 font-semibold">
          <tr>
            <th scope="row" className="py-2 pr-2 text-left">All projects</th>
            <td className="py-2 px-2 text-right tabular-nums">{counted}</td>
            <td className="py-2 px-2 text-right tabular-nums text-slate-600">{rows.reduce((sum, row) => sum + row.hiddenImages, 0)}</td>
            <td className="py-2 pl-2 text-right tabular-nums">{formatBytes(bytes)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="text-xs text-slate-500">
        {truncated
          ? `Stopped after ${TOTALS_MAX_PAGES} pages of ${TOTALS_PAGE_LIMIT} images per listing: these numbers are a lower bound.`
          : 'Counted from every image, hidden ones included. Size is stored bytes, not virtual disk size.'}
      </p>
    </div>
  );
}

export function ProjectTotalsSkeleton() {
  return (
    <div className="space-y-2" aria-busy="true" aria-label="Counting images per project">
      {Array.from({ length: 4 }, (_, i) => <div key={i} className="h-6 animate-pulse rounded bg-slate-100" />)}
    </div>
  );
}
