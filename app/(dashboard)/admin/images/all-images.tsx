import { AdminImagesTable } from '@/components/admin/admin-images-table';
import { AdminPagination } from '@/components/admin/admin-pagination';
import { adminFiltersHref, type AdminFilters } from '@/lib/admin/filters';
import type { OfficialOwner } from '@/lib/admin/types';
import { listAllImages } from '@/lib/data/admin';

interface AllImagesProps {
  filters: AdminFilters;
  curators: OfficialOwner[];
  currentProject: { id: string; name: string };
  ownerHref: (ownerId: string) => string;
}

/** The filtered page of every project's images, with marker pagination. */
export async function AllImages({ filters, curators, currentProject, ownerHref }: AllImagesProps) {
  const { rows, nextMarker } = await listAllImages(filters);
  return (
    <>
      <AdminImagesTable rows={rows} curators={curators} currentProject={currentProject} ownerHref={ownerHref} />
      <AdminPagination
        onFirstPage={!filters.marker}
        firstHref={adminFiltersHref(filters, { marker: undefined })}
        nextHref={nextMarker ? adminFiltersHref(filters, { marker: nextMarker }) : undefined}
      />
    </>
  );
}

export function TableSkeleton({ rows }: { rows: number }) {
  return (
    <div className="space-y-2 rounded-lg bg-white p-4 ring-1 ring-slate-200" aria-busy="true" aria-label="Loading images">
      {Array.from({ length: rows }, (_, i) => <div key={i} className="h-8 animate-pulse rounded bg-slate-100" />)}
    </div>
  );
}
