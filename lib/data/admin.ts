import 'server-only';
import { cache } from 'react';
import { toGlanceQuery, markerFromNext, type AdminFilters } from '@/lib/admin/filters';
import { isOfficialImage } from '@/lib/admin/curation';
import { reviewChecks } from '@/lib/admin/review';
import { totalsByOwner, type ProjectTotal } from '@/lib/admin/totals';
import { requireAdminPage } from '@/lib/auth/require-admin';
import { env } from '@/lib/env';
import { listImages, type GlanceContext, type ImageListQuery } from '@/lib/glance/client';
import type { Image } from '@/lib/glance/schemas';
import type { AdminImageRow, OfficialOwner, QueuedImage } from '@/lib/admin/types';
import { withGlance } from './glance-context';
import { isStaleMarkerAnswer, StaleMarkerError } from './images';
import { getProjectNames, projectLabel, type ProjectNames } from './projects';

/** The configured curator projects, named by their label or Keystone name. */
export const officialOwners = cache(async (): Promise<OfficialOwner[]> => {
  const names = await getProjectNames();
  return env().OFFICIAL_IMAGE_OWNERS.map((owner) => ({ id: owner.id, label: owner.label ?? projectLabel(names, owner.id) }));
});

function toRow(image: Image, names: ProjectNames, officialIds: string[]): AdminImageRow {
  return {
    id: image.id,
    name: image.name ?? '',
    status: image.status,
    visibility: image.visibility,
    hidden: image.os_hidden === true,
    protected: image.protected,
    ownerId: image.owner ?? '',
    ownerName: projectLabel(names, image.owner),
    ownerIsCurator: !!image.owner && officialIds.includes(image.owner),
    size: image.size ?? null,
    diskFormat: image.disk_format ?? null,
    createdAt: image.created_at,
    official: isOfficialImage(image, officialIds),
  };
}

export type { AdminImageRow, OfficialOwner, QueuedImage };

/** One page of every project's images, as filtered in the Admin view. */
export async function listAllImages(filters: AdminFilters): Promise<{ rows: AdminImageRow[]; nextMarker?: string }> {
  await requireAdminPage();
  const [page, names, owners] = await Promise.all([
    withGlance((ctx) => listImages(ctx, toGlanceQuery(filters))).catch((error: unknown) => {
      throw filters.marker && isStaleMarkerAnswer(error) ? new StaleMarkerError() : error;
    }),
    getProjectNames(),
    officialOwners(),
  ]);
  const officialIds = owners.map((owner) => owner.id);
  return { rows: page.images.map((image) => toRow(image, names, officialIds)), nextMarker: markerFromNext(page.next) };
}

const QUEUE_LIMIT = 50;

/** Curator uploads not yet public (nor retired), per curator project: the review queue. */
export async function listCurationQueue(): Promise<{ owner: OfficialOwner; images: QueuedImage[]; more: boolean }[]> {
  await requireAdminPage();
  const [owners, names] = await Promise.all([officialOwners(), getProjectNames()]);
  const officialIds = owners.map((owner) => owner.id);
  return withGlance((ctx) =>
    Promise.all(
      owners.map(async (owner) => {
        const page = await listImages(ctx, { owner: owner.id, visibility: 'all', sort: 'created_at:desc', limit: QUEUE_LIMIT });
        const images = page.images
          .filter((image) => image.visibility !== 'public')
          .map((image) => ({ ...toRow(image, names, officialIds), checks: reviewChecks(image) }));
        return { owner, images, more: !!page.next };
      }),
    ),
  );
}

/** Every page of one listing, up to `maxPages` pages of `limit`; reports whether it stopped early. */
async function walk(ctx: GlanceContext, query: ImageListQuery, maxPages: number): Promise<{ images: Image[]; truncated: boolean }> {
  const images: Image[] = [];
  let marker: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const res = await listImages(ctx, { ...query, marker });
    images.push(...res.images);
    marker = markerFromNext(res.next);
    if (!marker) return { images, truncated: false };
  }
  return { images, truncated: true };
}

export const TOTALS_PAGE_LIMIT = 1000;
export const TOTALS_MAX_PAGES = 5;

export interface ProjectTotalRow extends ProjectTotal {
  name: string;
}

/**
 * Glance has no per-project usage API for admins (/v2/info/usage is the caller's own), so
 * totals walk the whole catalogue: listed and hidden images (two listings, since os_hidden
 * is a mode), 1000 per page, at most 5 pages each. Past that the numbers are a floor, and
 * the page says so.
 */
export async function projectTotals(): Promise<{ rows: ProjectTotalRow[]; counted: number; truncated: boolean }> {
  await requireAdminPage();
  const base = { visibility: 'all', sort: 'created_at:desc', limit: TOTALS_PAGE_LIMIT };
  const [listed, hidden, names] = await Promise.all([
    withGlance((ctx) => walk(ctx, base, TOTALS_MAX_PAGES)),
    withGlance((ctx) => walk(ctx, { ...base, os_hidden: 'true' }, TOTALS_MAX_PAGES)),
    getProjectNames(),
  ]);
  const all = [...listed.images, ...hidden.images];
  const rows = totalsByOwner(all).map((total) => ({ ...total, name: projectLabel(names, total.ownerId || null) }));
  return { rows, counted: all.length, truncated: listed.truncated || hidden.truncated };
}

/** Every project, by name, for the owner filter (admins can list them all in Keystone). */
export async function ownerOptions(): Promise<{ id: string; name: string }[]> {
  await requireAdminPage();
  const names = await getProjectNames();
  return [...names.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
