'use client';

import { useEffect } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** Anything the list did not expect (a bug, a malformed answer): the header stays usable. */
export default function ImagesError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Images</h1>
      <Alert tone="error" title="Something went wrong while showing the images">
        <p>This is a fault in Iris, not in your images. Try again; if it keeps happening, give your operator this reference: {error.digest ?? 'none'}.</p>
      </Alert>
      <Button variant="secondary" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
