// HTML bytes of one /images page of 25 rows (signed in as demo, against the local e2e stack: it creates
// 26 records in project demo for the page and deletes them after), with the share that is the inline
// RSC payload (`self.__next_f.push`), for comparing row projections before / after; the page is
// saved to $TMPDIR/iris-page-weight.html.
//   node scripts/bench/page-weight.mjs [path]      (IRIS_BENCH_PORT picks Iris's port)
import { writeFileSync } from 'node:fs';
import { IRIS, keystoneToken, glanceCall, GLANCE, signInCookie, startIris, fmt } from './lib.mjs';

const path = process.argv[2] ?? '/images?limit=25';
/** The page as fetched, to look at. */
const SAVED = `${process.env.TMPDIR ?? '/tmp'}/iris-page-weight.html`;
const token = await keystoneToken();
const made = [];
for (let i = 0; i < 26; i += 1) {
  const r = await glanceCall(GLANCE, token, 'POST', '/v2/images', { name: `weight-${i}-${Date.now().toString(36)}`, disk_format: 'qcow2', container_format: 'bare', tags: ['weight'] });
  made.push(r.body.id);
}
const iris = await startIris();
try {
  const cookie = await signInCookie();
  const html = await (await fetch(`${IRIS}${path}`, { headers: { cookie } })).text();
  // bytes as sent (UTF-8), not UTF-16 string length: names, dashes and arrows are multi-byte
  const rsc = [...html.matchAll(/<script[^>]*>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((n, m) => n + Buffer.byteLength(m[1]), 0);
  writeFileSync(SAVED, html);
  const rows = (html.match(/<th scope="row"/g) ?? []).length;
  console.log(`${path}: ${fmt(Buffer.byteLength(html) / 1024)} kB HTML, of which ${fmt(rsc / 1024)} kB inline RSC payload; ${rows} rows`);
} finally {
  iris.kill();
  for (const id of made) await glanceCall(GLANCE, token, 'DELETE', `/v2/images/${id}`);
}
