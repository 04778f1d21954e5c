'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { storeCli } from '@/lib/images/stores';
import { ImageCliCommand } from '@/components/images/shared/image-cli-command';
import { removeImageFromStore } from './actions';
import { useStoresAction } from './use-stores-action';

/** An administrator removes one store's copy of the data, after confirming. */
export function StoreRemoveButton({ imageId, imageName, store }: { imageId: string; imageName: string; store: string }) {
  const [asking, setAsking] = useState(false);
  const { pending, run } = useStoresAction(imageId);
  return (
    <>
      <Button size="sm" variant="secondary" aria-label={`Remove from ${store}`} onClick={() => setAsking(true)}>
        Remove
      </Button>
      <ConfirmDialog
        open={asking}
        onClose={() => setAsking(false)}
        onConfirm={() => run(() => removeImageFromStore(imageId, store), () => setAsking(false))}
        title={`Remove “${imageName}” from store ${store}?`}
        confirmLabel="Remove from store"
        tone="danger"
        pending={pending}
      >
        <p>Glance deletes the data this store holds. The image itself stays, with its data in its other stores.</p>
        <div className="mt-3">
          <ImageCliCommand command={storeCli.remove(imageId, store)} label={`remove from ${store}`} />
        </div>
      </ConfirmDialog>
    </>
  );
}
