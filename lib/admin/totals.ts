/** What the per-project totals need of an image. */
export interface SizedImage {
  owner: string | null;
  size?: number | null;
  os_hidden?: boolean;
  visibility: string;
}

export interface ProjectTotal {
  ownerId: string;
  images: number;
  bytes: number;
  publicImages: number;
  hiddenImages: number;
}

/** Images and stored bytes per owner project, largest first. Queued images count 0 bytes. */
export function totalsByOwner(images: Iterable<SizedImage>): ProjectTotal[] {
  const byOwner = new Map<string, ProjectTotal>();
  for (const image of images) {
    const ownerId = image.owner ?? '';
    const total = byOwner.get(ownerId) ?? { ownerId, images: 0, bytes: 0, publicImages: 0, hiddenImages: 0 };
    total.images += 1;
    total.bytes += image.size ?? 0;
    if (image.visibility === 'public') total.publicImages += 1;
    if (image.os_hidden) total.hiddenImages += 1;
    byOwner.set(ownerId, total);
  }
  return [...byOwner.values()].sort((a, b) => b.bytes - a.bytes || b.images - a.images || a.ownerId.localeCompare(b.ownerId));
}
