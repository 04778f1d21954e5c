'use client';

import { Button } from '@/components/ui/button';
import { useImagesSelection } from './images-selection';

const count = (n: number) => (n === 1 ? '1 image' : `${n} images`);

/**
 * What to do with the selected rows. It floats at the bottom of the window, so ticking the first
 * box does not push the table down under the pointer.
 */
export function ImagesBulkBar() {
  const { selected, clear, confirmDelete } = useImagesSelection();
  const n = selected.length;
  return (
    <>
      <p role="status" className="sr-only">
        {n > 0 ? `${count(n)} selected` : ''}
      </p>
      {n > 0 && (
        <>
          <div aria-hidden="true" className="h-14" />
          <div
            role="region"
            aria-label="Selected images"
            className="fixed inset-x-4 bottom-4 z-20 mx-auto flex w-fit max-w-[calc(100vw-2rem)] flex-wrap items-center gap-x-3 gap-y-2 rounded-lg bg-slate-900 px-4 py-2.5 text-sm text-white shadow-lg"
          >
            {/* on phones the Delete button carries the count */}
            <span className="hidden font-medium sm:inline">{count(n)} selected</span>
            <Button type="button" size="sm" variant="danger" onClick={() => confirmDelete(selected)}>
              Delete {count(n)}
            </Button>
            <Button type="button" size="sm" variant="onDark" onClick={clear}>
              Clear selection
            </Button>
          </div>
        </>
      )}
    </>
  );
}
