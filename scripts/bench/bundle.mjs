// First-load JavaScript of /images: every script the page loads, gzip-compressed, as a browser gets it.
import { gzipSync } from 'node:zlib';
import { IRIS, signInCookie, startIris, writeSection, fmt } from './lib.mjs';

const TARGET_KB = 150;
const iris = await startIris();
try {
  const cookie = await signInCookie();
  const html = await (await fetch(`${IRIS}/images`, { headers: { cookie } })).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  let raw = 0;
  let gz = 0;
  for (const src of new Set(scripts)) {
    const body = Buffer.from(await (await fetch(new URL(src, IRIS))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  const verdict = gz / 1024 <= TARGET_KB ? 'meets' : 'misses';
  console.log(`bundle: ${scripts.length} scripts, ${fmt(raw / 1024)} kB raw, ${fmt(gz / 1024)} kB gzip`);
  writeSection(
    'bundle',
    `## First-load JS of /images

Command: \`node scripts/bench/bundle.mjs\` (part of \`npm run bench\`): fetches /images signed in as demo, downloads every \`<script src>\` it references and gzips each (level 9).

| scripts | raw | gzip | target | verdict |
|---|---|---|---|---|
| ${new Set(scripts).size} | ${fmt(raw / 1024)} kB | **${fmt(gz / 1024)} kB** | ≤ ${TARGET_KB} kB | ${verdict} |`,
  );
} finally {
  iris.kill();
}
