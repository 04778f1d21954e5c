'use client';

import { lazy, Suspense, type ComponentProps } from 'react';

const ImagesShareActions = lazy(() => import('./images-share-actions').then((m) => ({ default: m.ImagesShareActions })));

/**
 * Accept/Reject for a shared image, loaded with the first row that needs them: only the Shared-with-me
 * tab renders them, so the other tabs of /images do not load the share action's code.
 */
export function LazyImagesShareActions(props: ComponentProps<typeof ImagesShareActions>) {
  return (
    <Suspense fallback={null}>
      <ImagesShareActions {...props} />
    </Suspense>
  );
}
