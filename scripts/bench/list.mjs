// The Images list with the 10,000-record bench set present: median / p95 time to first byte and
// to the last byte of /images (each tab, and name searches) against one raw Glance list call.
//
//   node scripts/bench/list.mjs        (part of `npm run bench`; IRIS_BENCH_PORT picks Iris's port)
//
// Runs against the bench's own Keystone + Glance (scripts/bench/stack.sh), signed in as the bench user,
// whose project owns the 10,000 records.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { BENCH_STATE, BENCH_USER, benchImage, seedBench } from './seed-many.mjs';

const RUNS = Number(process.env.BENCH_LIST_RUNS ?? 15);
const PAGE_SIZE = 25;

execFileSync('bash', ['scripts/bench/stack.sh'], { stdio: 'inherit' });
const seeded = await seedBench(10000);
const env = Object.fromEntries(
  [`${BENCH_STATE}/endpoints.env`, `${BENCH_STATE}/seed.env`].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  ),
);
// lib.mjs reads the upstream URLs when it loads
process.env.KEYSTONE_URL = env.KEYSTONE_URL;
process.env.GLANCE_URL_DIRECT = env.GLANCE_URL;
const { IRIS, GLANCE, startIris, signInCookie, keystoneToken, curl, median, percentile, writeSection, fmt } = await import('./lib.mjs');

/** Sequential requests (after one warm-up): median and p95 of TTFB and total, in ms. */
function measure(url, header) {
  curl(['-H', header, url]);
  const ttfb = [];
  const total = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const r = curl(['-H', header, url]);
    if (r.code !== 200) throw new Error(`${url} answered ${r.code}`);
    ttfb.push(r.ttfb * 1000);
    total.push(r.seconds * 1000);
    bytes = r.downloaded;
  }
  return { ttfb: [median(ttfb), percentile(ttfb, 95)], total: [median(total), percentile(total, 95)], bytes };
}

const rare = benchImage(7).name; // among the oldest: newest-first, it is near the end of the list
const middle = benchImage(2500).name;
const VIEWS = [
  ['Project tab (10,000 records)', '/images'],
  ['Official tab', '/images?tab=official'],
  ['Shared with me tab', '/images?tab=shared'],
  ['Public tab (minus official, server-filtered)', '/images?tab=public'],
  ['Community tab', '/images?tab=community'],
  ['All tab', '/images?tab=all'],
  ['Project, page 2 (marker)', null],
  ['Search "fedora" (1 in 10 rows match)', '/images?q=fedora'],
  [`Search "${middle.slice(6)}" (1 match, mid-list)`, `/images?q=${middle.slice(6)}`],
  [`Search "${rare.slice(6)}" (1 match, oldest rows)`, `/images?q=${rare.slice(6)}`],
];

const iris = await startIris({ KEYSTONE_URL: env.KEYSTONE_URL, OFFICIAL_IMAGE_OWNERS: `${env.P_OFFICIAL}=images-official` });
try {
  const cookie = `cookie: ${await signInCookie(BENCH_USER.name, BENCH_USER.password)}`;
  const token = await keystoneToken(BENCH_USER.name, BENCH_USER.password, BENCH_USER.project);
  const firstPage = await (await fetch(`${GLANCE}/v2/images?limit=${PAGE_SIZE}`, { headers: { 'x-auth-token': token } })).json();
  VIEWS[6][1] = `/images?marker=${firstPage.images.at(-1).id}`;
  const rows = [];
  const loadBefore = os.loadavg()[0];
  const raw = measure(`${GLANCE}/v2/images?limit=${PAGE_SIZE}`, `x-auth-token: ${token}`);
  rows.push(`| Glance \`GET /v2/images?limit=${PAGE_SIZE}\` (raw JSON) | ${fmt(raw.ttfb[0], 0)} / ${fmt(raw.ttfb[1], 0)} | ${fmt(raw.total[0], 0)} / ${fmt(raw.total[1], 0)} | ${fmt(raw.bytes / 1024)} kB |`);
  for (const [label, path] of VIEWS) {
    const r = measure(`${IRIS}${path}`, cookie);
    rows.push(`| Iris \`${path.length > 48 ? `${path.slice(0, 45)}…` : path}\`: ${label} | ${fmt(r.ttfb[0], 0)} / ${fmt(r.ttfb[1], 0)} | ${fmt(r.total[0], 0)} / ${fmt(r.total[1], 0)} | ${fmt(r.bytes / 1024)} kB |`);
    console.log(`list: ${label}: ttfb ${fmt(r.ttfb[0], 0)} ms, total ${fmt(r.total[0], 0)} ms`);
  }
  writeSection(
    'list',
    `## Images list with ${seeded.total.toLocaleString('en')} bench records

Command: \`node scripts/bench/list.mjs\` (part of \`npm run bench\`). It starts the bench's own Keystone + Glance (\`scripts/bench/stack.sh\`, state \`/tmp/iris-openstack-bench\`, ports 5001/9293, so the records never reach the stack the e2e tests use), makes sure the ${seeded.total.toLocaleString('en')} records of project \`bench\` exist (\`scripts/bench/seed-many.mjs\`, records only), starts Iris (\`server/start.mjs\`) and signs in as user \`bench\`. Each row: ${RUNS} sequential requests with curl after one warm-up, page size ${PAGE_SIZE}, the default newest-first order.

*TTFB* is when the first byte arrives: Iris streams the page shell (header, tabs, filters) before the table. *Total* is the whole HTML, table included, so it is the figure to compare with Glance.

| request | TTFB median / p95 (ms) | total median / p95 (ms) | size |
|---|---|---|---|
${rows.join('\n')}

Load average (1 min) on this shared machine: ${fmt(loadBefore)} at the start, ${fmt(os.loadavg()[0])} at the end; Glance here is one eventlet worker on SQLite, so every figure scales with that load.

A name search reads Glance pages of 100, 300 then 1,000 rows, each cut to what fits in 2 s at the cost per row of the call before, and stops at 5,000 rows or when no worthwhile call fits (then the page says how many images it checked and offers *Continue searching*): a rare name costs about 2 s per page view, a common substring fills the page from the first rows. The Shared-with-me tab is a walk too (Glance also lists the project's own shared images, 500 here, which Iris skips).`,
  );
} finally {
  iris.kill();
}
