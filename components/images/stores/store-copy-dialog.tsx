'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { ImageStores, StoreChoice } from '@/lib/images/stores';
import { copyImageToStores } from './actions';
import { StoreOptions } from './store-options';
import { useStoresAction } from './use-stores-action';

interface StoreCopyDialogProps {
  imageId: string;
  imageName: string;
  stores: readonly StoreChoice[];
  where: ImageStores;
}

/** Why a store is not offered as a copy target. */
function unavailableStores(stores: readonly StoreChoice[], where: ImageStores): Record<string, string> {
  const reasons: Record<string, string> = {};
  for (const { id } of stores) {
    if (where.present.includes(id)) reasons[id] = 'Already has the image.';
    else if (where.copying.includes(id)) reasons[id] = 'A copy is running.';
  }
  return reasons;
}

/** Copy to more stores: which stores, and whether one failure undoes the others (all_stores_must_succeed). */
export function StoreCopyDialog({ imageId, imageName, stores, where }: StoreCopyDialogProps) {
  const [open, setOpen] = useState(false);
  const { pending, run } = useStoresAction(imageId);
  const unavailable = unavailableStores(stores, where);
  const formId = `copy-stores-${imageId}`;
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        Copy to more stores
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Copy “${imageName}” to more stores`}
        description="Glance copies the image data from a store that has it. The image stays usable while the copy runs."
        footer={
          <>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" form={formId} pending={pending}>
              Start copy
            </Button>
          </>
        }
      >
        <form
          id={formId}
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const targets = data.getAll('copy_store').map(String);
            run(() => copyImageToStores(imageId, targets, data.get('all_stores_must_succeed') === 'on'), () => setOpen(false));
          }}
        >
          <StoreOptions stores={stores} type="checkbox" name="copy_store" label="Stores to copy to" unavailable={unavailable} />
          <label className="flex gap-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200 ring-inset">
            <input type="checkbox" name="all_stores_must_succeed" defaultChecked className="mt-1 accent-brand-600" />
            <span>
              <span className="block font-medium text-slate-900">All stores must succeed</span>
              <span className="block text-xs text-slate-600">
                Checked: if the copy to any store fails, Glance undoes the copies of this request. Unchecked: the stores that worked keep their
                copy, and the ones that failed are listed on this page to retry.
              </span>
            </span>
          </label>
        </form>
      </Dialog>
    </>
  );
}
