'use client';

import { loadWhenShown } from '@/components/ui/load-when-shown';

/**
 * Accept/Reject for a shared image, loaded with the first row that needs them: only the Shared-with-me
 * tab renders them, so the other tabs of /images do not load the share action's code.
 */
export const LazyImagesShareActions = loadWhenShown(() => import('./images-share-actions').then((m) => m.ImagesShareActions));
