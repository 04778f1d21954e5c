import 'server-only';
import { env } from '@/lib/env';
import { safeNextPath } from '@/lib/session/redirect';
import type { Cloud } from './clouds';
import type { WebssoChoice } from './login-choices';
import type { WebssoOutcome } from './words';

/** Where Keystone POSTs the token: the `trusted_dashboard` entry Keystone's operator adds for Iris. */
export const WEBSSO_CALLBACK_PATH = '/auth/websso/callback';
export const WEBSSO_START_PATH = '/auth/websso/start';

export function webssoChoices(): WebssoChoice[] {
  return env().LOGIN_CHOICES.filter((choice): choice is WebssoChoice => choice.kind === 'websso');
}

export function findWebssoChoice(key: unknown): WebssoChoice | undefined {
  return webssoChoices().find((choice) => choice.key === key);
}

/**
 * The only Origin a genuine callback POST can carry: that of the chosen cloud's Keystone page, as
 * the browser reaches it (the entry's browser URL, KEYSTONE_PUBLIC_URL, else the Keystone URL).
 */
export function keystoneOrigin(cloud: Cloud): string {
  return new URL(cloud.publicUrl).origin;
}

/** The cloud's Keystone's identity-provider-specific WebSSO route, which sends the browser to that provider directly. */
export function webssoUrl(choice: WebssoChoice, cloud: Cloud, irisOrigin: string): string {
  const path = `/auth/OS-FEDERATION/identity_providers/${encodeURIComponent(choice.idp)}/protocols/${encodeURIComponent(choice.protocol)}/websso`;
  return `${cloud.publicUrl}${path}?origin=${encodeURIComponent(irisOrigin + WEBSSO_CALLBACK_PATH)}`;
}

/** Back to the login page with why (and which provider and cloud), keeping where the user was going. */
export function webssoLoginUrl(outcome: WebssoOutcome, choice?: string, next?: string, cloud?: string): string {
  const params = new URLSearchParams({ sso: outcome });
  if (choice) params.set('choice', choice);
  if (cloud && env().CLOUDS.length > 1) params.set('cloud', cloud);
  const path = safeNextPath(next);
  if (path !== '/images') params.set('next', path);
  return `/login?${params}`;
}
