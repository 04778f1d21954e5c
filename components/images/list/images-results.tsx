import { cookies } from 'next/headers';
import { describeOpenStackError } from '@/lib/action-state';
import { StaleMarkerError, type ImagesPage } from '@/lib/data/images';
import { TRANSITIONAL_STATUSES } from '@/lib/glance/constants';
import { imagesHref, type ImageFilters } from '@/lib/images/image-view';
import { canChooseForDelete, type Viewer } from '@/lib/glance/permissions';
import { OpenStackError, OpenStackUnavailableError } from '@/lib/openstack/errors';
import { columnsCookieName, parseListColumns } from '@/lib/images/list-columns';
import { ImagesBulkBar } from './images-bulk-bar';
import { ImagesColumnChooser } from './images-column-chooser';
import { ImagesEmptyState } from './images-empty-state';
import { ImagesErrorState } from './images-error-state';
import { ImagesLivePoller } from './images-live-poller';
import { ImagesPagination } from './images-pagination';
import { ImagesSelectionProvider } from './images-selection';
import { ImagesSearchNote } from './images-search-note';
import { ImagesTable } from './images-table';
import { TAB_LABELS } from './tab-labels';

interface ImagesResultsProps {
  /** `listImagesPage(filters)`, started by the page before its shell renders. */
  page: Promise<ImagesPage>;
  filters: ImageFilters;
  projectName: string;
  viewer: Viewer;
  userId: string;
}

/** Render one page of the URL state; Glance failures become an inline error. */
export async function ImagesResults({ page: pageLoading, filters, projectName, viewer, userId }: ImagesResultsProps) {
  let page: ImagesPage;
  try {
    page = await pageLoading;
  } catch (error) {
    if (error instanceof StaleMarkerError) return <ImagesErrorState message={error.message} retryHref={imagesHref(filters)} retryLabel="Go to the first page" />;
    if (error instanceof OpenStackError || error instanceof OpenStackUnavailableError) {
      return <ImagesErrorState message={describeOpenStackError(error).message} retryHref={imagesHref(filters, { marker: filters.marker, before: filters.before })} />;
    }
    throw error;
  }
  const deletable = page.rows.some((row) => canChooseForDelete(row, viewer).allowed);
  const shown = parseListColumns((await cookies()).get(columnsCookieName(userId))?.value);
  return (
    <ImagesSelectionProvider rows={page.rows} viewer={viewer}>
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
          <ImagesTable rows={page.rows} filters={filters} caption={`${TAB_LABELS[filters.tab]} images`} viewer={viewer} shown={shown} />
        )}
        {deletable && <ImagesBulkBar />}
        <ImagesPagination filters={filters} next={page.next} prev={page.prev} shown={page.rows.length} />
        {page.rows.some((row) => TRANSITIONAL_STATUSES.has(row.status)) && <ImagesLivePoller rows={page.rows} />}
      </div>
    </ImagesSelectionProvider>
  );
}
