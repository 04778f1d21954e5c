import { loadSessionStores } from '@/lib/data/stores';
import type { Image, Task } from '@/lib/glance/schemas';
import { ImageSection } from '@/components/images/shared/image-section';
import { ImageStoresCard } from './image-stores-card';

const copyTask = (task: Task) => (task.input as { import_req?: { method?: { name?: unknown } } } | undefined)?.import_req?.method?.name === 'copy-image';

/** The image page's Stores card, on a cloud with several stores (nothing otherwise). */
export async function ImageStoresSection({ image, tasks, isAdmin }: { image: Image; tasks: Task[] | null; isAdmin: boolean }) {
  const stores = await loadSessionStores();
  if (stores.length < 2) return null;
  const lastCopy = tasks?.filter(copyTask).at(-1);
  const failureReason = lastCopy?.status === 'failure' && lastCopy.message ? lastCopy.message : undefined;
  return (
    <ImageSection id="image-stores" title="Stores" description="Where Glance keeps this image’s data on this cloud.">
      <ImageStoresCard
        image={image}
        stores={stores}
        isAdmin={isAdmin}
        failureReason={failureReason}
        copyTaskRunning={lastCopy?.status === 'pending' || lastCopy?.status === 'processing'}
      />
    </ImageSection>
  );
}
