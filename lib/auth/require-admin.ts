import 'server-only';
import { notFound } from 'next/navigation';
import type { ActionState } from '@/lib/action-state';
import { withGlance } from '@/lib/data/glance-context';
import { failedAction, refuse } from '@/lib/data/refusals';
import { audit } from '@/lib/log/audit';
import type { GlanceContext } from '@/lib/glance/client';
import { requireSession } from '@/lib/session';
import type { Session } from '@/lib/session/schema';

export const ADMIN_ROLE = 'admin';

export function isAdmin(session: Pick<Session, 'roles'>): boolean {
  return session.roles.includes(ADMIN_ROLE);
}

/**
 * For admin pages: the session of an administrator. Everyone else gets a plain 404, so the
 * page does not even confirm it exists.
 */
export async function requireAdminPage(): Promise<Session> {
  const session = await requireSession();
  if (!isAdmin(session)) {
    await audit({ action: 'admin.page', outcome: 'refused', reason: 'not_admin', session, status: 404 });
    notFound();
  }
  return session;
}

export const NOT_ADMIN_MESSAGE = 'Only cloud administrators can do this: your role in this project does not include admin.';

/**
 * For admin server actions (`action` names it in the security log): runs `call` only for an administrator. Server actions are public
 * POST endpoints, so this check runs on every call, whatever the UI showed. OpenStack errors
 * become an error state; a dead token still redirects to login (withGlance).
 */
export async function withAdminGlance<T>(action: string, call: (ctx: GlanceContext, session: Session) => Promise<ActionState<T>>): Promise<ActionState<T>> {
  const session = await requireSession();
  if (!isAdmin(session)) return refuse(action, session, 'not_admin', NOT_ADMIN_MESSAGE);
  return withGlance(call).catch(failedAction(action));
}
