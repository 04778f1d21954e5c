import 'server-only';
import { env } from '@/lib/env';
import { safeNextPath } from '@/lib/session/redirect';
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

/** Keystone as the browser reaches it (`…/v3`): KEYSTONE_PUBLIC_URL, else KEYSTONE_URL. */
export function keystonePublicUrl(): string {
  return (env().KEYSTONE_PUBLIC_URL ?? env().KEYSTONE_URL).replace(/\/+$/, '');
}

/** The only Origin a genuine callback POST can carry: that of Keystone's own page. */
export function keystoneOrigin(): string {
  return new URL(keystonePublicUrl()).origin;
}

/** Keystone's identity-provider-specific WebSSO route, which sends the browser to that provider directly. */
export function webssoUrl(choice: WebssoChoice, irisOrigin: string): string {
  const path = `/auth/OS-FEDERATION/identity_providers/${encodeURIComponent(choice.idp)}/protocols/${encodeURIComponent(choice.protocol)}/websso`;
  return `${keystonePublicUrl()}${path}?origin=${encodeURIComponent(irisOrigin + WEBSSO_CALLBACK_PATH)}`;
}

/** Back to the login page with why (and which provider), keeping where the user was going. */
export function webssoLoginUrl(outcome: WebssoOutcome, choice?: string, next?: string): string {
  const params = new URLSearchParams({ sso: outcome });
  if (choice) params.set('choice', choice);
  const path = safeNextPath(next);
  if (path !== '/images') params.set('next', path);
  return `/login?${params}`;
}
