'use client';

import { loadWhenShown } from '@/components/ui/load-when-shown';

/**
 * The Shared-with-me tab's "Your project ID" note, loaded only where it is shown: its copy buttons and
 * CLI line would otherwise be part of every tab's first load of /images.
 */
export const LazyProjectIdForOwners = loadWhenShown(() => import('./project-id').then((m) => m.ProjectIdForOwners));
