'use client';

import { Button } from '@/components/ui/button';
import type { DeletableImage } from './delete-images-dialog';
import { useImagesSelection } from '@/components/images/list/images-selection';

/** "Delete" on one row: the same dialog as the batch, for this image alone. */
export function ImagesRowDelete({ image }: { image: DeletableImage }) {
  const { confirmDelete } = useImagesSelection();
  return (
    <Button
      type="button"
      size="sm"
      variant="ghost"
      className="h-7 px-2 text-red-700 hover:bg-red-50 hover:text-red-800"
      aria-label={`Delete ${image.name || image.id}`}
      onClick={() => confirmDelete([image])}
    >
      Delete
    </Button>
  );
}
