// The Images list with the bench set present (10,000 records, or IRIS_BENCH_IMAGES): median / p95
// time to first byte and to the last byte of /images (each tab; name searches with the name index
// cold and warm) against one raw Glance list call, and the HTML bytes of each page.
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
const COUNT = Number(process.env.IRIS_BENCH_IMAGES ?? 10000);
const PAGE_SIZE = 25;

execFileSync('bash', ['scripts/bench/stack.sh'], { stdio: 'inherit' });
const seeded = await seedBench(COUNT);
const benchEnv = Object.fromEntries(
  [`${BENCH_STATE}/endpoints.env`, `${BENCH_STATE}/seed.env`].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  ),
);
// lib.mjs reads the upstream URLs when it loads
process.env.KEYSTONE_URL = benchEnv.KEYSTONE_URL;
process.env.GLANCE_URL_DIRECT = benchEnv.GLANCE_URL;
const { IRIS, GLANCE, startIris, signInCookie, keystoneToken, curl, median, percentile, rssKb, writeSection, fmt } = await import('./lib.mjs');

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
const middle = benchImage(Math.floor(COUNT / 4)).name;
const TABS = [
  [`Project tab (${COUNT.toLocaleString('en')} records)`, '/images'],
  ['Official tab', '/images?tab=official'],
  ['Shared with me tab', '/images?tab=shared'],
  ['Public tab (minus official, server-filtered)', '/images?tab=public'],
  ['Community tab', '/images?tab=community'],
  ['All tab', '/images?tab=all'],
  ['Project, page 2 (marker)', null],
];
const SEARCHES = [
  ['common: "fedora" (1 in 10 rows match)', '/images?q=fedora'],
  [`mid-list: "${middle.slice(6)}" (1 match)`, `/images?q=${middle.slice(6)}`],
  [`rare: "${rare.slice(6)}" (1 match, oldest rows)`, `/images?q=${rare.slice(6)}`],
];

const row = (label, path, r, raw) =>
  `| ${label}${path ? ` \`${path.length > 40 ? `${path.slice(0, 37)}…` : path}\`` : ''} | ${fmt(r.ttfb[0], 0)} / ${fmt(r.ttfb[1], 0)} | ${fmt(r.total[0], 0)} / ${fmt(r.total[1], 0)} | ${raw ? `${fmt(r.total[0] / raw.total[0], 2)}×` : ''} | ${fmt(r.bytes / 1024)} kB |`;

/** Start Iris with `env`, sign in as the bench user, run `work(cookie, iris)`, stop Iris. */
async function withIris(env, work) {
  const iris = await startIris({ KEYSTONE_URL: benchEnv.KEYSTONE_URL, OFFICIAL_IMAGE_OWNERS: `${benchEnv.P_OFFICIAL}=images-official`, ...env });
  try {
    return await work(`cookie: ${await signInCookie(BENCH_USER.name, BENCH_USER.password)}`, iris);
  } finally {
    iris.kill();
  }
}

const token = await keystoneToken(BENCH_USER.name, BENCH_USER.password, BENCH_USER.project);
const firstPage = await (await fetch(`${GLANCE}/v2/images?limit=${PAGE_SIZE}`, { headers: { 'x-auth-token': token } })).json();
TABS[6][1] = `/images?marker=${firstPage.images.at(-1).id}`;
const loadBefore = os.loadavg()[0];
const raw = measure(`${GLANCE}/v2/images?limit=${PAGE_SIZE}`, `x-auth-token: ${token}`);
const rows = [`| Glance \`GET /v2/images?limit=${PAGE_SIZE}\` (raw JSON) | ${fmt(raw.ttfb[0], 0)} / ${fmt(raw.ttfb[1], 0)} | ${fmt(raw.total[0], 0)} / ${fmt(raw.total[1], 0)} | 1× | ${fmt(raw.bytes / 1024)} kB |`];

