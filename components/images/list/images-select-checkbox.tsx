'use client';

import { useEffect, useId, useRef } from 'react';
import type { DeletableImage } from '@/components/images/delete/delete-images-dialog';
import { useImagesSelection } from './images-selection';

const box = 'row-check'; // app/globals.css
// the label pads the small box out to a comfortable touch target without moving it
const hitArea = 'row-hit'; // app/globals.css

interface ImagesSelectCheckboxProps {
  image: DeletableImage;
  /** Why this row cannot be picked; the box is then disabled and says so. */
  reason?: string;
}

export function ImagesSelectCheckbox({ image, reason }: ImagesSelectCheckboxProps) {
  const { isSelected, toggle } = useImagesSelection();
  const reasonId = useId();
  return (
    // no classes: every row repeats this box, so .c-sel (app/globals.css) styles its label and input
    <label title={reason}>
      <input
        type="checkbox"
        aria-label={`Select ${image.name || image.id}`}
        aria-describedby={reason ? reasonId : undefined}
        disabled={!!reason}
        checked={!reason && isSelected(image.id)}
        onChange={(event) => toggle(image.id, event.target.checked)}
      />
      {reason && (
        <span id={reasonId} className="sr-only">
          {reason}
        </span>
      )}
    </label>
  );
}

/** Header box: all choosable rows of this page; mixed when only some are selected. */
export function ImagesSelectAll() {
  const { choosable, selected, toggleAll } = useImagesSelection();
  const ref = useRef<HTMLInputElement>(null);
  const all = choosable.length > 0 && selected.length === choosable.length;
  const some = selected.length > 0 && !all;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <label className={hitArea}>
      <input
        ref={ref}
        type="checkbox"
        className={box}
        aria-label="Select all on this page"
        disabled={choosable.length === 0}
        checked={all}
        onChange={(event) => toggleAll(event.target.checked)}
      />
    </label>
  );
}
