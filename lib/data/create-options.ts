import 'server-only';
import { env } from '@/lib/env';
import { getImageSchema, getImportMethods, type GlanceContext } from '@/lib/glance/client';
import { createOptionsFromSchema, type CreateImageOptions } from '@/lib/images/create-options';
import { OpenStackError } from '@/lib/openstack/errors';
import type { Session } from '@/lib/session/schema';
import { loadStores } from './stores';

/** Import methods, or none where the cloud predates interoperable import (404); other failures propagate. */
async function importMethods(ctx: GlanceContext): Promise<string[]> {
  try {
    return await getImportMethods(ctx);
  } catch (error) {
    if (error instanceof OpenStackError && error.status !== 401) return [];
    throw error;
  }
}

/** Does this Glance take files through glance-direct (stage, then import)? Else the plain PUT. */
export async function offersGlanceDirect(ctx: GlanceContext): Promise<boolean> {
  return (await importMethods(ctx)).includes('glance-direct');
}

/** What this cloud and this user allow on the Create Image form; the action validates against the same. */
export async function loadCreateOptions(ctx: GlanceContext, session: Session): Promise<CreateImageOptions> {
  const [schema, methods, stores] = await Promise.all([getImageSchema(ctx), importMethods(ctx), loadStores(ctx)]);
  return createOptionsFromSchema(schema, {
    // publicize_image is admin-only in Glance's default policy
    canPublicize: session.roles.includes('admin'),
    importMethods: methods,
    stores,
    maxUploadBytes: env().UPLOAD_MAX_BYTES,
  });
}
