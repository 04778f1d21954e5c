// 50 concurrent signed-in users listing images through the cluster's nginx (TLS), with both
// replicas and with only one (b stopped), interleaved two / one / two, plus each replica's RSS.
// Needs a running cluster (npm run cluster; npm run bench starts one).
//   node scripts/bench/cluster-load.mjs     env: IRIS_CLUSTER_URL (https://127.0.0.1:8443+offset), BENCH_REQUESTS_PER_USER (10)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { Agent, request } from 'undici';
import { fmt, loadTest, rssKb, signInCookie, writeSection } from './lib.mjs';

const USERS = 50;
const PER_USER = Number(process.env.BENCH_REQUESTS_PER_USER ?? 10);
const OFFSET = Number(process.env.IRIS_PORT_OFFSET ?? 0);
const CLUSTER = process.env.IRIS_CLUSTER_URL ?? `https://127.0.0.1:${8443 + OFFSET}`;
const STATE = process.env.IRIS_CLUSTER_STATE ?? `${process.env.IRIS_OPENSTACK_STATE ?? '/tmp/iris-openstack'}/cluster`;
const PATHS = ['/images', '/images?tab=public', '/images?tab=shared'];
const agent = new Agent({ connections: USERS, connect: { rejectUnauthorized: false } });

const replicaPid = (name) => Number(readFileSync(`${STATE}/run/replica-${name}.pid`, 'utf8'));
const rssMb = (name) => (existsSync(`/proc/${replicaPid(name)}`) ? rssKb(replicaPid(name)) / 1024 : 0);
const cluster = (script) => execFileSync('bash', ['-c', script], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });

async function run(label, cookie) {
  const urls = PATHS.map((p) => `${CLUSTER}${p}`);
  const byReplica = { a: 0, b: 0 };
  const result = await loadTest(
    urls,
    { cookie },
    (res, body) => {
      const replica = res.headers['x-iris-replica'];
      if (replica in byReplica) byReplica[replica] += 1;
      return res.statusCode === 200 && body.includes('</html>');
    },
    { users: USERS, perUser: PER_USER, dispatcher: agent },
  );
  console.log(`cluster load, ${label}: ${fmt(result.rps)} req/s, p50 ${fmt(result.median, 0)} ms, p95 ${fmt(result.p95, 0)} ms, ${result.failures} failed (a ${byReplica.a}, b ${byReplica.b})`);
  return { label, ...result, byReplica };
}

const start = { a: rssMb('a'), b: rssMb('b') };
const load0 = os.loadavg();
const cookie = await signInCookie('demo', 'demo-secret', CLUSTER);
// warm both replicas' caches and JIT
for (let i = 0; i < 6; i++) await request(`${CLUSTER}${PATHS[i % PATHS.length]}`, { headers: { cookie }, dispatcher: agent }).then((r) => r.body.text());
const runs = [await run('two replicas', cookie)];
cluster('source scripts/cluster/lib.sh && stop_replica 1');
try {
  runs.push(await run('one replica (b stopped)', cookie));
} finally {
  cluster('bash scripts/cluster/restart.sh b');
}
runs.push(await run('two replicas, again', cookie));
const end = { a: rssMb('a'), b: rssMb('b') };

const row = (r) => `| ${r.label} | ${USERS * PER_USER} | ${fmt(r.seconds)} s | **${fmt(r.rps)} req/s** | ${fmt(r.median, 0)} ms | ${fmt(r.p95, 0)} ms | ${r.failures} | ${r.byReplica.a} / ${r.byReplica.b} |`;
const two = Math.max(runs[0].rps, runs[2].rps);
writeSection(
  'cluster-load',
  `## 50 concurrent users through nginx: two replicas against one

Command: \`node scripts/bench/cluster-load.mjs\` (part of \`npm run bench\`, against the cluster it starts): ${USERS} concurrent clients (undici, HTTP/1.1 over TLS to nginx, certificate not checked), ${PER_USER} server-rendered page loads each over ${PATHS.map((p) => `\`${p}\``).join(', ')}, signed in as demo. Run in the order shown; for the middle run replica b is stopped (SIGTERM) so nginx sends everything to a, then \`restart.sh b\` brings it back. Load average at the start ${load0.map((x) => fmt(x, 1)).join(' / ')}. One replica without nginx is the *50 concurrent users* section.

| replicas | requests | wall time | throughput | p50 | p95 | failed | answered by a / b |
|---|---|---|---|---|---|---|---|
${runs.map(row).join('\n')}

Two replicas against one: **${fmt(two / runs[1].rps, 2)}×** the req/s (best of the two-replica runs). Both replicas share this machine's 2 cores with nginx, Keystone and Glance, so a second replica adds a process, not a CPU.
RSS of the replicas, start → end of this bench: a ${fmt(start.a, 0)} → ${fmt(end.a, 0)} MB, b ${fmt(start.b, 0)} → ${fmt(end.b, 0)} MB (b was restarted in between).`,
);
if (runs.some((r) => r.failures)) process.exitCode = 1;
