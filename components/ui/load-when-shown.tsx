'use client';

import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A component whose code is left out of the page's first load and fetched when it first renders
 * (after a click, or on the one tab that shows it). React.lazy rather than next/dynamic: next/dynamic's
 * own loader code costs the first load more than it saves.
 */
export function loadWhenShown<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function LoadedWhenShown(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
