'use client';

import Link from 'next/link';
import { imagesHref, type ImageFilters, type ImageTab } from '@/lib/images/image-view';
import { ImagesInvitationsCount } from './images-invitations-count';
import { TAB_LABELS } from './tab-labels';

const ORDER: ImageTab[] = ['project', 'official', 'shared', 'public', 'community', 'all'];

interface ImagesTabsProps {
  filters: ImageFilters;
  projectId: string;
}

/**
 * The lists as links (they work before hydration), keeping search and filters across tabs. A client
 * component only so the page's RSC payload carries the filters, not six links' markup beside the HTML.
 */
export function ImagesTabs({ filters, projectId }: ImagesTabsProps) {
  return (
    // wraps onto a second line on phones, so no list hides off-screen
    <nav aria-label="Image lists" className="border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {ORDER.map((tab) => {
          const current = filters.tab === tab;
          return (
            <li key={tab}>
              <Link
                href={imagesHref(filters, { tab, share: 'accepted' })}
                aria-current={current ? 'page' : undefined}
                className="list-tab" // app/globals.css; the current one by its aria-current
              >
                {TAB_LABELS[tab]}
                {tab === 'shared' && <ImagesInvitationsCount projectId={projectId} />}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
