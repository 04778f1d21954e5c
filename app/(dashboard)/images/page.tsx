import type { Metadata } from 'next';
import { ImagesTable } from '@/components/images/images-table';
import { PageHeader } from '@/components/layout/page-header';
import { listProjectImages } from '@/lib/data/images';
import { requireSession } from '@/lib/session';

export const metadata: Metadata = { title: 'Images' };

export default async function ImagesPage() {
  const session = await requireSession();
  const { images } = await listProjectImages();
  return (
    <>
      <PageHeader title="Images" description={`Images owned by project ${session.project.name}.`} />
      <ImagesTable images={images} />
    </>
  );
}
