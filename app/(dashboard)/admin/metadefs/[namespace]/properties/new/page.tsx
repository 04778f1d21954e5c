import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminSections } from '@/components/admin/admin-sections';
import { PageHeader } from '@/components/layout/page-header';
import { MetadefsBreadcrumb } from '@/components/metadefs/breadcrumb';
import { fromSegment, namespaceHref } from '@/components/metadefs/links';
import { PropertyForm } from '@/components/metadefs/property-form';
import { loadNamespaceForAdmin } from '@/lib/data/metadefs';

type Props = { params: Promise<{ namespace: string }> };

export const metadata: Metadata = { title: 'Admin · Add property' };

export default async function NewPropertyPage({ params }: Props) {
  const detail = await loadNamespaceForAdmin(fromSegment((await params).namespace));
  if (!detail) notFound();
  const { row } = detail;
  return (
    <>
      <MetadefsBreadcrumb trail={[{ href: namespaceHref(row.namespace), label: row.namespace }]} current="Add property" />
      <PageHeader
        title="Add property"
        description={detail.imagePrefix ? `On images it is set as ${detail.imagePrefix}<name>.` : `To ${row.displayName || row.namespace}.`}
      />
      <AdminSections current="/admin/metadefs" />
      <PropertyForm namespace={row.namespace} previousName={null} initial={{ type: 'string' }} />
    </>
  );
}
