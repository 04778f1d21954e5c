import type { Metadata } from 'next';
import { CreateBreadcrumbs } from '@/components/images/create/create-breadcrumbs';
import { UploadExistingImage } from '@/components/images/upload/upload-existing-image';
import { PageHeader } from '@/components/layout/page-header';
import { imagePageData, loadImage } from '@/lib/data/image-detail';
import { env } from '@/lib/env';
import { CreateUploadQuota } from '@/components/images/upload/create-upload-quota';
import { offersGlanceDirect } from '@/lib/data/create-options';
import { withGlance } from '@/lib/data/glance-context';

export const metadata: Metadata = { title: 'Upload image data' };

/** Give a queued image its data: after an interrupted upload, a closed tab, or a record made elsewhere. */
export default async function UploadImageDataPage({ params }: { params: Promise<{ imageId: string }> }) {
  const image = await imagePageData(params, loadImage);
  const name = image.name || image.id;
  const { glanceDirect, session } = await withGlance(async (ctx, session) => ({ glanceDirect: await offersGlanceDirect(ctx), session }));
  return (
    <div className="mx-auto max-w-5xl">
      <CreateBreadcrumbs
        trail={[
          { href: '/images', label: 'Images' },
          { href: `/images/${image.id}`, label: name },
        ]}
        current="Upload data"
      />
      <PageHeader title="Upload image data" description={<>Send the file for <strong className="font-medium text-slate-800">{name}</strong> to Glance.</>} />
      <CreateUploadQuota session={session} staged={glanceDirect} newRecord={false}>
        <UploadExistingImage
          image={{
            id: image.id,
            name,
            status: image.status,
            disk_format: image.disk_format ?? null,
            container_format: image.container_format ?? null,
            checksum: image.checksum ?? null,
            os_hash_algo: image.os_hash_algo ?? null,
            os_hash_value: image.os_hash_value ?? null,
            size: image.size ?? null,
          }}
          maxBytes={env().UPLOAD_MAX_BYTES}
          glanceDirect={glanceDirect}
        />
      </CreateUploadQuota>
    </div>
  );
}
