// A bare Node pass-through proxy to Glance, the floor under what any Node route can reach on this
// machine (no Next.js, no checks): GET and PUT /MODE/v2/images/{id}/file, token from the client.
//   MODE: undici      undici.request + stream.pipeline (download), undici body = the raw request (upload)
//         undici-web  the same through web streams, as an App Router handler sees them:
//                     Readable.fromWeb(Readable.toWeb(x)) on the way in and out
//         undici-hwm  undici with highWaterMark 1 MiB on the response body (download only)
//         request-web upload only: the body as an App Router handler gets it (a fetch Request built
//                     on the Node request, as Next does) then Readable.fromWeb, as Iris's route does
//         http        node:http request + .pipe() both ways
// GET /_stats answers the last transfer's chunk sizes, CPU and GC time.
//   node scripts/bench/passthrough.mjs PORT GLANCE_URL
import http from 'node:http';
import { PerformanceObserver } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Agent, request } from 'undici';

const [port, glanceUrl] = [Number(process.argv[2]), new URL(process.argv[3])];
const agent = new Agent({ connections: 8, bodyTimeout: 300_000, headersTimeout: 300_000 });
let gcMs = 0;
new PerformanceObserver((list) => list.getEntries().forEach((e) => (gcMs += e.duration))).observe({ entryTypes: ['gc'] });
let last = {};

// chunk sizes as the producer pushes them (a 'data' listener would change how the stream flows)
function meter(stream) {
  const sizes = [];
  const push = stream.push;
  stream.push = function (chunk, ...rest) {
    if (chunk) sizes.push(chunk.length);
    return push.call(this, chunk, ...rest);
  };
  return sizes;
}
const summary = (sizes) => {
  const sorted = [...sizes].sort((a, b) => a - b);
  const total = sizes.reduce((a, b) => a + b, 0);
  return { chunks: sizes.length, meanKiB: sizes.length ? total / sizes.length / 1024 : 0, p50KiB: (sorted[sorted.length >> 1] ?? 0) / 1024, maxKiB: (sorted.at(-1) ?? 0) / 1024 };
};
const viaWeb = (nodeStream, options) => Readable.fromWeb(Readable.toWeb(nodeStream), options);

async function viaUndici(mode, req, res, path) {
  const upload = req.method === 'PUT';
  const sizes = upload ? meter(req) : null;
  let source = req;
  if (upload && mode === 'undici-web') source = viaWeb(req);
  if (upload && mode === 'request-web') source = Readable.fromWeb(new Request('http://iris.invalid/', { method: 'PUT', body: req, duplex: 'half' }).body);
  const upstream = await request(new URL(path, glanceUrl), {
    method: req.method,
    dispatcher: agent,
    headers: {
      'x-auth-token': req.headers['x-auth-token'],
      ...(upload ? { 'content-type': 'application/octet-stream', 'content-length': req.headers['content-length'] } : {}),
      ...(req.headers.range ? { range: req.headers.range } : {}),
    },
    body: upload ? source : undefined,
    ...(mode === 'undici-hwm' ? { highWaterMark: 1 << 20 } : {}),
  });
  res.writeHead(upstream.statusCode, { 'content-length': upstream.headers['content-length'] ?? '0' });
  if (upload) {
    await upstream.body.dump();
    res.end();
    return sizes;
  }
  const downSizes = meter(upstream.body);
  await pipeline(mode === 'undici-web' ? viaWeb(upstream.body) : upstream.body, res);
  return downSizes;
}

function viaHttp(req, res, path) {
  return new Promise((resolve, reject) => {
    const upload = req.method === 'PUT';
    const headers = { 'x-auth-token': req.headers['x-auth-token'], ...(upload ? { 'content-type': 'application/octet-stream', 'content-length': req.headers['content-length'] } : {}) };
    const out = http.request(new URL(path, glanceUrl), { method: req.method, headers }, (upstream) => {
      res.writeHead(upstream.statusCode, { 'content-length': upstream.headers['content-length'] ?? '0' });
      const sizes = upload ? upSizes : meter(upstream);
      upstream.pipe(res).on('finish', () => resolve(sizes));
    });
    out.on('error', reject);
    const upSizes = upload ? meter(req) : null;
    if (upload) req.pipe(out);
    else out.end();
  });
}

http
  .createServer(async (req, res) => {
    if (req.url === '/_stats') return res.end(JSON.stringify(last));
    const match = req.url.match(/^\/(undici|undici-web|undici-hwm|request-web|http)(\/v2\/images\/[0-9a-f-]{36}\/file)$/);
    if (!match) return res.writeHead(404).end();
    const [, mode, path] = match;
    const cpu0 = process.cpuUsage();
    const gc0 = gcMs;
    const t0 = performance.now();
    try {
      const sizes = mode === 'http' ? await viaHttp(req, res, path) : await viaUndici(mode, req, res, path);
      const cpu = process.cpuUsage(cpu0);
      last = { mode, method: req.method, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, gcMs: gcMs - gc0, ...summary(sizes), rssMb: process.memoryUsage().rss / 1e6 };
    } catch (error) {
      last = { mode, error: String(error) };
      if (!res.headersSent) res.writeHead(502);
      res.end();
    }
  })
  .listen(port, '127.0.0.1');
