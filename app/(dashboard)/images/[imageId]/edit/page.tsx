import type { Metadata } from 'next';
import Link from 'next/link';
import { ImageEditForm } from '@/components/images/detail/image-edit-form';
import { Alert } from '@/components/ui/alert';
import { getImageDetail, imagePageData } from '@/lib/data/image-detail';
import { loadImageCatalog } from '@/lib/data/metadefs';
import { editValuesFromImage } from '@/lib/images/edit-patch';
import { canEdit, isOwner } from '@/lib/glance/permissions';

type Props = { params: Promise<{ imageId: string }> };

const load = (params: Props['params']) => imagePageData(params, (id) => getImageDetail(id, false));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { image } = await load(params);
  return { title: `Edit ${image.name || image.id}` };
}

export default async function EditImagePage({ params }: Props) {
  const [{ image, viewer, ownerLabel }, catalog] = await Promise.all([load(params), loadImageCatalog()]);
  const permission = canEdit(image, viewer);
  const name = image.name || image.id;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500">
        <Link href="/images" className="hover:text-slate-900 hover:underline">
          Images
        </Link>
        <span aria-hidden="true"> / </span>
        <Link href={`/images/${image.id}`} className="hover:text-slate-900 hover:underline">
          {name}
        </Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">Edit</span>
      </nav>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight break-all text-slate-900">Edit “{name}”</h1>
      {permission.allowed ? (
        <ImageEditForm image={image} baseline={editValuesFromImage(image)} foreignOwner={viewer.isAdmin && !isOwner(image, viewer) ? ownerLabel : null} catalog={catalog} />
      ) : (
        <Alert tone="warning" title="You cannot edit this image">
          {permission.reason}{' '}
          <Link href={`/images/${image.id}`} className="font-medium underline">
            Back to the image
          </Link>
        </Alert>
      )}
    </>
  );
}
