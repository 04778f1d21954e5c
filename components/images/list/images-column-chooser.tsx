'use client';

import { useState, useTransition } from 'react';
import { Spinner } from '@/components/ui/button';
import { loadWhenShown } from '@/components/ui/load-when-shown';
import type { ListColumn } from '@/lib/images/list-columns';

// the boxes load when the menu is first opened, not with every page of the list
const ImagesColumnPanel = loadWhenShown(() => import('./images-column-panel').then((m) => m.ImagesColumnPanel));

interface ImagesColumnChooserProps {
  userId: string;
  shown: readonly ListColumn[];
}

/**
 * Which optional columns the list shows. The choice goes into this user's cookie and the server
 * renders the table again with it, so a reload (or the next sign-in) shows the same columns.
 */
export function ImagesColumnChooser({ userId, shown }: ImagesColumnChooserProps) {
  const [pending, startTransition] = useTransition();
  // once opened the panel stays mounted, so closing the menu keeps what was ticked
  const [opened, setOpened] = useState(false);

  return (
    <details className="group relative" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="inline-flex h-8 cursor-pointer list-none items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        Columns
        {pending ? <Spinner /> : <span aria-hidden="true">▾</span>}
      </summary>
      {opened && (
        <ImagesColumnPanel userId={userId} shown={shown} startTransition={startTransition} />
      )}
    </details>
  );
}
