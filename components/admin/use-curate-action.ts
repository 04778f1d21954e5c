'use client';

import { useState, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { promoteToOfficial, publishImage, restoreImage, retireImage } from './actions';
import type { ActionState } from '@/lib/action-state';
import type { CurationAction } from '@/lib/admin/curation';

function run(action: CurationAction, imageId: string, curatorId: string | undefined): Promise<ActionState> {
  if (action === 'promote') return promoteToOfficial(imageId, curatorId);
  if (action === 'publish') return publishImage(imageId);
  if (action === 'restore') return restoreImage(imageId);
  return retireImage(imageId, action);
}

/** Calls the chosen admin action; errors stay in the dialog (and a toast), success closes it. */
export function useCurateAction(imageId: string, onDone: () => void) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function perform(action: CurationAction, curatorId: string | undefined) {
    setError(undefined);
    startTransition(async () => {
      const result = await run(action, imageId, curatorId);
      if (result.status === 'error') {
        setError(result.message);
        toast.error(result.message);
        return;
      }
      toast.success(result.status === 'success' && result.message ? result.message : 'Done.');
      onDone();
    });
  }

  return { perform, pending, error };
}
