import type { Metadata } from 'next';
import { CreateBreadcrumbs } from '@/components/images/create/create-breadcrumbs';
import { RegionImportForm } from '@/components/images/region-import/region-import-form';
import { RegionTabs } from '@/components/images/region-import/region-tabs';
import { PageHeader } from '@/components/layout/page-header';
import { Alert } from '@/components/ui/alert';
import { loadRegionImportPage } from '@/lib/data/region-import';
import { regionImportMessages } from '@/lib/images/region-import';

export const metadata: Metadata = { title: 'Import from another region' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RegionImportPage({ searchParams }: Props) {
  const asked = (await searchParams).region;
  const page = await loadRegionImportPage(typeof asked === 'string' ? asked : undefined);
  return (
    <div className="mx-auto max-w-5xl">
      <CreateBreadcrumbs trail={[{ href: '/images', label: 'Images' }, { href: '/images/create', label: 'Create' }]} current="From another region" />
      <PageHeader
        title="Import from another region"
        description="Glance copies the image, its data and its properties, from another region’s image service into this project (glance-download)."
      />
      {!page.options.glanceDownload ? (
        <Alert tone="info">{regionImportMessages.disabled}</Alert>
      ) : !page.region ? (
        <Alert tone="info">{regionImportMessages.unknownRegion('', [])}</Alert>
      ) : (
        <>
          <RegionTabs regions={page.regions} current={page.region} />
          {page.images.length === 0 ? (
            <Alert tone="info">{page.region} lists no active image your project can use.</Alert>
          ) : (
            <RegionImportForm key={page.region} region={page.region} images={page.images} stores={page.options.stores} />
          )}
        </>
      )}
    </div>
  );
}
