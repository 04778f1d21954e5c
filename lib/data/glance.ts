import 'server-only';
import { getImage, type GlanceContext } from '@/lib/glance/client';
import type { Image } from '@/lib/glance/schemas';
import { OpenStackError } from '@/lib/openstack/errors';

// The Glance calls that server actions, pages and route handlers make inside a session frame
// (glanceAction, withGlance, lib/api/route.ts). They import them from here, never from
// lib/glance/client: lib/data is the one layer that turns a session into API calls.
export {
  addMember,
  createImage,
  createMetadefNamespace,
  createMetadefProperty,
  deleteMetadefNamespace,
  deleteMetadefProperty,
  getMetadefNamespace,
  updateMetadefNamespace,
  updateMetadefProperty,
  deactivateImage,
  deleteImage,
  deleteImageFromStore,
  getImage,
  getMember,
  importImage,
  listImageTasks,
  reactivateImage,
  removeMember,
  updateImage,
  updateMemberStatus,
  type GlanceContext,
} from '@/lib/glance/client';

/** One image, or null when this project cannot see it: other projects' private images answer 404, exactly like missing ones. */
export async function findImage(ctx: GlanceContext, id: string): Promise<Image | null> {
  return getImage(ctx, id).catch((error: unknown) => {
    if (error instanceof OpenStackError && error.status === 404) return null;
    throw error;
  });
}
