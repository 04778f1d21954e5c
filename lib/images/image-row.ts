import type { Image } from '@/lib/glance/schemas';
import { imageCatalog } from './catalog';

/**
 * What one row of the Images list shows of an image, and nothing else: no custom properties, no
 * checksums or locations. The one place rows are shaped; a new column adds its field here. The page
 * sends these in its RSC payload, so what is empty (null, false, no tags) is left out, not sent as null.
 */
export interface ImageRow extends RowExtras {
  id: string;
  name: string | null;
  status: string;
  visibility: Image['visibility'];
  protected: boolean;
  owner: string | null;
  createdAt: string;
}

/** The fields a row carries only when they say something. */
interface RowExtras {
  diskFormat?: string;
  size?: number;
  /** Absent when Keystone gave no name: the table then shows the owner's ID. */
  ownerName?: string;
  ownerIsOfficial?: true;
  tags?: string[];
  /** Stores where an interoperable import failed (Glance leaves the image queued, or killed). */
  failedImport?: string;
  /** What a consumer chooses by (lib/images/catalog.ts): an instance snapshot, hidden, OS, login user. */
  snapshot?: true;
  hidden?: true;
  os?: string;
  loginUser?: string;
}

/** How the page names an image's owner (the names come from Keystone, server-side). */
export interface RowOwner {
  name: string;
  official: boolean;
}

/** loginUserProperty: the image property an operator names for the login user (IMAGE_LOGIN_USER_PROPERTY). */
export function imageRow(image: Image, owner: RowOwner, loginUserProperty: string): ImageRow {
  const failed = image.os_glance_failed_import;
  const catalog = imageCatalog(image, loginUserProperty);
  return {
    id: image.id,
    name: image.name,
    status: image.status,
    visibility: image.visibility,
    protected: image.protected,
    owner: image.owner,
    createdAt: image.created_at,
    ...withoutEmpty({
      diskFormat: image.disk_format,
      size: image.size,
      ownerName: image.owner && owner.name !== image.owner ? owner.name : undefined,
      ownerIsOfficial: owner.official || undefined,
      tags: image.tags,
      failedImport: typeof failed === 'string' && failed ? failed : undefined,
      snapshot: catalog.kind === 'snapshot' || undefined,
      hidden: catalog.hidden || undefined,
      os: catalog.os,
      loginUser: catalog.loginUser,
    }),
  };
}

type Loose<T> = { [K in keyof T]?: T[K] | null };

/** The entries that say something: not null, undefined or an empty list (React would send undefined as "$undefined"). */
function withoutEmpty(extras: Loose<RowExtras>): RowExtras {
  return Object.fromEntries(Object.entries(extras).filter(([, value]) => value != null && !(Array.isArray(value) && value.length === 0)));
}
