/**
 * Settings every Iris the e2e run starts shares: Playwright's server and each IrisServer a spec
 * starts. The signed-in states global-setup saves are reused for the whole run, which can outlast
 * the 30-minute default idle limit; an Iris that saw one of them as idle would end that session
 * and revoke its token at Keystone, signing that user out of every later test.
 * e2e/session-lifetime.spec.ts checks the limits on its own server with its own users.
 */
export const e2eServerEnv: Record<string, string> = {
  NEXT_TELEMETRY_DISABLED: '1',
  SESSION_IDLE_TIMEOUT_SECONDS: process.env.SESSION_IDLE_TIMEOUT_SECONDS ?? '14400',
  // Tests create images through Glance and search for them at once: every search first takes the
  // name index's changes (one small Glance call). e2e/list-search-index.spec.ts sets an interval.
  NAME_INDEX_REFRESH_SECONDS: '0',
};
