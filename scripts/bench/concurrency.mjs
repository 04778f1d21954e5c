// 50 concurrent signed-in users listing images through Iris, bounded in count and time, loopback only.
import { request, Agent } from 'undici';
import { GLANCE, IRIS, keystoneToken, loadTest, signInCookie, startIris, writeSection, fmt } from './lib.mjs';

const USERS = 50;
const REQUESTS_PER_USER = Number(process.env.BENCH_REQUESTS_PER_USER ?? 10);
const agent = new Agent({ connections: USERS });

const load = (urls, headers, ok) => loadTest(urls, headers, ok, { users: USERS, perUser: REQUESTS_PER_USER, dispatcher: agent });

const row = (name, r) => `| ${name} | ${USERS * REQUESTS_PER_USER} | ${fmt(r.seconds)} s | **${fmt(r.rps)} req/s** | ${fmt(r.median, 0)} ms | ${fmt(r.p95, 0)} ms | ${r.failures} |`;

const iris = await startIris();
try {
  const cookie = await signInCookie();
  const paths = ['/images', '/images?tab=public', '/images?tab=shared'];
  const pages = paths.map((p) => `${IRIS}${p}`);
  for (const url of pages) await request(url, { headers: { cookie }, dispatcher: agent }).then((r) => r.body.text());
  const viaIris = await load(pages, { cookie }, (res, body) => res.statusCode === 200 && body.includes('</html>'));

  // the same number of raw Glance list calls, to see what Glance alone sustains here
  const token = await keystoneToken();
  const raw = await load([`${GLANCE}/v2/images?limit=25`], { 'x-auth-token': token }, (res) => res.statusCode === 200);

  console.log(`concurrency: Iris ${fmt(viaIris.rps)} req/s p95 ${fmt(viaIris.p95, 0)} ms (${viaIris.failures} failed); Glance ${fmt(raw.rps)} req/s`);
  writeSection(
    'concurrency',
    `## 50 concurrent users listing images

Command: \`node scripts/bench/concurrency.mjs\` (part of \`npm run bench\`): ${USERS} concurrent clients, ${REQUESTS_PER_USER} requests each. Iris: server-rendered page loads rotating over ${paths.map((p) => `\`${p}\``).join(', ')}, signed in as demo, Iris (\`server/start.mjs\`) on loopback. Glance: the same count of raw \`GET /v2/images?limit=25\` with demo's token, for scale (each Iris page makes at least one such call).

| target | requests | wall time | throughput | median | p95 | failed |
|---|---|---|---|---|---|---|
${row('Iris pages', viaIris)}
${row('Glance API directly', raw)}

Iris/Glance throughput ratio: **${fmt(viaIris.rps / raw.rps, 2)}**.`,
  );
  if (viaIris.failures) process.exitCode = 1;
} finally {
  iris.kill();
}
