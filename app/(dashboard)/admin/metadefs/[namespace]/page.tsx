import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AdminSections } from '@/components/admin/admin-sections';
import { MetadataCatalogPreview } from '@/components/images/metadefs/metadata-catalog';
import { ImageSection } from '@/components/images/shared/image-section';
import { PageHeader } from '@/components/layout/page-header';
import { MetadefsBreadcrumb } from '@/components/metadefs/breadcrumb';
import { DeleteNamespaceButton } from '@/components/metadefs/delete-buttons';
import { fromSegment, namespaceHref } from '@/components/metadefs/links';
import { NamespaceFacts } from '@/components/metadefs/namespace-facts';
import { PropertyList } from '@/components/metadefs/property-list';
import { buttonClasses } from '@/components/ui/button';
import { loadNamespaceForAdmin } from '@/lib/data/metadefs';

type Props = { params: Promise<{ namespace: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Admin · ${fromSegment((await params).namespace)}` };
}

export default async function NamespacePage({ params }: Props) {
  const name = fromSegment((await params).namespace);
  const detail = await loadNamespaceForAdmin(name);
  if (!detail) notFound();
  const { row } = detail;
  const propertyCount = Object.keys(detail.properties).length;
  return (
    <>
      <MetadefsBreadcrumb current={row.namespace} />
      <PageHeader
        title={row.displayName || row.namespace}
        description={row.description || undefined}
        actions={
          <Link href={`${namespaceHref(row.namespace)}/edit`} className={buttonClasses('secondary', 'sm')}>
            Edit namespace
          </Link>
        }
      />
      <AdminSections current="/admin/metadefs" />
      <div className="space-y-6">
        <NamespaceFacts row={row} imagePrefix={detail.imagePrefix} />
        <ImageSection
          id="ns-properties"
          title="Properties"
          description={detail.imagePrefix ? `Set on images with the prefix ${detail.imagePrefix}` : undefined}
          actions={
            <Link href={`${namespaceHref(row.namespace)}/properties/new`} className={buttonClasses('secondary', 'sm')}>
              Add property
            </Link>
          }
        >
          <PropertyList namespace={row.namespace} properties={detail.properties} isProtected={row.protected} />
        </ImageSection>
        {detail.objects.length > 0 && (
          <ImageSection id="ns-objects" title="Objects" description="Named groups of properties (read-only here).">
            <ul className="space-y-2 text-sm">
              {detail.objects.map((object) => (
                <li key={object.name}>
                  <span className="font-medium">{object.name}</span>
                  <span className="text-slate-500"> · {Object.keys(object.properties ?? {}).length} properties</span>
                  {object.description && <p className="text-xs break-words text-slate-500">{object.description}</p>}
                </li>
              ))}
            </ul>
          </ImageSection>
        )}
        {row.forImages && (
          <ImageSection id="ns-preview" title="Preview in Create and Edit" description="The fields image owners get for this namespace, with the same checks. Nothing here is saved.">
            <MetadataCatalogPreview groups={detail.catalog} />
          </ImageSection>
        )}
        <ImageSection id="ns-delete" title="Delete namespace" tone="danger">
          <DeleteNamespaceButton namespace={row.namespace} isProtected={row.protected} propertyCount={propertyCount} />
        </ImageSection>
      </div>
    </>
  );
}
