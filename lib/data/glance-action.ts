import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { fail, fromZodError, type ActionState } from '@/lib/action-state';
import { isAdmin, NOT_ADMIN_MESSAGE } from '@/lib/auth/require-admin';
import type { GlanceContext } from '@/lib/glance/client';
import { imageIdSchema, INVALID_IMAGE_ID } from '@/lib/glance/schemas';
import { requireSession } from '@/lib/session';
import type { Session } from '@/lib/session/schema';
import { withSessionGlance } from './glance-context';
import { nameIndexChanged } from './name-index';
import { failedAction, refuse } from './refusals';

export interface GlanceActionOptions<T> {
  /** The image (or other resource) the security log names for a refusal. */
  target?: string;
  /** Administrators only: anyone else is refused (and logged) before Glance is asked. */
  admin?: boolean;
  /** What to refresh after the action; by default every /images page on success. */
  revalidate?: false | ((result: ActionState<T>) => void);
}

const refreshImages = (result: ActionState<unknown>) => {
  if (result.status === 'success') revalidatePath('/images', 'layout');
};

/** For `revalidate`: only the /images list (a new or discarded record; the detail pages are not affected). */
export const refreshImageList = (result: ActionState<unknown>) => {
  if (result.status === 'success') revalidatePath('/images');
};

/**
 * An image action's arguments, checked before anything else: the image ID first (one message for
 * any malformed one), then `schema`; a refusal is the state to return, with `values` echoed back.
 */
export function parseImageArgs<T>(
  schema: z.ZodType<T>,
  args: { imageId: unknown } & Record<string, unknown>,
  values?: Record<string, string | string[]>,
): { ok: true; data: T } | { ok: false; state: ActionState<never> } {
  if (!imageIdSchema.safeParse(args.imageId).success) return { ok: false, state: fail('invalid_input', INVALID_IMAGE_ID) };
  const parsed = schema.safeParse(args);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, state: fromZodError(parsed.error, values) };
}

/**
 * The frame of every server action that calls Glance (`action` names it in the security log):
 * the session (a dead token sends the user to login), the admin check where asked, then `run`;
 * OpenStack errors become an error state (a 403 is logged as a refusal), bugs are rethrown.
 * Actions are public POST endpoints: each parses its own input before calling this.
 */
export async function glanceAction<T>(
  action: string,
  run: (ctx: GlanceContext, session: Session) => Promise<ActionState<T>>,
  options: GlanceActionOptions<NoInfer<T>> = {},
): Promise<ActionState<T>> {
  // read once: the admin check and the Glance call use the same session
  const session = await requireSession();
  if (options.admin && !isAdmin(session)) return refuse(action, session, 'not_admin', NOT_ADMIN_MESSAGE);
  const result = await withSessionGlance(session, async (ctx, current) => {
    const done = await run(ctx, current);
    // the user searches next for what they just changed: the project's name index catches up first
    if (done.status === 'success') nameIndexChanged(current);
    return done;
  }).catch(failedAction(action, options.target));
  if (options.revalidate !== false) (options.revalidate ?? refreshImages)(result);
  return result;
}
