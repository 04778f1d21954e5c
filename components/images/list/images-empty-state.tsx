import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { hasActiveFilters, imagesHref, type ImageFilters } from '@/lib/images/image-view';
import type { ImagesPage } from '@/lib/data/images';

interface EmptyMessage {
  title: string;
  body: string;
  action?: { href: string; label: string };
}

function messageFor(filters: ImageFilters, emptyBecause: ImagesPage['emptyBecause'], projectName: string): EmptyMessage {
  if (emptyBecause === 'no-official-owners') {
    return {
      title: 'No curator project is configured',
      body: 'Official images are the public images of the projects your cloud operator names in OFFICIAL_IMAGE_OWNERS. None is set here; the Public tab lists every public image.',
      action: { href: imagesHref(filters, { tab: 'public' }), label: 'See public images' },
    };
  }
  if (filters.marker || filters.before) {
    return { title: 'Nothing more on this page', body: 'The list ends here.', action: { href: imagesHref(filters), label: 'Back to the first page' } };
  }
  if (hasActiveFilters(filters)) {
    const cleared = { q: undefined, status: undefined, disk_format: undefined, visibility: undefined, protected: undefined, tag: undefined, from: undefined, to: undefined };
    return {
      title: 'No images match',
      body: 'Nothing in this list matches the search and filters. Try fewer filters, or another tab: the image may be in another list.',
      action: { href: imagesHref(filters, cleared), label: 'Clear search and filters' },
    };
  }
  switch (filters.tab) {
    case 'project':
      return {
        title: `Project ${projectName} has no images yet`,
        body: 'Create an image from a file or a URL, or use one from the Official or Public lists.',
        action: { href: '/images/create', label: 'Create an image' },
      };
    case 'official':
      return { title: 'No official images yet', body: 'The curators have not published any public image so far.' };
    case 'shared':
      return sharedMessage(filters);
    case 'public':
      return { title: 'No other public images', body: 'Apart from the official ones, no project has published an image for everyone.' };
    case 'community':
      return {
        title: 'No community images',
        body: 'Community images can be used by every project but are left out of the default lists. None exists here yet.',
      };
    case 'all':
      return { title: 'No images', body: 'Your project cannot see any image yet: not its own, not public ones, not shared ones.' };
  }
}

function sharedMessage(filters: ImageFilters): EmptyMessage {
  if (filters.share === 'pending') {
    return { title: 'No invitations waiting', body: 'When another project shares an image with yours, it waits here until you accept or reject it.' };
  }
  if (filters.share === 'rejected') {
    return { title: 'No rejected images', body: 'Images you reject are kept here, so you can still accept them later.' };
  }
  return {
    title: 'No images shared with your project yet',
    body: 'Images other projects share with yours appear here once you accept them. New ones wait under Pending invitations.',
    action: { href: imagesHref(filters, { share: 'pending' }), label: 'See pending invitations' },
  };
}

export function ImagesEmptyState({ filters, emptyBecause, projectName }: { filters: ImageFilters; emptyBecause?: ImagesPage['emptyBecause']; projectName: string }) {
  const message = messageFor(filters, emptyBecause, projectName);
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center" role="status">
      <p className="font-medium text-slate-900">{message.title}</p>
      <p className="mx-auto mt-1 max-w-prose text-sm text-slate-600">{message.body}</p>
      {message.action && (
        <Link href={message.action.href} className={buttonClasses('secondary', 'sm', 'mt-4')}>
          {message.action.label}
        </Link>
      )}
    </div>
  );
}
