import Link from 'next/link';
import { canManageMembers, canUploadData, type Viewer } from '@/lib/glance/permissions';
import type { Image } from '@/lib/glance/schemas';
import { cn } from '@/lib/utils';

type Tab = 'overview' | 'sharing' | 'upload';

/** Sub-pages of one image; Sharing and Upload data appear only where they can do something. */
export function ImageSubnav({ image, viewer, current }: { image: Image; viewer: Viewer; current: Tab }) {
  const tabs: { key: Tab; href: string; label: string }[] = [{ key: 'overview', href: `/images/${image.id}`, label: 'Overview' }];
  if (canManageMembers(image, viewer).allowed) tabs.push({ key: 'sharing', href: `/images/${image.id}/sharing`, label: 'Manage sharing' });
  if (canUploadData(image, viewer).allowed) tabs.push({ key: 'upload', href: `/images/${image.id}/upload`, label: 'Upload data' });
  if (tabs.length === 1) return null;
  return (
    <nav aria-label="Image pages" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-4">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? 'page' : undefined}
              className={cn(
                'inline-block border-b-2 px-1 pb-2 text-sm font-medium',
                tab.key === current ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
