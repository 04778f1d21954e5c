'use client';

import Link from 'next/link';
import { Button, buttonClasses } from '@/components/ui/button';

export default function ImageError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error ? String((error as { digest?: string }).digest ?? '') : '';
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-lg bg-white px-6 py-12 text-center shadow-sm ring-1 ring-red-200">
      <h1 className="text-lg font-semibold text-slate-900">This image could not be loaded</h1>
      <p className="mt-2 text-sm text-slate-600">The image service did not answer as expected. Try again; if it keeps failing, tell your cloud operator.</p>
      {digest && <p className="mt-2 font-mono text-xs text-slate-400">Reference: {digest}</p>}
      <div className="mt-6 flex justify-center gap-2">
        <Button onClick={() => retry()}>Try again</Button>
        <Link href="/images" className={buttonClasses('secondary')}>
          Back to images
        </Link>
      </div>
    </div>
  );
}
