// Options of the Node HTTP server Iris runs on (server/start.mjs), read from the environment.
// Plain JavaScript: the launcher runs before (and without) the Next.js build.

const DEFAULTS = {
  // no byte in either direction for this long: the connection is dead (a stalled upload included)
  HTTP_IDLE_TIMEOUT_MS: 120_000,
  // above a proxy's own upstream keep-alive (nginx: 60 s), so Iris never closes a connection the proxy is reusing
  HTTP_KEEPALIVE_TIMEOUT_MS: 65_000,
  // the request line and headers must arrive within this (slow-header clients)
  HTTP_HEADERS_TIMEOUT_MS: 60_000,
};

/**
 * Node's defaults end every request after 300 s (`requestTimeout`), however fast its bytes
 * still flow: an upload of many GB needs longer. Iris turns that off and relies on an idle
 * timeout instead, which a stalled connection still meets.
 * @param {Record<string, string | undefined>} env
 * @returns {{ requestTimeout: number, headersTimeout: number, keepAliveTimeout: number, idleTimeout: number }}
 */
export function httpServerOptions(env = process.env) {
  const value = (name) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return DEFAULTS[name];
    if (!/^\d+$/.test(raw.trim()) || Number(raw) <= 0) throw new Error(`${name} must be a positive whole number of milliseconds, not "${raw}"`);
    return Number(raw);
  };
  return {
    requestTimeout: 0,
    headersTimeout: value('HTTP_HEADERS_TIMEOUT_MS'),
    keepAliveTimeout: value('HTTP_KEEPALIVE_TIMEOUT_MS'),
    idleTimeout: value('HTTP_IDLE_TIMEOUT_MS'),
  };
}
