import type { Metadata } from 'next';
import { CreateBreadcrumbs } from '@/components/images/create/create-breadcrumbs';
import { CreateImageFlow } from '@/components/images/create/create-image-flow';
import { PageHeader } from '@/components/layout/page-header';
import { withGlance } from '@/lib/data/glance-context';
import { formatBytes } from '@/lib/utils';
import { loadCreateOptions } from '@/lib/data/create-options';
import { loadImageCatalog } from '@/lib/data/metadefs';

export const metadata: Metadata = { title: 'Create image' };

export default async function CreateImagePage() {
  const [{ options, project }, catalog] = await Promise.all([
    withGlance(async (ctx, session) => ({
      options: await loadCreateOptions(ctx, session),
      project: session.project.name,
    })),
    loadImageCatalog(),
  ]);
  return (
    <div className="mx-auto max-w-5xl">
      <CreateBreadcrumbs trail={[{ href: '/images', label: 'Images' }]} current="Create" />
      <PageHeader
        title="Create image"
        description={
          <>
            A new image in project <strong className="font-medium text-slate-800">{project}</strong>. Files up to {formatBytes(options.maxUploadBytes)}.
          </>
        }
      />
      <CreateImageFlow options={options} catalog={catalog} />
    </div>
  );
}
