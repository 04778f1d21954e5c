#!/usr/bin/env node
// Seed the bench set: ≥ 10,000 Glance image *records* (no data, so they stay `queued`) owned by a
// dedicated `bench` project. Idempotent: finds what exists by name and creates only what is missing.
//
//   node scripts/bench/seed-many.mjs [count]        (default 10000)
//
// It targets the *bench* stack (state IRIS_BENCH_STATE, default /tmp/iris-openstack-bench, started by
// scripts/bench/stack.sh), never the stack the e2e tests share: thousands of extra records there would
// fill every admin list. Also find-or-creates the Keystone user bench/bench-secret, member of project bench.
import { existsSync, readFileSync } from 'node:fs';

export const BENCH_STATE = process.env.IRIS_BENCH_STATE ?? '/tmp/iris-openstack-bench';
const endpoints = readEnv(`${BENCH_STATE}/endpoints.env`);
const seed = readEnv(`${BENCH_STATE}/seed.env`);
const KEYSTONE = endpoints.KEYSTONE_URL;
const GLANCE = endpoints.GLANCE_URL;
const ADMIN_PASSWORD = seed.ADMIN_PASSWORD ?? 'admin-secret';
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
  const { res } = await call('POST', `${KEYSTONE}/auth/tokens`, undefined, { auth: { identity, scope } });
  return res.headers.get('x-subject-token');
}

async function ensureBenchIdentity(admin) {
  const find = async (kind, name) => (await call('GET', `${KEYSTONE}/${kind}?name=${name}&domain_id=default`, admin)).body[kind][0];
  const project =
    (await find('projects', BENCH_USER.project)) ??
    (await call('POST', `${KEYSTONE}/projects`, admin, { project: { name: BENCH_USER.project, domain_id: 'default', description: 'Iris bench set (scripts/bench/seed-many.mjs)' } })).body.project;
  const user =
    (await find('users', BENCH_USER.name)) ??
    (await call('POST', `${KEYSTONE}/users`, admin, { user: { name: BENCH_USER.name, domain_id: 'default', password: BENCH_USER.password } })).body.user;
  const role = (await call('GET', `${KEYSTONE}/roles?name=member`, admin)).body.roles[0];
  await call('PUT', `${KEYSTONE}/projects/${project.id}/users/${user.id}/roles/${role.id}`, admin);
  return project.id;
}

async function existingNames(benchToken, projectId) {
  const names = new Set();
  let path = `/v2/images?owner=${projectId}&visibility=all&limit=1000`;
  while (path) {
    const { body } = await call('GET', `${GLANCE}${path}`, benchToken);
    for (const image of body.images) names.add(image.name);
    path = body.next;
  }
  return names;
}

/** Create the missing bench records; returns how many exist and how many were created. */
export async function seedBench(count = COUNT) {
  if (!existsSync(`${BENCH_STATE}/endpoints.env`)) throw new Error(`no bench stack at ${BENCH_STATE}: run bash scripts/bench/stack.sh first`);
  const t0 = Date.now();
  const admin = await token('admin', ADMIN_PASSWORD, 'admin');
  const projectId = await ensureBenchIdentity(admin);
  const benchToken = await token(BENCH_USER.name, BENCH_USER.password, BENCH_USER.project);
  const have = await existingNames(benchToken, projectId);
  const missing = Array.from({ length: count }, (_, i) => benchImage(i + 1)).filter((image) => !have.has(image.name));
  let done = 0;
  const worker = async () => {
    for (let next = missing.shift(); next; next = missing.shift()) {
      await call('POST', `${GLANCE}/v2/images`, benchToken, next);
      done += 1;
      if (done % 500 === 0) console.log(`  created ${done}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`bench set ready: ${have.size + done} records in project bench (${projectId}), ${done} created now, ${seconds}s`);
  return { total: have.size + done, created: done, projectId };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seedBench().catch((error) => {
    console.error(`seed-many: ${error.message}`);
    process.exit(1);
  });
}
