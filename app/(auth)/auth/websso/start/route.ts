import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { foreignOrigin } from '@/lib/api/responses';
import { newPendingCookie } from '@/lib/auth/websso-pending';
import { findWebssoChoice, webssoLoginUrl, webssoUrl } from '@/lib/auth/websso-urls';
import { whoIsDown } from '@/lib/auth/websso';
import { contextOf, cookiesSecure, isSameOrigin } from '@/lib/http/request-context';
import { audit } from '@/lib/log/audit';
import { safeNextPath } from '@/lib/session/redirect';

const startSchema = z.object({ choice: z.string().max(64), next: z.string().max(2048).optional() });

/**
 * "Sign in with <provider>": a POST from the login page (so only an Iris page can start one),
 * which checks that Keystone and the provider answer, sets the pending-sign-in cookie and sends
 * the browser to Keystone's WebSSO route for that provider.
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request.headers)) return foreignOrigin('websso.start', 'This request did not come from an Iris page.');
  const context = contextOf(request.headers);
  const back = (url: string) => NextResponse.redirect(new URL(url, context.origin), 303);
  const form = await request.formData().catch(() => new FormData());
  const parsed = startSchema.safeParse({ choice: form.get('choice'), next: form.get('next') ?? undefined });
  const next = safeNextPath(parsed.data?.next);
  const choice = findWebssoChoice(parsed.data?.choice);
  if (!choice) {
    await audit({ action: 'sign-in', outcome: 'refused', reason: 'websso_not_offered', status: 303 });
    return back(webssoLoginUrl('not_offered', undefined, next));
  }
  const down = await whoIsDown(choice);
  if (down) {
    await audit({ action: 'sign-in', outcome: 'failed', reason: down === 'idp_down' ? 'idp_unavailable' : 'keystone_unavailable', target: choice.key });
    return back(webssoLoginUrl(down, choice.key, next));
  }
  const cookie = newPendingCookie(choice.key, next, cookiesSecure(context));
  const response = NextResponse.redirect(webssoUrl(choice, context.origin), 303);
  response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
}
