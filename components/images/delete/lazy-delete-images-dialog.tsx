'use client';

import { loadWhenShown } from '@/components/ui/load-when-shown';

/**
 * The delete dialog, loaded when first asked for: the list and the details page render it only after a
 * Delete click, so its code (the batch flow, unprotect, CLI commands) stays out of their first load.
 */
export const LazyDeleteImagesDialog = loadWhenShown(() => import('./delete-images-dialog').then((m) => m.DeleteImagesDialog));
