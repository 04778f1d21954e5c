'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { Viewer } from '@/lib/glance/permissions';
import type { Image } from '@/lib/glance/schemas';
import { formatDate } from '@/lib/utils';
import { LazyDeleteImagesDialog } from '@/components/images/delete/lazy-delete-images-dialog';

const SHOWN_BY_NAME = 5;
const heading = (n: number, more: boolean) => `${n}${more ? '+' : ''} ${n === 1 && !more ? 'image has' : 'images have'} no data`;

interface ImagesEmptyRecordsPanelProps {
  images: Image[];
  /** More exist than are listed. */
  more: boolean;
  viewer: Viewer;
}

/** The empty records, each linked to its upload page, and one Delete for all of them. */
export function ImagesEmptyRecordsPanel({ images, more, viewer }: ImagesEmptyRecordsPanelProps) {
  // the dialog keeps the images it was opened with: after deleting them the list refreshes empty
  const [target, setTarget] = useState<Image[] | null>(null);
  const [round, setRound] = useState(0);
  return (
    <>
      {images.length > 0 && (
        <section aria-labelledby="empty-records-heading" className="rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
          <h2 id="empty-records-heading" className="font-semibold">
            {heading(images.length, more)}
          </h2>
          <p className="mt-1">An upload was cancelled or cut off, or never started, so Glance keeps these records empty (queued). Upload a file to one, or delete them.</p>
          <ul className="mt-2 space-y-1">
            {images.slice(0, SHOWN_BY_NAME).map((image) => (
              <li key={image.id} className="flex flex-wrap items-baseline gap-x-2">
                <Link href={`/images/${image.id}/upload`} className="font-medium break-all underline underline-offset-2 hover:text-amber-950">
                  {image.name || image.id}
                </Link>
                <span className="text-xs text-amber-800">created {formatDate(image.created_at)}</span>
              </li>
            ))}
            {images.length > SHOWN_BY_NAME && <li className="text-xs text-amber-800">and {images.length - SHOWN_BY_NAME} more</li>}
          </ul>
          <Button type="button" size="sm" variant="secondary" className="mt-3" onClick={() => (setRound((n) => n + 1), setTarget(images))}>
            {images.length === 1 ? 'Delete this image' : `Delete these ${images.length} images`}
          </Button>
        </section>
      )}
      {round > 0 && <LazyDeleteImagesDialog key={round} open={target !== null} onClose={() => setTarget(null)} images={target ?? []} viewer={viewer} />}
    </>
  );
}
