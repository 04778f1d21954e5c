// What the name index (lib/search/name-index.ts) costs in memory, and how long one scan takes, for
// 10,000 and 100,000 records: the real mergeIntoIndex / findByName (loaded with jiti), fed rows shaped
// as Glance lists them (UUID ids, 32-hex owners, a few statuses and visibilities), in pages of 1,000
// as lib/data/name-index.ts reads them (each page through JSON.stringify / JSON.parse, as a Glance answer). Heap measured after a full GC, before and after; the rows
// of each page are dropped after merging, as in Iris.
//
//   node scripts/bench/name-index-memory.mjs        (part of `npm run bench`; no server, no stack)
import { randomUUID, randomBytes } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createJiti } from 'jiti';
import { writeSection, fmt } from './lib.mjs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const jiti = createJiti(import.meta.url);
const { emptyNameIndex, mergeIntoIndex, findByName } = await jiti.import('../../lib/search/name-index.ts');

const DISTROS = ['ubuntu', 'debian', 'fedora', 'centos', 'rocky', 'alma', 'alpine', 'cirros', 'opensuse', 'windows'];
const OWNERS = Array.from({ length: 50 }, () => randomBytes(16).toString('hex'));
const STATUSES = ['active', 'active', 'active', 'queued', 'deactivated'];
const VISIBILITIES = ['private', 'shared', 'public', 'community'];

/** Row i as Glance lists it; `long` names are ~60 characters (e.g. "ubuntu-24.04-server-cloudimg-amd64-20261130-…"). */
function row(i, long) {
  const distro = DISTROS[i % DISTROS.length];
  const name = long ? `${distro}-${10 + (i % 15)}.04-server-cloudimg-amd64-2026${String(i).padStart(8, '0')}-Build` : `bench-${distro}-${10 + (i % 15)}-${String(i).padStart(5, '0')}`;
  const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString().slice(0, 19) + 'Z';
  return { id: randomUUID(), name, owner: OWNERS[i % OWNERS.length], status: STATUSES[i % STATUSES.length], visibility: VISIBILITIES[i % VISIBILITIES.length], updated_at: at };
}

function heap() {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function measure(count, long) {
  const before = heap();
  let index = emptyNameIndex();
  for (let at = 0; at < count; at += 1000) {
    // through JSON, as Iris gets a page: flat strings, not the concatenations that built them
    const page = JSON.parse(JSON.stringify(Array.from({ length: Math.min(1000, count - at) }, (_, k) => row(at + k + 1, long))));
    index = mergeIntoIndex(index, page);
  }
  const after = heap();
  const nameChars = [...index.images.values()].reduce((n, image) => n + (image.name?.length ?? 0), 0) / count;
  const scans = [];
  for (let i = 0; i < 20; i += 1) {
    const t0 = process.hrtime.bigint();
    findByName(index, i % 2 ? 'FEDORA' : `-${String(7 + i).padStart(5, '0')}`);
    scans.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  scans.sort((a, b) => a - b);
  const result = { count, nameChars, bytes: after - before, scanMedian: scans[10], scanMax: scans.at(-1) };
  index = undefined;
  return result;
}

const rows = [];
for (const long of [false, true]) {
  for (const count of [10_000, 100_000]) {
    const r = measure(count, long);
    rows.push(r);
    console.log(`name index: ${count} records, names ~${fmt(r.nameChars, 0)} chars: ${fmt(r.bytes / 1024 ** 2)} MB (${fmt(r.bytes / count, 0)} B/record), scan ${fmt(r.scanMedian)} ms`);
  }
}

writeSection(
  'name-index-memory',
  `## Name index: memory and scan time

Command: \`node scripts/bench/name-index-memory.mjs\` (part of \`npm run bench\`): the real \`mergeIntoIndex\` and \`findByName\` of \`lib/search/name-index.ts\` in a bare Node process, fed synthetic rows shaped as Glance lists them (UUID ids, 50 distinct 32-hex owners, a few statuses and visibilities), in pages of 1,000 as Iris reads them. *Heap*: V8 heap used after a full GC with the index, minus before it. *Scan*: one substring match over every record (a rare and a common needle alternately, 20 scans), CPU only, no Glance call.

| records | name length (mean) | heap | per record | scan median / max |
|---|---|---|---|---|
${rows.map((r) => `| ${r.count.toLocaleString('en')} | ${fmt(r.nameChars, 0)} chars | **${fmt(r.bytes / 1024 ** 2)} MB** | ${fmt(r.bytes / r.count, 0)} B | ${fmt(r.scanMedian)} / ${fmt(r.scanMax)} ms |`).join('\n')}

\`NAME_INDEX_MAX_RECORDS\` (default 300,000, all projects' indexes together) bounds this: at the per-record cost above, 300,000 records of the longer names are about ${fmt((rows.at(-1).bytes / rows.at(-1).count) * 300_000 / 1024 ** 2, 0)} MB.`,
);
