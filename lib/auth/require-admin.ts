import 'server-only';
import { notFound } from 'next/navigation';
import { audit } from '@/lib/log/audit';
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
