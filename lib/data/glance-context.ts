import 'server-only';
import { audit } from '@/lib/log/audit';
import { OpenStackError } from '@/lib/openstack/errors';
import { redirectToLoginExpired, requireSession } from '@/lib/session';
import type { Session } from '@/lib/session/schema';
import type { GlanceContext } from '@/lib/glance/client';

export function glanceContextOf(session: Session): GlanceContext {
  return { endpoint: session.glanceUrl, token: session.token, keystone: session.cloud.keystoneUrl };
}

/**
 * Run a Glance call with this request's session. A 401 means Keystone no longer accepts the
 * token (expired or revoked), so the user goes back to login and then returns to this page.
 */
export async function withGlance<T>(call: (ctx: GlanceContext, session: Session) => Promise<T>): Promise<T> {
  return withSessionGlance(await requireSession(), call);
}

/** `withGlance` for a caller that already holds the session (read once per action). */
export async function withSessionGlance<T>(session: Session, call: (ctx: GlanceContext, session: Session) => Promise<T>): Promise<T> {
  try {
    return await call(glanceContextOf(session), session);
  } catch (error) {
    if (error instanceof OpenStackError && error.status === 401) {
      await audit({ action: `${error.service} ${error.method} ${error.path}`, outcome: 'ended', reason: 'token_refused', session, status: 401 });
      await redirectToLoginExpired();
    }
    throw error;
  }
}
