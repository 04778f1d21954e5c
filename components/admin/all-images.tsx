import { AdminImagesTable } from './admin-images-table';
import { AdminPagination } from './admin-pagination';
import { ImagesErrorState } from '@/components/images/list/images-error-state';
import { describeOpenStackError } from '@/lib/action-state';
import { adminFiltersHref, type AdminFilters } from '@/lib/admin/filters';
import type { OfficialOwner } from '@/lib/admin/types';
import { listAllImages } from '@/lib/data/admin';
import { StaleMarkerError } from '@/lib/data/images';
import { OpenStackError, OpenStackUnavailableError } from '@/lib/openstack/errors';

interface AllImagesProps {
  filters: AdminFilters;
  curators: OfficialOwner[];
  currentProject: { id: string; name: string };
  ownerHref: (ownerId: string) => string;
}

/** A Glance failure (a stale page marker too) in place of the table; anything else is a bug and is rethrown. */
function errorState(error: unknown, filters: AdminFilters) {
  if (error instanceof StaleMarkerError) {
    return <ImagesErrorState message={error.message} retryHref={adminFiltersHref(filters, { marker: undefined })} retryLabel="Go to the first page" />;
  }
  if (error instanceof OpenStackError || error instanceof OpenStackUnavailableError) {
    return <ImagesErrorState message={describeOpenStackError(error).message} retryHref={adminFiltersHref(filters)} />;
  }
  throw error;
}

/** The filtered page of every project's images, with marker pagination. */
export async function AllImages({ filters, curators, currentProject, ownerHref }: AllImagesProps) {
  let page: Awaited<ReturnType<typeof listAllImages>>;
  try {
    page = await listAllImages(filters);
  } catch (error) {
    return errorState(error, filters);
  }
  const { rows, nextMarker } = page;
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
