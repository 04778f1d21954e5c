// First-load JavaScript of /images: every script the page loads, gzip-compressed, as a browser gets it.
// /login is measured too: next to nothing of Iris's own, so it shows the framework's share (React,
// React DOM, the Next router) that any page of this stack starts from.
import { gzipSync } from 'node:zlib';
import { IRIS, signInCookie, startIris, writeSection, fmt } from './lib.mjs';

const TARGET_KB = 150;

/** Scripts a page references, their raw and gzip sizes (each script counted once). */
async function firstLoad(path, cookie) {
  const html = await (await fetch(`${IRIS}${path}`, { headers: cookie ? { cookie } : {} })).text();
  const scripts = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]));
  let raw = 0;
  let gz = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, IRIS))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: scripts.size, raw: raw / 1024, gz: gz / 1024 };
}

const iris = await startIris();
try {
  const cookie = await signInCookie();
  const images = await firstLoad('/images', cookie);
  const login = await firstLoad('/login');
  const verdict = images.gz <= TARGET_KB ? 'meets' : 'misses';
  console.log(`bundle: /images ${fmt(images.gz)} kB gzip, /login ${fmt(login.gz)} kB gzip`);
  writeSection(
    'bundle',
    `## First-load JS of /images

Command: \`node scripts/bench/bundle.mjs\` (part of \`npm run bench\`): fetches the page (signed in as demo for /images), downloads every \`<script src>\` it references and gzips each (level 9).

| page | scripts | raw | gzip | target | verdict |
|---|---|---|---|---|---|
| /images | ${images.scripts} | ${fmt(images.raw)} kB | **${fmt(images.gz)} kB** | ≤ ${TARGET_KB} kB | ${verdict} |
| /login (framework share: React, React DOM, Next router + a form) | ${login.scripts} | ${fmt(login.raw)} kB | ${fmt(login.gz)} kB | | |

What /images adds on top of /login, ${fmt(images.gz - login.gz)} kB gzip, is Iris's own client code and its libraries (React Query for live status and invitations, sonner toasts, zod/mini checks of route-handler JSON, the selection and delete dialog).`,
  );
} finally {
  iris.kill();
}
