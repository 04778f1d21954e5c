import { cookies } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { findCloud } from '@/lib/auth/cloud-choice';
import { startSession } from '@/lib/auth/sign-in';
import { WebssoRefusal, sessionFromWebssoToken } from '@/lib/auth/websso';
import { checkPending, clearedPendingCookie, pendingCookieName, type PendingSignIn } from '@/lib/auth/websso-pending';
import { findWebssoChoice, keystoneOrigin, webssoLoginUrl } from '@/lib/auth/websso-urls';
import type { WebssoOutcome } from '@/lib/auth/words';
import { contextOf, cookiesSecure } from '@/lib/http/request-context';
import { audit } from '@/lib/log/audit';
import { rememberedProject } from '@/lib/session';

// Keystone's tokens (Fernet) are URL-safe base64 of a few hundred characters
const tokenSchema = z.string().regex(/^[A-Za-z0-9_=-]{16,4096}$/);

/**
 * Keystone's WebSSO answer: its page POSTs `token` here. Accepted only from a browser that
 * started the sign-in moments ago (pending cookie), from the origin of the Keystone of the cloud
 * chosen then (the cookie remembers it), with a token that Keystone itself confirms; then it becomes a session the way every sign-in does (startSession).
 * Everything else goes back to the login page with a reason and no session (docs/security.md).
 */
export async function POST(request: NextRequest) {
  const context = contextOf(request.headers);
  const secure = cookiesSecure(context);
  const pending = checkPending(request.cookies.get(pendingCookieName(secure))?.value);
  // through Next's cookie store, like the session cookie startSession sets, so both reach the answer
  const answer = async (url: string) => {
    const cleared = clearedPendingCookie(secure);
    (await cookies()).set(cleared.name, cleared.value, cleared.options);
    return NextResponse.redirect(new URL(url, context.origin), 303);
  };
  const refuse = async (outcome: WebssoOutcome, reason: string, started?: PendingSignIn) => {
    await audit({ action: 'sign-in', outcome: 'refused', reason: `websso_${reason}`, target: started?.choice, status: 303 });
    return answer(webssoLoginUrl(outcome, started?.choice, started?.next, started?.cloud));
  };

  if (!pending.ok) return refuse(pending.reason, pending.reason);
  const started = pending.pending;
  // by label: a cloud the operator removed since the sign-in started is no longer trusted
  const cloud = findCloud(started.cloud);
  if (!cloud) return refuse('unknown_cloud', 'unknown_cloud', started);
  if (request.headers.get('origin') !== keystoneOrigin(cloud)) return refuse('foreign_origin', 'origin_mismatch', started);
  const choice = findWebssoChoice(started.choice);
  if (!choice) return refuse('not_offered', 'not_offered', started);
  const form = await request.formData().catch(() => new FormData());
  const token = tokenSchema.safeParse(form.get('token'));
  if (!token.success) return refuse('token_refused', 'token_malformed', started);

  try {
    const session = await sessionFromWebssoToken(token.data, choice, cloud, await rememberedProject());
    await startSession(session, 'websso');
  } catch (error) {
    if (error instanceof WebssoRefusal) return refuse(error.outcome, error.reason, started);
    throw error;
  }
  return answer(started.next);
}
