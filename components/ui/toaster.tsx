'use client';

import { useSyncExternalStore } from 'react';
import { currentToasts, dismissToast, noToasts, subscribeToToasts, type ToastKind } from './toast';

const KIND_CLASSES: Record<ToastKind, string> = {
  success: 'border-green-300 bg-green-50 text-green-900',
  warning: 'border-amber-300 bg-amber-50 text-amber-900',
  error: 'border-red-300 bg-red-50 text-red-900',
};

/**
 * The toasts of toast.ts, bottom right. The live regions exist from the first paint (screen readers
 * announce only changes inside a region they already know): errors in an assertive one, the rest polite.
 */
export function Toaster() {
  const toasts = useSyncExternalStore(subscribeToToasts, currentToasts, noToasts);
  const list = (kinds: ToastKind[], live: 'polite' | 'assertive') => (
    <ol aria-live={live} aria-relevant="additions text" className="flex flex-col gap-2">
      {toasts
        .filter((t) => kinds.includes(t.kind))
        .map((t) => (
          <li key={t.id} data-toast={t.kind} className={`pointer-events-auto flex items-start gap-3 rounded-md border px-4 py-3 text-sm shadow-lg ${KIND_CLASSES[t.kind]}`}>
            <p className="min-w-0 flex-1 break-words">{t.message}</p>
            <button type="button" onClick={() => dismissToast(t.id)} className="-my-1 -mr-2 rounded px-2 py-1 leading-none hover:bg-black/5 focus-visible:ring-2 focus-visible:ring-current focus-visible:outline-none">
              <span aria-hidden="true">×</span>
              <span className="sr-only">Close notification</span>
            </button>
          </li>
        ))}
    </ol>
  );
  return (
    <section aria-label="Notifications" className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-[min(24rem,calc(100vw-2rem))] flex-col gap-2">
      {list(['success', 'warning'], 'polite')}
      {list(['error'], 'assertive')}
    </section>
  );
}
