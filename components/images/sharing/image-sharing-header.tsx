import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { Image } from '@/lib/glance/schemas';
import { ImageStatusBadge } from '@/components/images/shared/image-status-badge';

interface ImageSharingHeaderProps {
  image: Image;
  /** null when Keystone does not show this user the owner's name: the ID is shown instead. */
  ownerName: string | null;
  ownedByCurrent: boolean;
}

/** Compact identity of the image the sharing page is about, with the way back to its details. */
export function ImageSharingHeader({ image, ownerName, ownedByCurrent }: ImageSharingHeaderProps) {
  return (
    <div className="mb-6">
      <Link href={`/images/${image.id}`} className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline">
        <span aria-hidden="true">←</span> Back to image
      </Link>
      <h1 className="mt-3 text-2xl font-semibold tracking-tight text-slate-900">
        Sharing <span className="text-slate-400">·</span> <span className="break-all">{image.name || '(no name)'}</span>
      </h1>
      <dl className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-slate-600">
        <div className="flex items-center gap-1.5">
          <dt className="sr-only">Status</dt>
          <dd>
            <ImageStatusBadge status={image.status} />
          </dd>
        </div>
        <div className="flex items-center gap-1.5">
          <dt>Visibility</dt>
          <dd>
            <Badge tone={image.visibility === 'shared' ? 'blue' : 'gray'} className="capitalize">
              {image.visibility}
            </Badge>
          </dd>
        </div>
        <div className="flex items-center gap-1.5">
          <dt>Owner</dt>
          <dd className="font-medium text-slate-900">
            {ownerName ?? <span className="font-mono text-xs font-normal">{image.owner ?? '—'}</span>}
            {ownedByCurrent && <span className="ml-1 font-normal text-slate-500">(your project)</span>}
          </dd>
        </div>
        <div className="flex items-center gap-1.5">
          <dt>ID</dt>
          <dd className="font-mono text-xs text-slate-500">{image.id}</dd>
        </div>
      </dl>
    </div>
  );
}
