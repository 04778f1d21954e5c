import { SubNav } from '@/components/ui/sub-nav';
import { canManageMembers, canUploadData, type Viewer } from '@/lib/glance/permissions';
import type { Image } from '@/lib/glance/schemas';

type Tab = 'overview' | 'sharing' | 'upload';

/** Sub-pages of one image; Sharing and Upload data appear only where they can do something. */
export function ImageSubnav({ image, viewer, current }: { image: Image; viewer: Viewer; current: Tab }) {
  const tabs: { key: Tab; href: string; label: string }[] = [{ key: 'overview', href: `/images/${image.id}`, label: 'Overview' }];
  if (canManageMembers(image, viewer).allowed) tabs.push({ key: 'sharing', href: `/images/${image.id}/sharing`, label: 'Manage sharing' });
  if (canUploadData(image, viewer).allowed) tabs.push({ key: 'upload', href: `/images/${image.id}/upload`, label: 'Upload data' });
  if (tabs.length === 1) return null;
  return <SubNav label="Image pages" tabs={tabs} current={tabs.find((tab) => tab.key === current)?.href ?? ''} />;
}
