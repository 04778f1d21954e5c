import 'server-only';
import { fail, fromOpenStackError, type ActionState } from '@/lib/action-state';
import { audit } from '@/lib/log/audit';
import { OpenStackError } from '@/lib/openstack/errors';
import { getSession } from '@/lib/session';
import type { Session } from '@/lib/session/schema';

/** A refusal by Iris's own permission check: logged, then the error state the user reads. */
export async function refuse(action: string, session: Session | null, reason: string, message: string, target?: string): Promise<ActionState<never>> {
  await audit({ action, outcome: 'refused', reason, session, target, status: 403 });
  return fail('forbidden', message);
}

/** Log a refusal by OpenStack's own policy (403) of an action; other errors are not refusals. */
export async function auditOpenStackRefusal(action: string, error: unknown, target?: string): Promise<void> {
  if (error instanceof OpenStackError && error.status === 403) {
    await audit({ action, outcome: 'refused', reason: `${error.service}_forbidden`, session: await getSession(), target, status: 403 });
  }
}

/**
 * `.catch()` for a server action's OpenStack work: a 403 is logged as a refused action, then
 * every OpenStack error becomes a message; anything else (bugs, redirects) is rethrown.
 */
export function failedAction(action: string, target?: string) {
  return async (error: unknown): Promise<ActionState<never>> => {
    await auditOpenStackRefusal(action, error, target);
    return fromOpenStackError(error);
  };
}
