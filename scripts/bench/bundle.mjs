// First-load JavaScript of Iris's pages over a floor measured here: a blank App Router app (one page,
// one client component with a form) built with the same Next.js and React in a temp dir, so "Iris's own
// share" is what a page loads beyond what any page of this stack starts from.
//
//   node scripts/bench/bundle.mjs        (part of `npm run bench`; needs a build of Iris in .next and the
//                                         local e2e stack: it signs in as demo)
//
// Each page: fetch it, download every `<script src>` it references once, gzip each (level 9), sum.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { IRIS, GLANCE, keystoneToken, glanceCall, signInCookie, startIris, writeSection, fmt, sleep } from './lib.mjs';

const TARGET_KB = 30; // Iris's own share on /images (issue 19)
const FLOOR_PORT = Number(process.env.IRIS_BENCH_FLOOR_PORT ?? 3310);

/** Scripts a page references, their raw and gzip sizes (each script counted once). */
async function firstLoad(base, pathname, cookie) {
  const res = await fetch(`${base}${pathname}`, { headers: cookie ? { cookie } : {} });
  if (!res.ok) throw new Error(`${pathname} answered ${res.status}`);
  const html = await res.text();
  const scripts = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]));
  let raw = 0;
  let gz = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: scripts.size, raw: raw / 1024, gz: gz / 1024 };
}

const FLOOR_FILES = {
  'package.json': JSON.stringify({ name: 'iris-bench-floor', private: true, type: 'module' }),
  'next.config.mjs': 'export default { reactStrictMode: true };\n',
  'app/layout.js': `export const metadata = { title: 'floor' };
export default function RootLayout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  'app/page.js': `import { Form } from './form';
export default function Page() {
  return <main><h1>Floor</h1><Form /></main>;
}
`,
  'app/form.js': `'use client';
import { useState } from 'react';
export function Form() {
  const [name, setName] = useState('');
  return (
    <form onSubmit={(event) => { event.preventDefault(); alert(name); }}>
      <label>Name <input value={name} onChange={(event) => setName(event.target.value)} /></label>
      <button type="submit">Send</button>
    </form>
  );
}
`,
};

/**
 * Build and start the floor app in a temp dir: node_modules hard-linked from Iris's (Turbopack refuses a
 * symlinked one), so it is the very same Next.js and React. Returns { base, stop }.
 */
async function startFloor() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iris-bench-floor-'));
  for (const [file, text] of Object.entries(FLOOR_FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(dir, 'node_modules')]);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  execFileSync(process.execPath, [path.join(dir, 'node_modules/next/dist/bin/next'), 'build'], { cwd: dir, env, stdio: 'ignore' });
  const child = spawn(process.execPath, [path.join(dir, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(FLOOR_PORT)], { cwd: dir, env, stdio: 'ignore' });
  const base = `http://127.0.0.1:${FLOOR_PORT}`;
  const stop = () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      /* not yet */
    }
    await sleep(200);
  }
  stop();
  throw new Error('the floor app did not start');
}

const floorApp = await startFloor();
let floor;
try {
  floor = await firstLoad(floorApp.base, '/');
} finally {
  floorApp.stop();
}

// the details page of one of demo's images (the e2e stack's seed has some)
const token = await keystoneToken();
const { body: listed } = await glanceCall(GLANCE, token, 'GET', '/v2/images?limit=1&sort_key=name&sort_dir=asc');
const detailsPath = `/images/${listed.images[0].id}`;

const iris = await startIris();
const pages = [];
try {
  const cookie = await signInCookie();
  for (const [label, pathname, signedIn] of [
    ['/login', '/login', false],
    ['/images', '/images', true],
    ['/images/create', '/images/create', true],
    ['details (`/images/<id>`)', detailsPath, true],
  ]) {
    pages.push({ label, ...(await firstLoad(IRIS, pathname, signedIn ? cookie : undefined)) });
  }
} finally {
  iris.kill();
}

const images = pages.find((p) => p.label === '/images');
const own = (p) => p.gz - floor.gz;
const verdict = own(images) <= TARGET_KB ? 'meets' : 'misses';
for (const p of pages) console.log(`bundle: ${p.label} ${fmt(p.gz)} kB gzip, ${fmt(own(p))} kB over the floor (${fmt(floor.gz)} kB)`);
writeSection(
  'bundle',
  `## First-load JS: Iris's own share over the framework floor

Command: \`node scripts/bench/bundle.mjs\` (part of \`npm run bench\`). The floor is measured in the same run: a blank App Router app (a root layout, one page, one client component with a controlled input and a submit button) built in a temp dir with this repo's Next.js ${execFileSync(process.execPath, ['-p', "require('next/package.json').version"]).toString().trim()} and React (its node_modules hard-linked from the repo's), started with \`next start\`. Each page: every \`<script src>\` it references, downloaded once and gzipped at level 9 (signed in as demo on the local e2e stack for all but /login).

| page | scripts | raw | gzip | over the floor (Iris's own share) |
|---|---|---|---|---|
| floor: blank App Router page + one client form | ${floor.scripts} | ${fmt(floor.raw)} kB | ${fmt(floor.gz)} kB | 0 |
${pages.map((p) => `| ${p.label} | ${p.scripts} | ${fmt(p.raw)} kB | ${fmt(p.gz)} kB | **${fmt(own(p))} kB** |`).join('\n')}

Target: Iris's own share on /images ≤ ${TARGET_KB} kB gzip: **${verdict}** (${fmt(own(images))} kB).`,
);
