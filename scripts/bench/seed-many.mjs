#!/usr/bin/env node
// Seed the bench set: exactly `count` Glance image *records* (no data, so they stay `queued`) owned by
// a dedicated `bench` project. Idempotent: creates what is missing and removes bench records past
// `count`, so one stack serves the 10,000 and the 100,000 runs in turn.
//
//   node scripts/bench/seed-many.mjs [count]        (default 10000)
//   IRIS_BENCH_SEED=api node scripts/bench/seed-many.mjs [count]
//
// How the records get there: by default they are INSERTed straight into the bench Glance's own
// SQLite database ($IRIS_BENCH_STATE/glance/glance.db, with the sqlite3 CLI), in the schema this
// Glance created (rows of `images`, `image_tags`, `image_properties`, as `POST /v2/images` plus
// `os_distro` and two tags writes them; IDs derived from the record number). Through the API
// (`IRIS_BENCH_SEED=api`) Glance creates ~30-60 records a second here, so 100,000 take about an
// hour; the database path takes seconds. The Keystone user and project are made through the API.
//
// It targets the *bench* stack (state IRIS_BENCH_STATE, default /tmp/iris-openstack-bench, started by
// scripts/bench/stack.sh), never the stack the e2e tests share: thousands of extra records there would
// fill every admin list. Also find-or-creates the Keystone user bench/bench-secret, member of project bench.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export const BENCH_STATE = process.env.IRIS_BENCH_STATE ?? '/tmp/iris-openstack-bench';
// read when first used, not on import: list.mjs imports this module before stack.sh writes them
let stack;
function bench() {
  stack ??= (() => {
    const endpoints = readEnv(`${BENCH_STATE}/endpoints.env`);
    const seed = readEnv(`${BENCH_STATE}/seed.env`);
    return { KEYSTONE: endpoints.KEYSTONE_URL, GLANCE: endpoints.GLANCE_URL, ADMIN_PASSWORD: seed.ADMIN_PASSWORD ?? 'admin-secret' };
  })();
  return stack;
}
export const BENCH_USER = { name: 'bench', password: process.env.IRIS_BENCH_PASSWORD ?? 'bench-secret', project: 'bench' };
const COUNT = Number(process.argv[2] ?? process.env.IRIS_BENCH_IMAGES ?? 10000);
const CONCURRENCY = 6;

const DISTROS = ['ubuntu', 'debian', 'fedora', 'centos', 'rocky', 'alma', 'alpine', 'cirros', 'opensuse', 'windows'];
const FORMATS = ['qcow2', 'qcow2', 'raw', 'iso', 'vmdk'];

