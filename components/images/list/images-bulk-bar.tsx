'use client';

import { loadWhenShown } from '@/components/ui/load-when-shown';
import { countImages } from './count-images';
import { useImagesSelection } from './images-selection';

// the bar's code loads with the first ticked box, not with every page of the list
const ImagesBulkActions = loadWhenShown(() => import('./images-bulk-actions').then((m) => m.ImagesBulkActions));

/**
 * What to do with the selected rows. It floats at the bottom of the window, so ticking the first
 * box does not push the table down under the pointer. The status line is always there, so a
 * screen reader hears each change of the count.
 */
export function ImagesBulkBar() {
  const { selected, clear, confirmDelete } = useImagesSelection();
  const n = selected.length;
  return (
    <>
      <p role="status" className="sr-only">
        {n > 0 ? `${countImages(n)} selected` : ''}
      </p>
      {n > 0 && (
        <ImagesBulkActions selected={selected} clear={clear} confirmDelete={confirmDelete} />
      )}
    </>
  );
}
