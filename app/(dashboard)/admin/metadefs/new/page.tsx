import type { Metadata } from 'next';
import { AdminSections } from '@/components/admin/admin-sections';
import { PageHeader } from '@/components/layout/page-header';
import { MetadefsBreadcrumb } from '@/components/metadefs/breadcrumb';
import { NamespaceForm } from '@/components/metadefs/namespace-form';
import { requireAdminPage } from '@/lib/auth/require-admin';

export const metadata: Metadata = { title: 'Admin · Create namespace' };

export default async function NewNamespacePage() {
  await requireAdminPage();
  return (
    <>
      <MetadefsBreadcrumb current="Create namespace" />
      <PageHeader title="Create namespace" description="A group of typed image properties. Add its properties on the next page." />
      <AdminSections current="/admin/metadefs" />
      <NamespaceForm />
    </>
  );
}
