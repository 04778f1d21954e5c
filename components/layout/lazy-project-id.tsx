'use client';

import { lazy, Suspense, type ComponentProps } from 'react';

const ProjectIdForOwners = lazy(() => import('./project-id').then((m) => ({ default: m.ProjectIdForOwners })));

/**
 * The Shared-with-me tab's "Your project ID" note, loaded only where it is shown: its copy buttons and
 * CLI line would otherwise be part of every tab's first load of /images.
 */
export function LazyProjectIdForOwners(props: ComponentProps<typeof ProjectIdForOwners>) {
  return (
    <Suspense fallback={null}>
      <ProjectIdForOwners {...props} />
    </Suspense>
  );
}
