/** Runs once when the server starts: warn when Iris runs with Node's default request timeout. */
export function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return;
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.IRIS_SERVER) return;
  console.warn(
    'Iris was not started with server/start.mjs (npm start): Node ends every request after 300 s here, so uploads that take longer fail. See docs/operations.md.',
  );
}
