import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { ImagesEmptyRecords } from '@/components/images/list/images-empty-records';
import { ImagesResults } from '@/components/images/list/images-results';
import { ImagesShareFilter } from '@/components/images/list/images-share-filter';
import { ImagesTableSkeleton } from '@/components/images/list/images-table-skeleton';
import { ImagesTabs } from '@/components/images/list/images-tabs';
import { ListQuota } from '@/components/images/upload/list-quota';
import { ImagesToolbar } from '@/components/images/list/images-toolbar';
import { IgnoredParamsNote } from '@/components/layout/ignored-params-note';
import { PageHeader } from '@/components/layout/page-header';
import { LazyProjectIdForOwners } from '@/components/layout/lazy-project-id';
import { buttonClasses } from '@/components/ui/button';
import { listImagesPage } from '@/lib/data/images';
import { env } from '@/lib/env';
import { ignoredImageParams, parseImageFilters, showsEmptyRecords, type ImageFilters } from '@/lib/images/filters';
import { viewerOf } from '@/lib/glance/permissions';
import { requireSession } from '@/lib/session';

export const metadata: Metadata = { title: 'Images' };

interface ImagesPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ImagesPage({ searchParams }: ImagesPageProps) {
  const session = await requireSession();
  const params = await searchParams;
  const filters = parseImageFilters(params);
  // Glance's list call starts before the shell renders, not when React reaches the table
  const page = listImagesPage(filters);
  // ImagesResults handles a failure; until React reaches it, keep Node from calling it unhandled
  page.catch(() => undefined);
  return (
    <>
      <PageHeader
        title="Images"
        description="Every image your project can use: its own, the curated official ones, and those others share or publish."
        actions={
          <Link href="/images/create" className={buttonClasses('primary')}>
            <span aria-hidden="true" className="text-base leading-none">
              +
            </span>
            Create image
          </Link>
        }
      />
      <div className="space-y-4">
        <ListQuota session={session} />
        <ImagesTabs filters={filters} projectId={session.project.id} />
        <TabIntro filters={filters} project={session.project} />
        {showsEmptyRecords(filters) && <ImagesEmptyRecords viewer={viewerOf(session)} />}
        <ImagesToolbar filters={filters} />
        <IgnoredParamsNote ignored={ignoredImageParams(params)} />
        <Suspense key={JSON.stringify(filters)} fallback={<ImagesTableSkeleton rows={Math.min(filters.limit, 10)} />}>
          <ImagesResults page={page} filters={filters} projectName={session.project.name} viewer={viewerOf(session)} userId={session.user.id} />
        </Suspense>
      </div>
    </>
  );
}

function TabIntro({ filters, project }: { filters: ImageFilters; project: { id: string; name: string } }) {
  const curators = env()
    .OFFICIAL_IMAGE_OWNERS.map((owner) => owner.label ?? owner.id)
    .join(', ');
  const intro: Record<ImageFilters['tab'], string> = {
    project: `Images owned by project ${project.name}, whatever their visibility.`,
    official: curators ? `Public images curated by ${curators}.` : 'Public images of the curator projects (none configured).',
    shared: 'Images other projects shared with yours. Accept an invitation to use the image; reject it to hide it.',
    public: curators ? `Public images of every other project (the official ones are under Official).` : 'Public images of every project.',
    community: 'Images any project may use, though Glance leaves them out of default lists.',
    all: 'What Glance lists by default for your project: its own images, public ones and accepted shares.',
  };
  return (
    <>
      <div className="flex min-h-9 flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600">{intro[filters.tab]}</p>
        {filters.tab === 'shared' && <ImagesShareFilter filters={filters} projectId={project.id} />}
      </div>
      {filters.tab === 'shared' && <LazyProjectIdForOwners id={project.id} name={project.name} />}
    </>
  );
}
