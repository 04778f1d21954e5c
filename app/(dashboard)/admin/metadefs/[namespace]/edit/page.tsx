import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminSections } from '@/components/admin/admin-sections';
import { PageHeader } from '@/components/layout/page-header';
import { MetadefsBreadcrumb } from '@/components/metadefs/breadcrumb';
import { fromSegment, namespaceHref } from '@/components/metadefs/links';
import { NamespaceForm } from '@/components/metadefs/namespace-form';
import { loadNamespaceForAdmin } from '@/lib/data/metadefs';

type Props = { params: Promise<{ namespace: string }> };

export const metadata: Metadata = { title: 'Admin · Edit namespace' };

export default async function EditNamespacePage({ params }: Props) {
  const detail = await loadNamespaceForAdmin(fromSegment((await params).namespace));
  if (!detail) notFound();
  const { row } = detail;
  return (
    <>
      <MetadefsBreadcrumb trail={[{ href: namespaceHref(row.namespace), label: row.namespace }]} current="Edit" />
      <PageHeader title={`Edit ${row.displayName || row.namespace}`} />
      <AdminSections current="/admin/metadefs" />
      <NamespaceForm
        initial={{ namespace: row.namespace, display_name: row.displayName, description: row.description, visibility: row.visibility, protected: row.protected }}
      />
    </>
  );
}
