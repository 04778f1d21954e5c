import type { Metadata } from 'next';
import { AdminSections } from '@/components/admin/admin-sections';
import { PageHeader } from '@/components/layout/page-header';
import { MetadefsBreadcrumb } from '@/components/metadefs/breadcrumb';
import { ImportNamespaceForm } from '@/components/metadefs/import-namespace-form';
import { requireAdminPage } from '@/lib/auth/require-admin';

export const metadata: Metadata = { title: 'Admin · Import namespace' };

export default async function ImportNamespacePage() {
  await requireAdminPage();
  return (
    <>
      <MetadefsBreadcrumb current="Import namespace" />
      <PageHeader title="Import namespace" description="Create a namespace, its properties and objects from one JSON file. Every field is checked before Glance is asked." />
      <AdminSections current="/admin/metadefs" />
      <ImportNamespaceForm />
    </>
  );
}
