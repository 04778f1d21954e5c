'use client';

import { createContext, use, useState } from 'react';
import type { DeleteResult } from '@/components/images/delete/actions';
import { canChooseForDelete, type Viewer } from '@/lib/glance/permissions';
import type { ImageRow } from '@/lib/images/image-row';
import type { DeletableImage } from '@/components/images/delete/delete-images-dialog';
import { LazyDeleteImagesDialog } from '@/components/images/delete/lazy-delete-images-dialog';

interface ImagesSelection {
  /** Rows of this page the viewer may pick, in page order. */
  choosable: DeletableImage[];
  selected: DeletableImage[];
  isSelected: (id: string) => boolean;
  toggle: (id: string, on: boolean) => void;
  toggleAll: (on: boolean) => void;
  clear: () => void;
  confirmDelete: (images: DeletableImage[]) => void;
}

const SelectionContext = createContext<ImagesSelection | null>(null);

export function useImagesSelection(): ImagesSelection {
  const selection = use(SelectionContext);
  if (!selection) throw new Error('useImagesSelection outside ImagesSelectionProvider');
  return selection;
}

interface ImagesSelectionProviderProps {
  /** The page's rows (the same array the table gets, so the page carries it once). */
  rows: ImageRow[];
  viewer: Viewer;
  children: React.ReactNode;
}

/**
 * Selection of one page of the list and the delete dialog it leads to. It lives inside the
 * `<Suspense key>` of the filters, so a new page or filter starts with nothing selected.
 */
export function ImagesSelectionProvider({ rows, viewer, children }: ImagesSelectionProviderProps) {
  const choosable: DeletableImage[] = rows.filter((row) => canChooseForDelete(row, viewer).allowed);
  const projectNames = Object.fromEntries(rows.flatMap((row) => (row.owner && row.ownerName ? [[row.owner, row.ownerName]] : [])));
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState<DeletableImage[] | null>(null);
  const [round, setRound] = useState(0);

  // rows gone after a refresh drop out of the selection by themselves
  const selected = choosable.filter((image) => ids.has(image.id));
  const update = (change: (next: Set<string>) => void) =>
    setIds((prev) => {
      const next = new Set(prev);
      change(next);
      return next;
    });

  const selection: ImagesSelection = {
    choosable,
    selected,
    isSelected: (id) => ids.has(id),
    toggle: (id, on) => update((next) => void (on ? next.add(id) : next.delete(id))),
    toggleAll: (on) => setIds(new Set(on ? choosable.map((image) => image.id) : [])),
    clear: () => setIds(new Set()),
    confirmDelete: (images) => {
      setRound((n) => n + 1);
      setTarget(images);
    },
  };

  function forgetDeleted(results: DeleteResult[]) {
    update((next) => results.forEach((result) => result.ok && next.delete(result.id)));
  }

  return (
    <SelectionContext value={selection}>
      {children}
      {round > 0 && (
        <LazyDeleteImagesDialog
          key={round}
          open={target !== null}
          onClose={() => setTarget(null)}
          images={target ?? []}
          viewer={viewer}
          projectNames={projectNames}
          onDeleted={forgetDeleted}
        />
      )}
    </SelectionContext>
  );
}