function readEnv(path) {
  try {
    return Object.fromEntries(
      readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.includes('=') && !l.startsWith('#'))
        .map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim().replace(/^['"]|['"]$/g, '')]),
    );
  } catch {
    return {};
  }
}

/** The record for bench image number i: varied names, formats and tags, so filters have something to do. */
export function benchImage(i) {
  const distro = DISTROS[i % DISTROS.length];
  const version = 10 + (Math.floor(i / DISTROS.length) % 15);
  return {
    name: `bench-${distro}-${version}-${String(i).padStart(5, '0')}`,
    disk_format: FORMATS[i % FORMATS.length],
    container_format: 'bare',
    visibility: i % 10 === 0 ? 'shared' : 'private',
    tags: ['bench', distro],
    os_distro: distro,
  };
}

async function call(method, url, token, body) {
  const res = await fetch(url, {
    method,
    headers: { accept: 'application/json', ...(token ? { 'x-auth-token': token } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`${method} ${url} → ${res.status} ${text.slice(0, 300)}`);
  return { res, body: text ? JSON.parse(text) : undefined };
}

async function token(user, password, project) {
  const scope = { project: { name: project, domain: { id: 'default' } } };
  const identity = { methods: ['password'], password: { user: { name: user, domain: { id: 'default' }, password } } };
  const { res } = await call('POST', `${bench().KEYSTONE}/auth/tokens`, undefined, { auth: { identity, scope } });
  return res.headers.get('x-subject-token');
}

async function ensureBenchIdentity(admin) {
  const find = async (kind, name) => (await call('GET', `${bench().KEYSTONE}/${kind}?name=${name}&domain_id=default`, admin)).body[kind][0];
  const project =
    (await find('projects', BENCH_USER.project)) ??
    (await call('POST', `${bench().KEYSTONE}/projects`, admin, { project: { name: BENCH_USER.project, domain_id: 'default', description: 'Iris bench set (scripts/bench/seed-many.mjs)' } })).body.project;
  const user =
    (await find('users', BENCH_USER.name)) ??
    (await call('POST', `${bench().KEYSTONE}/users`, admin, { user: { name: BENCH_USER.name, domain_id: 'default', password: BENCH_USER.password } })).body.user;
  const role = (await call('GET', `${bench().KEYSTONE}/roles?name=member`, admin)).body.roles[0];
  await call('PUT', `${bench().KEYSTONE}/projects/${project.id}/users/${user.id}/roles/${role.id}`, admin);
  return project.id;
}

async function existingNames(benchToken, projectId) {
  const names = new Set();
  let path = `/v2/images?owner=${projectId}&visibility=all&limit=1000`;
  while (path) {
    const { body } = await call('GET', `${bench().GLANCE}${path}`, benchToken);
    for (const image of body.images) names.add(image.name);
    path = body.next;
  }
  return names;
}

/** The bench Glance's database: sqlite3 CLI, SQL in, rows (tab-separated) out. */
const DB = `${BENCH_STATE}/glance/glance.db`;
function sql(statements) {
  const file = `${process.env.TMPDIR ?? '/tmp'}/iris-bench-seed-${process.pid}.sql`;
  writeFileSync(file, statements);
  try {
    return execFileSync('sqlite3', ['-batch', '-cmd', '.timeout 30000', DB, `.read ${file}`], { maxBuffer: 64 << 20 }).toString();
  } finally {
    rmSync(file, { force: true });
  }
}
const quote = (value) => (value === null ? 'NULL' : `'${String(value).replaceAll("'", "''")}'`);

/** Record number i's image ID: a UUID derived from i, so the seed knows which records exist. */
export function benchImageId(i) {
  const h = createHash('sha1').update(`iris-bench-${i}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Records 1..count in the bench project, straight into Glance's SQLite database (see the header):
 * inserts the missing ones, deletes the project's other images (numbers past `count`).
 * created_at / updated_at: one a second from 2026-01-01 in record order, so newest-first is
 * record `count` first and record 1 last.
 */
function seedDatabase(count, projectId) {
  const have = new Set(sql(`SELECT id FROM images WHERE owner = ${quote(projectId)};`).split('\n').filter(Boolean));
  const wanted = new Map(Array.from({ length: count }, (_, n) => [benchImageId(n + 1), n + 1]));
  const extra = [...have].filter((id) => !wanted.has(id));
  const lines = ['BEGIN;'];
  for (let at = 0; at < extra.length; at += 500) {
    const ids = extra.slice(at, at + 500).map(quote).join(',');
    for (const table of ['image_tags', 'image_properties', 'image_members', 'image_locations']) lines.push(`DELETE FROM ${table} WHERE image_id IN (${ids});`);
    lines.push(`DELETE FROM images WHERE id IN (${ids});`);
  }
  const base = Date.parse('2026-01-01T00:00:00Z');
  let created = 0;
  for (const [id, i] of wanted) {
    if (have.has(id)) continue;
    const image = benchImage(i);
    const at = quote(new Date(base + i * 1000).toISOString().replace('T', ' ').replace('Z', '000'));
    lines.push(
      `INSERT INTO images (id, name, size, status, created_at, updated_at, deleted_at, deleted, disk_format, container_format, checksum, owner, min_disk, min_ram, protected, virtual_size, visibility, os_hidden, os_hash_algo, os_hash_value) VALUES (${quote(id)}, ${quote(image.name)}, NULL, 'queued', ${at}, ${at}, NULL, 0, ${quote(image.disk_format)}, ${quote(image.container_format)}, NULL, ${quote(projectId)}, 0, 0, 0, NULL, ${quote(image.visibility)}, 0, NULL, NULL);`,
      ...image.tags.map((tag) => `INSERT INTO image_tags (image_id, value, created_at, updated_at, deleted_at, deleted) VALUES (${quote(id)}, ${quote(tag)}, ${at}, ${at}, NULL, 0);`),
      `INSERT INTO image_properties (image_id, name, value, created_at, updated_at, deleted_at, deleted) VALUES (${quote(id)}, 'os_distro', ${quote(image.os_distro)}, ${at}, ${at}, NULL, 0);`,
    );
    created += 1;
  }
  lines.push('COMMIT;');
  sql(lines.join('\n'));
  return { total: count, created, removed: extra.length };
}

/** Make exactly `count` bench records exist; returns how many exist and how many were created. */
export async function seedBench(count = COUNT) {
  if (!existsSync(`${BENCH_STATE}/endpoints.env`)) throw new Error(`no bench stack at ${BENCH_STATE}: run bash scripts/bench/stack.sh first`);
  const t0 = Date.now();
  const admin = await token('admin', bench().ADMIN_PASSWORD, 'admin');
  const projectId = await ensureBenchIdentity(admin);
  if ((process.env.IRIS_BENCH_SEED ?? 'database') !== 'api') {
    const result = seedDatabase(count, projectId);
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    console.log(`bench set ready: ${count} records in project bench (${projectId}), ${result.created} inserted and ${result.removed} removed in Glance's database, ${seconds}s`);
    return { ...result, projectId, method: 'database' };
  }
  const benchToken = await token(BENCH_USER.name, BENCH_USER.password, BENCH_USER.project);
  const have = await existingNames(benchToken, projectId);
  const missing = Array.from({ length: count }, (_, i) => benchImage(i + 1)).filter((image) => !have.has(image.name));
  let done = 0;
  const worker = async () => {
    for (let next = missing.shift(); next; next = missing.shift()) {
      await call('POST', `${bench().GLANCE}/v2/images`, benchToken, next);
      done += 1;
      if (done % 500 === 0) console.log(`  created ${done}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`bench set ready: ${have.size + done} records in project bench (${projectId}), ${done} created now, ${seconds}s`);
  return { total: have.size + done, created: done, removed: 0, projectId, method: 'api' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seedBench().catch((error) => {
    console.error(`seed-many: ${error.message}`);
    process.exit(1);
  });
}
