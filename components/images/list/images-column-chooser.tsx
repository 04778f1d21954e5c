'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Spinner } from '@/components/ui/button';
import { LIST_COLUMNS, LIST_COLUMN_LABELS, listColumnsCookie, type ListColumn } from '@/lib/images/list-columns';

/** Not HttpOnly on purpose: it holds column names only, and the browser writes it. */
function rememberColumns(userId: string, columns: readonly ListColumn[]) {
  document.cookie = listColumnsCookie(userId, columns, location.protocol === 'https:');
}

interface ImagesColumnChooserProps {
  userId: string;
  shown: readonly ListColumn[];
}

/**
 * Which optional columns the list shows. The choice goes into this user's cookie and the server
 * renders the table again with it, so a reload (or the next sign-in) shows the same columns.
 */
export function ImagesColumnChooser({ userId, shown }: ImagesColumnChooserProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [chosen, setChosen] = useState<readonly ListColumn[]>(shown);

  function toggle(column: ListColumn, on: boolean) {
    const next = on ? [...chosen, column] : chosen.filter((c) => c !== column);
    setChosen(next);
    rememberColumns(userId, next);
    startTransition(() => router.refresh());
  }

  return (
    <details className="group relative">
      <summary className="inline-flex h-8 cursor-pointer list-none items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        Columns
        {pending ? <Spinner /> : <span aria-hidden="true">▾</span>}
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 w-56 space-y-1 rounded-md bg-white p-3 shadow-lg ring-1 ring-slate-200">
        <legend className="sr-only">Columns to show</legend>
        <p aria-hidden="true" className="pb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">
          Columns to show
        </p>
        {LIST_COLUMNS.map((column) => (
          // .choice: app/globals.css (the box's look with it), one word on each of the eight
          <label key={column} className="choice">
            <input type="checkbox" checked={chosen.includes(column)} onChange={(e) => toggle(column, e.target.checked)} />
            {LIST_COLUMN_LABELS[column]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
