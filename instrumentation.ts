/** Runs once when the server starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // route code must know which hop delivered a request to trust its X-Forwarded-* (TRUSTED_PROXIES)
  const { installPeerStamp } = await import('./lib/http/peer');
  installPeerStamp();
}
