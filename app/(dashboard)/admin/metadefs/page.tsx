import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminSections } from '@/components/admin/admin-sections';
import { PageHeader } from '@/components/layout/page-header';
import { METADEFS_HREF } from '@/components/metadefs/links';
import { NamespaceList } from '@/components/metadefs/namespace-list';
import { buttonClasses } from '@/components/ui/button';
import { listNamespacesForAdmin } from '@/lib/data/metadefs';

export const metadata: Metadata = { title: 'Admin · Metadata definitions' };

export default async function MetadefsPage() {
  const rows = await listNamespacesForAdmin();
  return (
    <>
      <PageHeader
        title="Metadata definitions"
        description="Glance’s catalog of typed properties. Namespaces for images appear as fields in Create and Edit."
        actions={
          <>
            <Link href={`${METADEFS_HREF}/import`} className={buttonClasses('secondary')}>
              Import namespace
            </Link>
            <Link href={`${METADEFS_HREF}/new`} className={buttonClasses('primary')}>
              Create namespace
            </Link>
          </>
        }
      />
      <AdminSections current="/admin/metadefs" />
      <NamespaceList rows={rows} />
    </>
  );
}
