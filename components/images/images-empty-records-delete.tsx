'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { ImageRow } from '@/lib/data/images';
import type { Viewer } from '@/lib/glance/permissions';
import { DeleteImagesDialog } from './delete-images-dialog';

/** "Delete these N images": the usual delete dialog, for every empty record listed. */
export function ImagesEmptyRecordsDelete({ images, viewer }: { images: ImageRow[]; viewer: Viewer }) {
  const [round, setRound] = useState(0);
  const [open, setOpen] = useState(false);
  const label = images.length === 1 ? 'Delete this image' : `Delete these ${images.length} images`;
  return (
    <>
      <Button type="button" size="sm" variant="secondary" onClick={() => (setRound((n) => n + 1), setOpen(true))}>
        {label}
      </Button>
      <DeleteImagesDialog key={round} open={open} onClose={() => setOpen(false)} images={images} viewer={viewer} />
    </>
  );
}
