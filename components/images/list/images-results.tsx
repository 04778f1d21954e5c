import { cookies } from 'next/headers';
import { describeOpenStackError } from '@/lib/action-state';
import { listImagesPage, StaleMarkerError, type ImageRow, type ImagesPage } from '@/lib/data/images';
import { TRANSITIONAL_STATUSES } from '@/lib/glance/constants';
import { imagesHref, type ImageFilters } from '@/lib/images/image-view';
import { canChooseForDelete, type Viewer } from '@/lib/glance/permissions';
import { OpenStackError, OpenStackUnavailableError } from '@/lib/openstack/errors';
import type { DeletableImage } from '@/components/images/delete/delete-images-dialog';
import { columnsCookieName, parseListColumns } from '@/lib/images/list-columns';
import { ImagesBulkBar } from './images-bulk-bar';
import { ImagesColumnChooser } from './images-column-chooser';
import { ImagesEmptyState } from './images-empty-state';
import { ImagesErrorState } from './images-error-state';
import { ImagesLivePoller } from './images-live-poller';
import { ImagesPagination } from './images-pagination';
import { ImagesRowDelete } from '@/components/images/delete/images-row-delete';
import { ImagesSelectAll, ImagesSelectCheckbox } from './images-select-checkbox';
import { ImagesSelectionProvider } from './images-selection';
import { ImagesSearchNote } from './images-search-note';
import { ImagesShareActions } from '@/components/images/sharing/images-share-actions';
import { ImagesTable, type ImagesTableColumn } from './images-table';
import { TAB_LABELS } from './images-tabs';

interface ImagesResultsProps {
  filters: ImageFilters;
  projectName: string;
  viewer: Viewer;
  userId: string;
}

/** Fetch one page for the URL state and render it; Glance failures become an inline error. */
export async function ImagesResults({ filters, projectName, viewer, userId }: ImagesResultsProps) {
  let page: ImagesPage;
  try {
    page = await listImagesPage(filters);
  } catch (error) {
    if (error instanceof StaleMarkerError) return <ImagesErrorState message={error.message} retryHref={imagesHref(filters)} retryLabel="Go to the first page" />;
    if (error instanceof OpenStackError || error instanceof OpenStackUnavailableError) {
      return <ImagesErrorState message={describeOpenStackError(error).message} retryHref={imagesHref(filters, { marker: filters.marker, before: filters.before })} />;
    }
    throw error;
  }
  const changing = page.rows.filter((row) => TRANSITIONAL_STATUSES.has(row.status)).map((row) => row.id);
  const choosable = page.rows.filter((row) => canChooseForDelete(row, viewer).allowed).map(deletable);
  const shown = parseListColumns((await cookies()).get(columnsCookieName(userId))?.value);
  const projectNames = Object.fromEntries(page.rows.flatMap((row) => (row.owner ? [[row.owner, row.ownerName]] : [])));
  return (
    <ImagesSelectionProvider choosable={choosable} viewer={viewer} projectNames={projectNames}>
      <div className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <ImagesSearchNote filters={filters} page={page} />
          {filters.hidden && <p className="text-sm text-slate-600">Hidden images only: Glance lists them apart from the others. Untick “Show hidden images” to see the rest.</p>}
          <div className="ml-auto">
            <ImagesColumnChooser userId={userId} shown={shown} />
          </div>
        </div>
        {page.rows.length === 0 ? (
          <ImagesEmptyState filters={filters} emptyBecause={page.emptyBecause} projectName={projectName} />
        ) : (
          <ImagesTable
            rows={page.rows}
            filters={filters}
            caption={`${TAB_LABELS[filters.tab]} images`}
            shown={shown}
            columns={[...(choosable.length ? deleteColumns(viewer) : []), ...columnsFor(filters)]}
          />
        )}
        {choosable.length > 0 && <ImagesBulkBar />}
        <ImagesPagination filters={filters} next={page.next} prev={page.prev} shown={page.rows.length} />
        {changing.length > 0 && <ImagesLivePoller ids={changing} />}
      </div>
    </ImagesSelectionProvider>
  );
}

const deletable = (row: ImageRow): DeletableImage => ({
  id: row.id,
  name: row.name,
  visibility: row.visibility,
  protected: row.protected,
  owner: row.owner,
  status: row.status,
});

/**
 * A selection box in front of each row and a Delete action at its end, only on pages with at
 * least one row the viewer may delete. Other rows get a disabled box that says why and no action.
 */
function deleteColumns(viewer: Viewer): ImagesTableColumn[] {
  const reason = (row: ImageRow) => {
    const permission = canChooseForDelete(row, viewer);
    return permission.allowed ? undefined : permission.reason;
  };
  return [
    {
      id: 'select',
      position: 'start',
      header: <ImagesSelectAll />,
      cell: (row) => <ImagesSelectCheckbox image={deletable(row)} reason={reason(row)} />,
      className: 'w-10 py-2.5 pr-1 pl-4',
    },
    {
      id: 'actions',
      header: <span className="sr-only">Actions</span>,
      cell: (row) => (reason(row) ? null : <ImagesRowDelete image={deletable(row)} />),
      className: 'px-3 py-1.5 text-right whitespace-nowrap',
    },
  ];
}

function columnsFor(filters: ImageFilters): ImagesTableColumn[] {
  if (filters.tab !== 'shared') return [];
  return [
    {
      id: 'answer',
      header: filters.share === 'pending' ? 'Invitation' : 'Your answer',
      cell: (row) => <ImagesShareActions imageId={row.id} name={row.name ?? row.id} state={filters.share} />,
      className: 'px-3 py-2 whitespace-nowrap',
    },
  ];
}
