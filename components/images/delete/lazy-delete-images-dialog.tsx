'use client';

import { lazy, Suspense, type ComponentProps } from 'react';

// React.lazy rather than next/dynamic: the dialog only ever renders in the browser after a click, and
// next/dynamic's own loader code would cost the first load more than it saves.
const DeleteImagesDialog = lazy(() => import('./delete-images-dialog').then((m) => ({ default: m.DeleteImagesDialog })));

/**
 * The delete dialog, loaded when first asked for: the list and the details page render it only after a
 * Delete click, so its code (the batch flow, unprotect, CLI commands) stays out of their first load.
 */
export function LazyDeleteImagesDialog(props: ComponentProps<typeof DeleteImagesDialog>) {
  return (
    <Suspense fallback={null}>
      <DeleteImagesDialog {...props} />
    </Suspense>
  );
}
