import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AdminFiltersForm } from '@/components/admin/admin-filters';
import { AdminPanel } from '@/components/admin/admin-panel';
import { AdminSections } from '@/components/admin/admin-sections';
import { OfficialWorkflow } from '@/components/admin/official-workflow';
import { ProjectTotals, ProjectTotalsSkeleton } from '@/components/admin/project-totals';
import { IgnoredParamsNote } from '@/components/layout/ignored-params-note';
import { PageHeader } from '@/components/layout/page-header';
import { Badge } from '@/components/ui/badge';
import { adminFiltersHref, ignoredAdminParams, parseAdminFilters } from '@/lib/admin/filters';
import { requireAdminPage } from '@/lib/auth/require-admin';
import { officialOwners, ownerOptions } from '@/lib/data/admin';
import { AllImages, TableSkeleton } from '@/components/admin/all-images';
import { ReviewQueue } from '@/components/admin/review-queue';

export const metadata: Metadata = { title: 'Admin · All images' };

export default async function AdminImagesPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireAdminPage();
  const params = await props.searchParams;
  const filters = parseAdminFilters(params);
  const [owners, curators] = await Promise.all([ownerOptions(), officialOwners()]);
  const ownerHref = (ownerId: string) => adminFiltersHref(filters, { owner: ownerId, marker: undefined });
  const currentProject = session.project;
  return (
    <>
      <PageHeader
        title="All images"
        description="Every project’s images, with curation of public and Official images."
        actions={<Badge tone="violet">Administrator view</Badge>}
      />
      <AdminSections current="/admin/images" />
      <div className="mb-8 grid gap-6 lg:grid-cols-3">
        <AdminPanel title="Official images" description="Official images are public images owned by a curator project. To make an image of another project Official, use Curate in the table below: ownership moves to the curator project." className="lg:col-span-2">
          <OfficialWorkflow curatorLabels={curators.map((c) => c.label)} />
          <Suspense fallback={<TableSkeleton rows={2} />}>
            <ReviewQueue curators={curators} currentProject={currentProject} />
          </Suspense>
        </AdminPanel>
        <AdminPanel title="Usage by project">
          <Suspense fallback={<ProjectTotalsSkeleton />}>
            <ProjectTotals ownerHref={ownerHref} />
          </Suspense>
        </AdminPanel>
      </div>
      <section aria-labelledby="all-images-heading" className="space-y-4">
        <h2 id="all-images-heading" className="text-lg font-semibold text-slate-900">Images of all projects</h2>
        <AdminFiltersForm filters={filters} owners={owners} />
        <IgnoredParamsNote ignored={ignoredAdminParams(params)} />
        <Suspense key={JSON.stringify(filters)} fallback={<TableSkeleton rows={6} />}>
          <AllImages filters={filters} curators={curators} currentProject={currentProject} ownerHref={ownerHref} />
        </Suspense>
      </section>
    </>
  );
}
