'use client';

import { useRouter } from 'next/navigation';
import { useState, type TransitionStartFunction } from 'react';
import { LIST_COLUMNS, LIST_COLUMN_LABELS, listColumnsCookie, type ListColumn } from '@/lib/images/list-columns';

/** Not HttpOnly on purpose: it holds column names only, and the browser writes it. */
function rememberColumns(userId: string, columns: readonly ListColumn[]) {
  document.cookie = listColumnsCookie(userId, columns, location.protocol === 'https:');
}

interface ImagesColumnPanelProps {
  userId: string;
  shown: readonly ListColumn[];
  startTransition: TransitionStartFunction;
}

/** The Columns menu's boxes: the choice goes into this user's cookie and the server renders the table again. */
export function ImagesColumnPanel({ userId, shown, startTransition }: ImagesColumnPanelProps) {
  const router = useRouter();
  const [chosen, setChosen] = useState<readonly ListColumn[]>(shown);

  function toggle(column: ListColumn, on: boolean) {
    const next = on ? [...chosen, column] : chosen.filter((c) => c !== column);
    setChosen(next);
    rememberColumns(userId, next);
    startTransition(() => router.refresh());
  }

  return (
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
  );
}
