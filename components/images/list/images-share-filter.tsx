import Link from 'next/link';
import { imagesHref, type ImageFilters, type ShareState } from '@/lib/images/image-view';
import { cn } from '@/lib/utils';
import { ImagesInvitationsCount } from './images-invitations-count';

const OPTIONS: { share: ShareState; label: string }[] = [
  { share: 'accepted', label: 'Accepted' },
  { share: 'pending', label: 'Pending invitations' },
  { share: 'rejected', label: 'Rejected' },
];

/** Which answer of this project to list on the Shared-with-me tab (Glance's member_status). */
export function ImagesShareFilter({ filters, projectId }: { filters: ImageFilters; projectId: string }) {
  return (
    <nav aria-label="Share status" className="inline-flex rounded-lg bg-slate-100 p-1">
      {OPTIONS.map(({ share, label }) => {
        const current = filters.share === share;
        return (
          <Link
            key={share}
            href={imagesHref(filters, { share })}
            aria-current={current ? 'page' : undefined}
            className={cn(
              'inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium',
              current ? 'bg-white text-slate-900 shadow-sm ring-1 ring-slate-200' : 'text-slate-600 hover:text-slate-900',
            )}
          >
            {label}
            {share === 'pending' && <ImagesInvitationsCount projectId={projectId} />}
          </Link>
        );
      })}
    </nav>
  );
}
