import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminSections } from '@/components/admin/admin-sections';
import { PageHeader } from '@/components/layout/page-header';
import { MetadefsBreadcrumb } from '@/components/metadefs/breadcrumb';
import { fromSegment, namespaceHref } from '@/components/metadefs/links';
import { PropertyForm } from '@/components/metadefs/property-form';
import { propertyFormValues } from '@/lib/admin/metadefs';
import { loadNamespaceForAdmin } from '@/lib/data/metadefs';

type Props = { params: Promise<{ namespace: string; property: string }> };

export const metadata: Metadata = { title: 'Admin · Edit property' };

export default async function EditPropertyPage({ params }: Props) {
  const raw = await params;
  const detail = await loadNamespaceForAdmin(fromSegment(raw.namespace));
  const name = fromSegment(raw.property);
  const property = detail && Object.hasOwn(detail.properties, name) ? detail.properties[name] : undefined;
  if (!detail || !property) notFound();
  const { row } = detail;
  return (
    <>
      <MetadefsBreadcrumb trail={[{ href: namespaceHref(row.namespace), label: row.namespace }]} current={`Edit ${name}`} />
      <PageHeader title={`Edit property ${property.title || name}`} />
      <AdminSections current="/admin/metadefs" />
      <PropertyForm namespace={row.namespace} previousName={name} initial={propertyFormValues(name, property)} />
    </>
  );
}
