'use client';

import type { DeletableImage } from './delete-images-dialog';
import { useImagesSelection } from '@/components/images/list/images-selection';

/** "Delete" on one row: the same dialog as the batch, for this image alone. */
export function ImagesRowDelete({ image }: { image: DeletableImage }) {
  const { confirmDelete } = useImagesSelection();
  return (
    // a small ghost button in red; one class (app/globals.css), as every row repeats it
    <button type="button" className="row-delete" aria-label={`Delete ${image.name || image.id}`} onClick={() => confirmDelete([image])}>
      Delete
    </button>
  );
}
