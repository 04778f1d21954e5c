#!/usr/bin/env node
// The one way to start Iris in production: `node --initial-old-space-size=128 server/start.mjs
// [-H host] [-p port]` (npm start, npm run demo, Playwright, the benches; the flag: node-flags.mjs).
// The same request handler as `next start`, on a Node HTTP server whose timeouts suit multi-GB
// uploads; `next start` has no option for them.
import http from 'node:http';
import { parseArgs } from 'node:util';
import { httpServerOptions } from './http-options.mjs';
import { NODE_FLAGS } from './node-flags.mjs';
import { unlinkFinishedImmediates } from './unlink-finished-immediates.mjs';

const { values: args } = parseArgs({
  options: { hostname: { type: 'string', short: 'H' }, port: { type: 'string', short: 'p' } },
});
const hostname = args.hostname ?? '127.0.0.1';
const port = Number(args.port ?? process.env.PORT ?? 3000);

const missingFlags = NODE_FLAGS.filter((flag) => !process.execArgv.includes(flag));
if (missingFlags.length) console.warn(`Iris: started without ${missingFlags.join(' ')}: image downloads through Iris cost about twice the CPU (see server/node-flags.mjs)`);

process.env.NODE_ENV = 'production';
// before Next and React load: otherwise every page load stays on the heap (see the module)
unlinkFinishedImmediates();
// tells Iris (instrumentation.ts) it runs with these timeouts, not under a plain `next start`
process.env.IRIS_SERVER = 'server/start.mjs';
// imported after NODE_ENV is set: React picks its production build when first loaded
const { default: next } = await import('next');
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
// read after prepare(), which loads .env files into process.env
const { idleTimeout, ...serverOptions } = httpServerOptions();

const server = http.createServer(serverOptions, (req, res) => void handle(req, res));
server.setTimeout(idleTimeout);
server.listen(port, hostname, () => {
  console.log(`Iris ready on http://${hostname}:${port} (no limit on a request's length; idle connections close after ${idleTimeout / 1000} s)`);
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // stop taking connections, let running requests finish, then exit
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
