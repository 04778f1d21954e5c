import Link from 'next/link';
import { ImageStatusBadge } from '@/components/images/shared/image-status-badge';
import type { OfficialOwner, QueuedImage } from '@/lib/admin/types';
import { formatBytes, formatDate } from '@/lib/utils';
import { CurateImageButton } from './curate-image-button';
import { ReviewChecklist } from './review-checklist';

interface CurationQueueProps {
  queues: { owner: OfficialOwner; images: QueuedImage[]; more: boolean }[];
  curators: OfficialOwner[];
  currentProject: { id: string; name: string };
}

/** Curator uploads waiting for an administrator to publish them as Official. */
export function CurationQueue({ queues, curators, currentProject }: CurationQueueProps) {
  if (queues.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No curator project is configured, so there are no Official images. Set <code>OFFICIAL_IMAGE_OWNERS</code> (see docs/configuration.md).
      </p>
    );
  }
  return (
    <div className="space-y-4">
      {queues.map(({ owner, images, more }) => (
        <section key={owner.id} aria-label={`Awaiting review in ${owner.label}`}>
          <h3 className="text-sm font-medium text-slate-800">
            Uploaded to <span className="font-semibold">{owner.label}</span>, not yet published
            <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs tabular-nums text-slate-700">{images.length}{more ? '+' : ''}</span>
          </h3>
          {images.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">Nothing waiting. Curators upload private or shared images into {owner.label}; they appear here for review.</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100 rounded-lg ring-1 ring-slate-200">
              {images.map((image) => (
                <li key={image.id} className="flex flex-wrap items-start gap-3 px-3 py-3" aria-label={image.name || image.id}>
                  <div className="min-w-0 flex-1 space-y-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <Link prefetch={false} href={`/images/${image.id}`} className="truncate font-medium text-slate-900 hover:text-brand-700 hover:underline">
                        {image.name || image.id}
                      </Link>
                      <ImageStatusBadge status={image.status} />
                      <span className="text-xs capitalize text-slate-500">{image.visibility}</span>
                    </div>
                    <p className="text-xs text-slate-500">
                      {formatBytes(image.size)} · {image.diskFormat?.toUpperCase() ?? '—'} · uploaded {formatDate(image.createdAt)}
                    </p>
                    <ReviewChecklist checks={image.checks} />
                  </div>
                  <CurateImageButton image={image} curators={curators} currentProject={currentProject} initialAction="promote" label="Review and publish" variant="primary" />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
