'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { Image } from '@/lib/glance/schemas';
import { imageStores, isCopying, storeCli, type ImageStores, type StoreChoice } from '@/lib/images/stores';
import { imageQueryOptions } from '@/lib/query/images';
import { ImageCliCommand } from '@/components/images/shared/image-cli-command';
import { copyImageToStores } from './actions';
import { StoreCopyDialog } from './store-copy-dialog';
import { StoreLabel } from './store-options';
import { StoreRemoveButton } from './store-remove-button';
import { useStoresAction } from './use-stores-action';

const POLL_MS = 2_000;

export interface ImageStoresCardProps {
  image: Image;
  stores: StoreChoice[];
  isAdmin: boolean;
  /** What Glance recorded for the last failed copy (its task's message), if anything. */
  failureReason?: string;
  /** The last copy task is still pending or processing (its reason, if any, is not written yet). */
  copyTaskRunning: boolean;
}

const REFRESH_MS = 1_500;

/** The image as the server rendered it, or Glance's newer answer while a copy runs. */
function useLiveStores(image: Image, copyTaskRunning: boolean) {
  const router = useRouter();
  // fetched only by the timer below (and filled by the Stores actions): the server page owns the image
  const { data: cached, refetch } = useQuery({ ...imageQueryOptions(image.id), enabled: false });
  const live = cached && cached.updated_at >= image.updated_at ? cached : image;
  const copying = isCopying(live);
  // where the data is changed (a copy ended or failed): re-render the page, so the import history
  // and the failure reason are fresh too; again while Glance has not finished the copy's task
  const signature = JSON.stringify(imageStores(live));
  const seen = useRef(signature);
  useEffect(() => {
    if (seen.current === signature) return;
    seen.current = signature;
    if (!copying) router.refresh();
  }, [signature, copying, router]);
  const failedWithoutReason = !copying && copyTaskRunning && imageStores(live).failed.length > 0;
  useEffect(() => {
    if (!failedWithoutReason) return;
    const timer = setTimeout(() => router.refresh(), REFRESH_MS);
    return () => clearTimeout(timer);
  }, [failedWithoutReason, image, router]);
  useEffect(() => {
    if (!copying) return;
    const timer = setInterval(() => void refetch(), POLL_MS);
    return () => clearInterval(timer);
  }, [copying, refetch]);
  return live;
}

function StoreState({ store, where }: { store: string; where: ImageStores }) {
  if (where.present.includes(store)) return <Badge tone="green">Has the data</Badge>;
  if (where.copying.includes(store)) return <Badge tone="blue">Copying…</Badge>;
  if (where.failed.includes(store)) return <Badge tone="red">Copy failed</Badge>;
  return <Badge>Not here</Badge>;
}

function CopyFailure({ image, where, reason, isAdmin }: { image: Image; where: ImageStores; reason?: string; isAdmin: boolean }) {
  const { pending, run } = useStoresAction(image.id);
  if (where.failed.length === 0 || where.copying.length > 0) return null;
  return (
    <Alert tone="error" title={`Copy to ${where.failed.join(', ')} failed`}>
      <p>{reason ? `Glance says: ${reason}` : 'Glance did not record a reason for this store.'}</p>
      <p className="mt-1">The store may be full, unwritable, or hold a leftover file of this image: Glance’s log names the cause. Once it is fixed, retry.</p>
      {isAdmin && (
        <Button size="sm" className="mt-3" pending={pending} onClick={() => run(() => copyImageToStores(image.id, where.failed, true))}>
          Retry copy
        </Button>
      )}
    </Alert>
  );
}

/** Per-store status of the image's data, live while a copy runs; administrators copy and remove. */
export function ImageStoresCard({ image: served, stores, isAdmin, failureReason, copyTaskRunning }: ImageStoresCardProps) {
  const image = useLiveStores(served, copyTaskRunning);
  const where = imageStores(image);
  const name = image.name || image.id;
  return (
    <div className="space-y-4">
      <ul aria-label="Stores" className="divide-y divide-slate-100">
        {stores.map((store) => (
          <li key={store.id} className="flex flex-wrap items-center justify-between gap-2 py-2 first:pt-0 last:pb-0">
            <div className="min-w-0">
              <StoreLabel store={store} />
            </div>
            <div className="flex items-center gap-2">
              <StoreState store={store.id} where={where} />
              {isAdmin && where.present.includes(store.id) && where.present.length > 1 && <StoreRemoveButton imageId={image.id} imageName={name} store={store.id} />}
            </div>
          </li>
        ))}
      </ul>
      <CopyFailure image={image} where={where} reason={failureReason} isAdmin={isAdmin} />
      {isAdmin ? (
        image.status === 'active' && where.present.length < stores.length && <StoreCopyDialog imageId={image.id} imageName={name} stores={stores} where={where} />
      ) : (
        <p className="text-sm text-slate-600">Copying the image to other stores and removing a store’s copy are done by cloud administrators.</p>
      )}
      <ImageCliCommand command={storeCli.info()} label="list the cloud’s stores" />
    </div>
  );
}
