import 'server-only';
import { fail, type ActionState } from '@/lib/action-state';
import { getImage, type GlanceContext } from '@/lib/glance/client';
import { viewerOf, type Permission, type Viewer } from '@/lib/glance/permissions';
import { imageIdSchema, INVALID_IMAGE_ID, type Image } from '@/lib/glance/schemas';
import type { Session } from '@/lib/session/schema';
import { glanceAction } from './glance-action';
import { refuse } from './refusals';

export interface MutationContext {
  ctx: GlanceContext;
  image: Image;
  viewer: Viewer;
  session: Session;
}

/**
 * The frame of every single-image action (`action` names it in the security log): check the ID, read the image fresh from Glance,
 * check the permission on the server (the UI hiding a control is not a check), then run the
 * change. Glance still enforces its own policy; its refusals become readable messages.
 */
export async function mutateImage<T>(
  action: string,
  imageId: unknown,
  check: (image: Image, viewer: Viewer) => Permission,
  run: (m: MutationContext) => Promise<ActionState<T>>,
): Promise<ActionState<T>> {
  const id = imageIdSchema.safeParse(imageId);
  if (!id.success) return fail('invalid_input', INVALID_IMAGE_ID);
  return glanceAction(
    action,
    async (ctx, session): Promise<ActionState<T>> => {
      const image = await getImage(ctx, id.data);
      const viewer = viewerOf(session);
      const permission = check(image, viewer);
      if (!permission.allowed) return refuse(action, session, 'not_permitted', permission.reason, image.id);
      return run({ ctx, image, viewer, session });
    },
    { target: id.data },
  );
}
