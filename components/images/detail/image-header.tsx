import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { canDownload, canEdit, type Viewer } from '@/lib/glance/permissions';
import type { Image } from '@/lib/glance/schemas';
import type { ImageCatalog } from '@/lib/images/catalog';
import { ImageLiveStatus } from '@/components/images/shared/image-live-status';

interface ImageHeaderProps {
  image: Image;
  catalog: ImageCatalog;
  viewer: Viewer;
  ownerLabel: string;
  ownedByViewer: boolean;
}

const whatItIs = (format: string | null | undefined, catalog: ImageCatalog) => {
  const noun = catalog.kind === 'snapshot' ? 'instance snapshot' : 'image';
  return format ? `${format.toUpperCase()} ${noun}` : noun.charAt(0).toUpperCase() + noun.slice(1);
};

export const fileUrl = (id: string) => `/api/images/${encodeURIComponent(id)}/file`;

/** Breadcrumb, name, status and the two everyday actions: edit and download. */
export function ImageHeader({ image, catalog, viewer, ownerLabel, ownedByViewer }: ImageHeaderProps) {
  const edit = canEdit(image, viewer);
  const download = canDownload(image, viewer);
  return (
    <header className="mb-4">
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500">
        <Link href="/images" className="hover:text-slate-900 hover:underline">
          Images
        </Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page" className="text-slate-700">
          {image.name || image.id}
        </span>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight break-all text-slate-900">{image.name || <span className="text-slate-500">(no name)</span>}</h1>
            <ImageLiveStatus image={{ id: image.id, status: image.status }} />
            <Badge tone={image.visibility === 'public' ? 'violet' : 'gray'}>{image.visibility}</Badge>
            {image.protected && <Badge tone="amber">protected</Badge>}
            {catalog.kind === 'snapshot' && <Badge tone="blue">snapshot</Badge>}
            {catalog.hidden && <Badge tone="gray">hidden</Badge>}
          </div>
          <p className="mt-1 text-sm text-slate-600">
            {whatItIs(image.disk_format, catalog)} owned by {ownedByViewer ? 'your project' : 'project'}{' '}
            <strong className="font-medium text-slate-800">{ownerLabel}</strong>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {edit.allowed && (
            <Link href={`/images/${image.id}/edit`} className={buttonClasses('secondary')}>
              Edit
            </Link>
          )}
          {download.allowed ? (
            <a href={fileUrl(image.id)} download className={buttonClasses('primary')}>
              Download
            </a>
          ) : (
            <span className="flex items-center gap-2">
              <button type="button" disabled aria-describedby="download-reason" className={buttonClasses('primary')}>
                Download
              </button>
              <span id="download-reason" className="max-w-56 text-xs text-slate-500">
                {download.reason}
              </span>
            </span>
          )}
        </div>
      </div>
    </header>
  );
}
