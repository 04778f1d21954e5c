'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import type { ActionState } from '@/lib/action-state';
import { imageQueryOptions } from '@/lib/query/images';
import type { StoresResult } from './actions';

/**
 * Run a Stores action: the outcome as a toast, and on success the image Glance returned goes into
 * the ['images', id] cache, from which the Stores card follows the copy while it runs.
 */
export function useStoresAction(imageId: string) {
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionState<StoresResult>>, onDone?: () => void) =>
    startTransition(async () => {
      const result = await action();
      if (result.status === 'error') toast.error(result.message);
      if (result.status !== 'success') return;
      toast.success(result.message ?? 'Done.');
      if (result.data) queryClient.setQueryData(imageQueryOptions(imageId).queryKey, result.data.image);
      onDone?.();
    });
  return { pending, run };
}
