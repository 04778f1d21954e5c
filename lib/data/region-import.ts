import 'server-only';
import { env } from '@/lib/env';
import { getImage, listImages, type GlanceContext } from '@/lib/glance/client';
import type { Image } from '@/lib/glance/schemas';
import { getCatalog } from '@/lib/keystone/client';
import { regionEndpoints } from '@/lib/keystone/catalog';
import type { CreateImageOptions } from '@/lib/images/create-options';
import type { RemoteImage } from '@/lib/images/region-import';
import { OpenStackError } from '@/lib/openstack/errors';
import type { Session } from '@/lib/session/schema';
import { loadCreateOptions } from './create-options';
import { withGlance } from './glance-context';

export interface OtherRegion {
  region: string;
  /** That region's Glance, as Iris reaches it: never sent to the browser. */
  url: string;
}

/** The other regions with an image service in this token's catalog (not the session's own Glance). */
export async function otherImageRegions(session: Session): Promise<OtherRegion[]> {
  const catalog = await getCatalog(session.cloud.keystoneUrl, session.token);
  return regionEndpoints(catalog, 'image', env().OS_INTERFACE).filter((endpoint) => endpoint.url !== session.glanceUrl && endpoint.region !== session.cloud.region);
}

/** The same token, towards another region's Glance (Keystone is shared). */
export const remoteContext = (ctx: GlanceContext, region: OtherRegion): GlanceContext => ({ ...ctx, endpoint: region.url });

/** One image of another region, or null when this project cannot see it there. */
export async function findRemoteImage(ctx: GlanceContext, region: OtherRegion, id: string): Promise<Image | null> {
  return getImage(remoteContext(ctx, region), id).catch((error: unknown) => {
    if (error instanceof OpenStackError && error.status === 404) return null;
    throw error;
  });
}

const REMOTE_LIST_LIMIT = 100;

export interface RegionImportPage {
  options: CreateImageOptions;
  regions: string[];
  /** The region whose images are listed (the one asked for, else the first). */
  region?: string;
  images: RemoteImage[];
}

/** The import-from-another-region page: is glance-download on, which regions, that region's active images. */
export function loadRegionImportPage(asked: string | undefined): Promise<RegionImportPage> {
  return withGlance(async (ctx, session) => {
    const [options, regions] = await Promise.all([loadCreateOptions(ctx, session), otherImageRegions(session)]);
    const chosen = regions.find((region) => region.region === asked) ?? regions[0];
    if (!options.glanceDownload || !chosen) return { options, regions: regions.map((r) => r.region), region: chosen?.region, images: [] };
    const list = await listImages(remoteContext(ctx, chosen), { status: 'active', sort_key: 'name', sort_dir: 'asc', limit: REMOTE_LIST_LIMIT });
    const images = list.images.map((image) => ({
      id: image.id,
      name: image.name || image.id,
      diskFormat: image.disk_format ?? 'raw',
      containerFormat: image.container_format ?? 'bare',
      size: image.size ?? null,
    }));
    return { options, regions: regions.map((r) => r.region), region: chosen.region, images };
  });
}
