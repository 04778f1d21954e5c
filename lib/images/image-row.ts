import type { Image } from '@/lib/glance/schemas';
import { imageCatalog, type ImageCatalog } from './catalog';

/**
 * What one row of the Images list shows of an image, and nothing else: no custom properties, no
 * checksums or locations. The one place rows are shaped; a new column adds its field here.
 */
export interface ImageRow {
  id: string;
  name: string | null;
  status: string;
  visibility: Image['visibility'];
  protected: boolean;
  diskFormat: string | null;
  size: number | null;
  createdAt: string;
  owner: string | null;
  ownerName: string;
  ownerIsOfficial: boolean;
  tags: string[];
  /** Stores where an interoperable import failed (Glance leaves the image queued, or killed). */
  failedImport: string | null;
  /** Snapshot or image, OS, login user, hidden: what a consumer chooses by. */
  catalog: ImageCatalog;
}

/** How the page names an image's owner (the names come from Keystone, server-side). */
export interface RowOwner {
  name: string;
  official: boolean;
}

/** loginUserProperty: the image property an operator names for the login user (IMAGE_LOGIN_USER_PROPERTY). */
export function imageRow(image: Image, owner: RowOwner, loginUserProperty: string): ImageRow {
  const failed = image.os_glance_failed_import;
  return {
    id: image.id,
    name: image.name,
    status: image.status,
    visibility: image.visibility,
    protected: image.protected,
    diskFormat: image.disk_format ?? null,
    size: image.size ?? null,
    createdAt: image.created_at,
    owner: image.owner,
    ownerName: owner.name,
    ownerIsOfficial: owner.official,
    tags: image.tags,
    failedImport: typeof failed === 'string' && failed ? failed : null,
    catalog: imageCatalog(image, loginUserProperty),
  };
}
