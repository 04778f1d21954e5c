/** Runs once when the server starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // route code must know which hop delivered a request to trust its X-Forwarded-* (TRUSTED_PROXIES)
  const { installPeerStamp } = await import('./lib/http/peer');
  installPeerStamp();
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build' || process.env.IRIS_SERVER) return;
  console.warn(
    'Iris was not started with server/start.mjs (npm start): Node ends every request after 300 s here, so uploads that take longer fail. See docs/operations.md.',
  );
}
