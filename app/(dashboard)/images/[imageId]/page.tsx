import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { ImageDownloadCard } from '@/components/images/detail/image-download-card';
import { ImageChecksums, ImageFacts } from '@/components/images/detail/image-facts';
import { ImageHeader } from '@/components/images/detail/image-header';
import { ImageLoadError, loadFailureMessage } from '@/components/images/detail/image-load-error';
import { ImageConnect } from '@/components/images/detail/image-connect';
import { env } from '@/lib/env';
import { ImageAvailabilityCard, ImageDeleteCard, ImageHiddenCard, ImageProtectionCard } from '@/components/images/detail/image-manage-cards';
import { ImageProperties, ImageTags } from '@/components/images/detail/image-properties';
import { ImageSection } from '@/components/images/shared/image-section';
import { ImageSubnav } from '@/components/images/detail/image-subnav';
import { ImageStoresSection } from '@/components/images/stores/image-stores-section';
import { ImageImportFailure, ImageTasks } from '@/components/images/detail/image-tasks';
import { ImageVisibilityForm } from '@/components/images/detail/image-visibility-form';
import { getImageDetail, imagePageData } from '@/lib/data/image-detail';
import { canEdit, isOwner } from '@/lib/glance/permissions';

type Props = { params: Promise<{ imageId: string }> };

const load = (params: Props['params']) => imagePageData(params, (id) => getImageDetail(id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = await load(params).catch((error: unknown) => (loadFailureMessage(error), null));
  return { title: detail ? detail.image.name || detail.image.id : 'Image' };
}

export default async function ImageDetailsPage({ params }: Props) {
  let detail: Awaited<ReturnType<typeof load>>;
  try {
    detail = await load(params);
  } catch (error) {
    // Glance or Keystone failing: say which, in place (error.tsx only ever sees a redacted error)
    return <ImageLoadError message={loadFailureMessage(error)} retryHref={`/images/${encodeURIComponent((await params).imageId)}`} />;
  }
  const { image, tasks, viewer, ownerLabel, catalog } = detail;
  const owned = isOwner(image, viewer);
  const manageable = canEdit(image, viewer).allowed;
  const foreignOwner = viewer.isAdmin && !owned ? ownerLabel : null;
  return (
    <>
      <ImageHeader image={image} catalog={catalog} viewer={viewer} ownerLabel={ownerLabel} ownedByViewer={owned} />
      <ImageSubnav image={image} viewer={viewer} current="overview" />
      <div className="mb-6 space-y-3 empty:hidden">
        <ImageImportFailure image={image} tasks={tasks} />
        {image.status === 'deactivated' && (
          <Alert tone="warning" title="Deactivated">
            New instances cannot boot from this image and only administrators can download it, until it is reactivated.
          </Alert>
        )}
        {foreignOwner && (
          <Alert tone="warning">
            This image belongs to project <strong>{foreignOwner}</strong>. As an administrator you can change it; every change asks you to confirm.
          </Alert>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <ImageFacts image={image} catalog={catalog} ownerLabel={ownerLabel} ownedByViewer={owned} />
          <ImageChecksums image={image} />
          <ImageTags tags={image.tags} />
          <ImageProperties image={image} />
          <ImageTasks image={image} tasks={tasks} />
        </div>
        <div className="space-y-6">
          <ImageConnect catalog={catalog} property={env().IMAGE_LOGIN_USER_PROPERTY} />
          {manageable ? (
            <ImageSection id="image-visibility" title="Visibility" description="Who can see and use this image.">
              <ImageVisibilityForm key={image.visibility} imageId={image.id} current={image.visibility} isAdmin={viewer.isAdmin} foreignOwner={foreignOwner} />
            </ImageSection>
          ) : (
            <ImageSection id="image-readonly" title="Read only">
              <p className="text-sm text-slate-600">
                Project <strong>{ownerLabel}</strong> owns this image. You can use and download it, but only its owner can change or delete it.
              </p>
            </ImageSection>
          )}
          <ImageStoresSection image={image} tasks={tasks} isAdmin={viewer.isAdmin} />
          <ImageDownloadCard image={image} viewer={viewer} />
          {manageable && (
            <>
              <ImageAvailabilityCard image={image} viewer={viewer} foreignOwner={foreignOwner} />
              <ImageProtectionCard image={image} viewer={viewer} foreignOwner={foreignOwner} />
              <ImageHiddenCard image={image} viewer={viewer} foreignOwner={foreignOwner} />
              <ImageDeleteCard image={image} viewer={viewer} ownerLabel={ownerLabel} />
            </>
          )}
        </div>
      </div>
    </>
  );
}
