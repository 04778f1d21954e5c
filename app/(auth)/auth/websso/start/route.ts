import { NextResponse, type NextRequest } from 'next/server';
import { foreignOrigin } from '@/lib/api/responses';
import { findCloud } from '@/lib/auth/cloud-choice';
import { newPendingCookie } from '@/lib/auth/websso-pending';
import { findWebssoChoice, webssoLoginUrl, webssoUrl } from '@/lib/auth/websso-urls';
import { whoIsDown } from '@/lib/auth/websso';
import { contextOf, cookiesSecure } from '@/lib/http/request-context';
import { audit } from '@/lib/log/audit';
import { safeNextPath } from '@/lib/session/redirect';

/**
 * "Sign in with <provider>" (a link on the login page, naming the cloud chosen there): checks that
 * that cloud's Keystone and the provider answer, sets the pending-sign-in cookie (which remembers
 * the cloud) and sends the browser to that Keystone's WebSSO route for that provider. A link, not a form: CSP's form-action would also apply to the redirects that
 * follow (Keystone → the provider → its sign-in page), and providers are not Iris's to list.
 * Another site may not start a sign-in in the user's browser: Sec-Fetch-Site must say the click
 * came from an Iris page (or the user typed the URL).
 */
export async function GET(request: NextRequest) {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return foreignOrigin('websso.start', 'Sign-in can only be started from Iris’s login page.');
  const context = contextOf(request.headers);
  const params = request.nextUrl.searchParams;
  const next = safeNextPath(params.get('next')?.slice(0, 2048));
  const choice = findWebssoChoice(params.get('choice'));
  const cloud = findCloud(params.get('cloud'));
  const back = (url: string) => NextResponse.redirect(new URL(url, context.origin), 303);
  if (!choice) {
    await audit({ action: 'sign-in', outcome: 'refused', reason: 'websso_not_offered', status: 303 });
    return back(webssoLoginUrl('not_offered', undefined, next));
  }
  if (!cloud) {
    await audit({ action: 'sign-in', outcome: 'refused', reason: 'websso_unknown_cloud', target: choice.key, status: 303 });
    return back(webssoLoginUrl('unknown_cloud', choice.key, next));
  }
  const down = await whoIsDown(choice, cloud);
  if (down) {
    await audit({ action: 'sign-in', outcome: 'failed', reason: down === 'idp_down' ? 'idp_unavailable' : 'keystone_unavailable', target: choice.key });
    return back(webssoLoginUrl(down, choice.key, next, cloud.label));
  }
  const cookie = newPendingCookie(choice.key, cloud.label, next, cookiesSecure(context));
  const response = NextResponse.redirect(webssoUrl(choice, cloud, context.origin), 303);
  response.cookies.set(cookie.name, cookie.value, cookie.options);
  response.headers.set('cache-control', 'no-store');
  return response;
}
