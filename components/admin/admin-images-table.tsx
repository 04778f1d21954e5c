import Link from 'next/link';
import { ImageStatusBadge } from '@/components/images/shared/image-status-badge';
import type { AdminImageRow, OfficialOwner } from '@/lib/admin/types';
import { formatBytes, formatDate } from '@/lib/utils';
import { CurateImageButton } from './curate-image-button';
import { ImageStateBadges } from './image-state-badges';

interface AdminImagesTableProps {
  rows: AdminImageRow[];
  curators: OfficialOwner[];
  currentProject: { id: string; name: string };
  ownerHref: (ownerId: string) => string;
}

/**
 * Every project's images; the owner column links to that project's filter. Links do not
 * prefetch: each admin page render walks Glance, and a table has dozens of links.
 */
export function AdminImagesTable({ rows, curators, currentProject, ownerHref }: AdminImagesTableProps) {
  if (rows.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
        <p className="font-medium text-slate-900">No images match these filters</p>
        <p className="mt-1 text-sm text-slate-600">Change or clear the filters above. Retired images only show with “Hidden (retired) only”.</p>
      </div>
    );
  }
  return (
    <div className="relative overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Images of all projects</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-3">Name</th>
            <th scope="col" className="px-4 py-3">Owner project</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3">Visibility</th>
            <th scope="col" className="px-4 py-3 text-right">Size</th>
            <th scope="col" className="px-4 py-3">Created</th>
            <th scope="col" className="px-4 py-3"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              <td className="max-w-72 px-4 py-3">
                <Link prefetch={false} href={`/images/${row.id}`} className="block truncate font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {row.name || <span className="text-slate-500">(no name)</span>}
                </Link>
                <span className="block truncate font-mono text-xs text-slate-500">{row.id}</span>
              </td>
              <td className="px-4 py-3">
                <Link prefetch={false} href={ownerHref(row.ownerId)} className="text-slate-700 hover:text-brand-700 hover:underline" title={`Only images of ${row.ownerName}`}>
                  {row.ownerName}
                </Link>
              </td>
              <td className="px-4 py-3"><ImageStatusBadge status={row.status} /></td>
              <td className="px-4 py-3"><ImageStateBadges image={row} /></td>
              <td className="px-4 py-3 text-right tabular-nums">{formatBytes(row.size)}</td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-600">{formatDate(row.createdAt)}</td>
              <td className="px-4 py-3 text-right">
                <CurateImageButton image={row} curators={curators} currentProject={currentProject} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
