'use client';

import type { DeletableImage } from '@/components/images/delete/delete-images-dialog';
import { Button } from '@/components/ui/button';
import { countImages } from './count-images';

interface ImagesBulkActionsProps {
  selected: DeletableImage[];
  clear: () => void;
  confirmDelete: (images: DeletableImage[]) => void;
}

/** The floating bar with what to do with the selected rows; loaded with the first ticked box. */
export function ImagesBulkActions({ selected, clear, confirmDelete }: ImagesBulkActionsProps) {
  const n = selected.length;
  return (
    <>
      <div aria-hidden="true" className="h-14" />
      <div
        role="region"
        aria-label="Selected images"
        className="fixed inset-x-4 bottom-4 z-20 mx-auto flex w-fit max-w-[calc(100vw-2rem)] flex-wrap items-center gap-x-3 gap-y-2 rounded-lg bg-slate-900 px-4 py-2.5 text-sm text-white shadow-lg"
      >
        {/* on phones the Delete button carries the count */}
        <span className="hidden font-medium sm:inline">{countImages(n)} selected</span>
        <Button type="button" size="sm" variant="danger" onClick={() => confirmDelete(selected)}>
          Delete {countImages(n)}
        </Button>
        <Button type="button" size="sm" variant="onDark" onClick={clear}>
          Clear selection
        </Button>
      </div>
    </>
  );
}