// Without the name index (NAME_INDEX_MAX_RECORDS=0): every search walks Glance, as it does while
// a project's index is cold (being built).
await withIris({ NAME_INDEX_MAX_RECORDS: '0' }, async (cookie) => {
  for (const [label, path] of TABS) {
    const r = measure(`${IRIS}${path}`, cookie);
    rows.push(row(label, path, r, raw));
    console.log(`list: ${label}: total ${fmt(r.total[0], 0)} ms (${fmt(r.total[0] / raw.total[0], 2)}× raw)`);
  }
  for (const [label, path] of SEARCHES) {
    const r = measure(`${IRIS}${path}`, cookie);
    rows.push(row(`Search, cold index (walk), ${label}`, path, r, raw));
    console.log(`list: cold ${label}: total ${fmt(r.total[0], 0)} ms`);
  }
});

// With the index: the first search starts building it; the time until a search says it answered
// from the index is the build; then the same searches warm.
let build = { ms: 0, rssBefore: 0, rssAfter: 0 };
await withIris({}, async (cookie, iris) => {
  build.rssBefore = rssKb(iris.pid);
  const started = Date.now();
  for (;;) {
    const html = execFileSync('curl', ['-sS', '-H', cookie, `${IRIS}/images?q=fedora`]).toString();
    if (html.includes('name index of')) break;
    if (Date.now() - started > 600_000) throw new Error('the name index was not warm after 10 minutes');
    await new Promise((r) => setTimeout(r, 250));
  }
  build.ms = Date.now() - started;
  build.rssAfter = rssKb(iris.pid);
  for (const [label, path] of SEARCHES) {
    const r = measure(`${IRIS}${path}`, cookie);
    rows.push(row(`Search, warm index, ${label}`, path, r, raw));
    console.log(`list: warm ${label}: total ${fmt(r.total[0], 0)} ms`);
  }
});

writeSection(
  `list-${COUNT}`,
  `## Images list with ${seeded.total.toLocaleString('en')} bench records

Command: \`IRIS_BENCH_IMAGES=${COUNT} node scripts/bench/list.mjs\` (part of \`npm run bench\`, which runs it with 10,000 and with 100,000). It starts the bench's own Keystone + Glance (\`scripts/bench/stack.sh\`, state \`/tmp/iris-openstack-bench\`, ports 5001/9293, so the records never reach the stack the e2e tests use), makes sure exactly ${seeded.total.toLocaleString('en')} records of project \`bench\` exist (\`scripts/bench/seed-many.mjs\`, records only, no image data; ${seeded.method === 'database' ? 'inserted straight into the bench Glance\'s own SQLite database in the schema Glance uses, because through the API 100,000 records take about an hour' : 'created through the Glance API'}), starts Iris (\`server/start.mjs\`) and signs in as user \`bench\`. Each row: ${RUNS} sequential requests with curl after one warm-up, page size ${PAGE_SIZE}, the default newest-first order. The tabs and the cold searches run on an Iris with the name index turned off (\`NAME_INDEX_MAX_RECORDS=0\`: a search walks Glance, as while an index is being built); the warm searches on a second Iris whose index for project \`bench\` was built first.

*TTFB* is when the first byte arrives: Iris streams the page shell (header, tabs, filters) before the table. *Total* is the whole HTML, table included, so it is the figure to compare with Glance (*÷ raw*: total median over the raw call's).

| request | TTFB median / p95 (ms) | total median / p95 (ms) | ÷ raw | HTML |
|---|---|---|---|---|
${rows.join('\n')}

Name index of project \`bench\`: ready ${fmt(build.ms / 1000)} s after the first search (which walked meanwhile); Iris's RSS ${fmt(build.rssBefore / 1024, 0)} MB before, ${fmt(build.rssAfter / 1024, 0)} MB after (the whole process, so a rough bound on what the index costs).

Load average (1 min) on this shared machine: ${fmt(loadBefore)} at the start, ${fmt(os.loadavg()[0])} at the end; Glance here is one eventlet worker on SQLite, so every figure scales with that load.

A warm search asks Glance only about the index's hits: up to 100 by ID in one call (the rare and mid-list names), more by walking the view in batches sized to how common the name is (the common one). A cold search reads Glance pages of 100, 300 then 1,000 rows, each cut to what fits in 2 s, and stops at 5,000 rows (then the page offers *Continue searching*).`,
);
