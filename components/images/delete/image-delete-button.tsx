'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { Viewer } from '@/lib/glance/permissions';
import type { DeletableImage } from './delete-images-dialog';
import { LazyDeleteImagesDialog } from './lazy-delete-images-dialog';

interface ImageDeleteButtonProps {
  image: DeletableImage;
  viewer: Viewer;
  ownerLabel: string;
}

/** "Delete…" on the details page; leaves for the list once the image is gone. */
export function ImageDeleteButton({ image, viewer, ownerLabel }: ImageDeleteButtonProps) {
  // null until the first click: the dialog's code loads then
  const [open, setOpen] = useState<boolean | null>(null);
  const router = useRouter();
  return (
    <>
      <Button variant="danger" size="sm" onClick={() => setOpen(true)}>
        Delete…
      </Button>
      {open !== null && (
        <LazyDeleteImagesDialog
          open={open}
          onClose={() => setOpen(false)}
          images={[image]}
          viewer={viewer}
          projectNames={image.owner ? { [image.owner]: ownerLabel } : {}}
          onDeleted={(results) => {
            if (results.some((r) => r.ok)) router.replace('/images');
          }}
        />
      )}
    </>
  );
}
