// 50 concurrent signed-in users listing images through the cluster's nginx (TLS), with both
// replicas and with only one (b stopped), interleaved two / one / two, then more two-replica
// rounds to see whether the replicas' memory settles. For every run: the CPU seconds of each
// process (nginx, each replica, each Glance, Keystone, this load generator), the requests Glance
// and Keystone served per page load, and each replica's RSS and V8 heap.
// Needs a running cluster (npm run cluster; npm run bench starts one, with the memory probe).
//   node scripts/bench/cluster-load.mjs     env: IRIS_CLUSTER_URL (https://127.0.0.1:8443+offset),
//     BENCH_REQUESTS_PER_USER (10), BENCH_MEMORY_ROUNDS (3: two-replica runs after the three above)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { Agent, request } from 'undici';
import { fmt, loadTest, rssKb, signInCookie, sleep, writeSection } from './lib.mjs';
import { byCommand, byPidFile, cpuSince, cpuSnapshot } from './process-cpu.mjs';
import { callsSince, logMark } from './upstream-calls.mjs';

const USERS = 50;
const PER_USER = Number(process.env.BENCH_REQUESTS_PER_USER ?? 10);
const MEMORY_ROUNDS = Number(process.env.BENCH_MEMORY_ROUNDS ?? 3);
const OFFSET = Number(process.env.IRIS_PORT_OFFSET ?? 0);
const CLUSTER = process.env.IRIS_CLUSTER_URL ?? `https://127.0.0.1:${8443 + OFFSET}`;
const OPENSTACK = process.env.IRIS_OPENSTACK_STATE ?? '/tmp/iris-openstack';
const STATE = process.env.IRIS_CLUSTER_STATE ?? `${OPENSTACK}/cluster`;
const PATHS = ['/images', '/images?tab=public', '/images?tab=shared'];
const agent = new Agent({ connections: USERS, connect: { rejectUnauthorized: false } });

const pidFile = (name) => `${STATE}/run/replica-${name}.pid`;

const ROLES = {
  nginx: byPidFile(`${STATE}/nginx/nginx.pid`),
  'replica a': byPidFile(pidFile('a')),
  'replica b': byPidFile(pidFile('b')),
  Glance: byCommand('glance.cmd.api', `${OPENSTACK}/glance/glance-api.conf`),
  'Glance RegionTwo': byCommand('glance.cmd.api', `${OPENSTACK}/region-two/`),
  Keystone: byCommand(`${OPENSTACK}/apache/keystone-httpd.conf`),
  'load generator': () => [process.pid],
};

/** The replica's pid, 0 while it is stopped. */
const replicaPid = (name) => (existsSync(pidFile(name)) ? Number(readFileSync(pidFile(name), 'utf8')) : 0);
const running = (name) => replicaPid(name) > 0 && existsSync(`/proc/${replicaPid(name)}`);
const rssMb = (name) => (running(name) ? rssKb(replicaPid(name)) / 1024 : 0);
// a replica restarted here gets the memory probe too
const PROBE = { NODE_OPTIONS: `--import ${process.cwd()}/scripts/bench/memory-probe.mjs`, IRIS_BENCH_MEMORY_DIR: `${STATE}/run` };
const cluster = (script) => execFileSync('bash', ['-c', script], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000, env: { ...process.env, ...PROBE } });
const MB = 1024 ** 2;

/** The replica's own view of its memory, written by scripts/bench/memory-probe.mjs (absent without the probe). */
function probed(name, suffix = '') {
  const file = `${STATE}/run/memory-${name}${suffix}.json`;
  if (!existsSync(file)) return undefined;
  const usage = JSON.parse(readFileSync(file, 'utf8'));
  return Date.now() - usage.at < 5_000 ? usage : undefined;
}

async function memory(name) {
  if (!running(name)) return undefined;
  return { rss: rssMb(name), probe: probed(name) };
}

/** Each replica's heap after a full garbage collection (the probe does it on SIGUSR2). */
async function memoryAfterGc() {
  const sent = Date.now();
  for (const name of ['a', 'b']) if (running(name) && probed(name)) process.kill(replicaPid(name), 'SIGUSR2');
  await sleep(1_500);
  return Object.fromEntries(['a', 'b'].map((name) => [name, probed(name, '-gc')]).filter(([, usage]) => usage && usage.at >= sent));
}

async function run(label, cookie) {
  const urls = PATHS.map((p) => `${CLUSTER}${p}`);
  const byReplica = { a: 0, b: 0 };
  const mark = logMark();
  const cpu0 = cpuSnapshot(ROLES);
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
  const cpu = cpuSince(cpu0, ROLES);
  await sleep(1_200); // the probe writes every second: a reading taken after the run
  const upstream = callsSince(mark);
  const mem = { a: await memory('a'), b: await memory('b') };
  // diagnosis only: a full GC after every run shows what the heap still holds (it also resets V8's sizing)
  const gc = process.env.BENCH_GC_AFTER_EACH === '1' ? await memoryAfterGc() : undefined;
  if (gc) console.log(`  after full GC: ${Object.entries(gc).map(([name, u]) => `${name} heap ${fmt(u.heapUsed / MB, 0)} of ${fmt(u.heapTotal / MB, 0)} MB, RSS ${fmt(u.rss / MB, 0)} MB`).join('; ')}`);
  const cpuText = Object.entries(cpu.seconds).map(([role, s]) => `${role} ${fmt(s)}`).join(', ');
  console.log(
    `cluster load, ${label}: ${fmt(result.rps)} req/s, p50 ${fmt(result.median, 0)} ms, p95 ${fmt(result.p95, 0)} ms, ${result.failures} failed (a ${byReplica.a}, b ${byReplica.b}); ` +
      `CPU s: ${cpuText}, machine busy ${fmt(cpu.busy)} idle ${fmt(cpu.idle)}; upstream calls: Glance ${upstream.glance.total}, Keystone ${upstream.keystone.total}; ` +
      `RSS a ${fmt(mem.a?.rss ?? 0, 0)} MB, b ${fmt(mem.b?.rss ?? 0, 0)} MB`,
  );
  return { label, ...result, count: USERS * PER_USER, byReplica, cpu, upstream, mem };
}

// the V8 options the replicas start with (scripts/cluster/lib.sh, under this environment)
const nodeFlags = execFileSync('bash', ['-c', 'source scripts/cluster/lib.sh && printf %s "$NODE_FLAGS"']).toString();
const start = { a: rssMb('a'), b: rssMb('b') };
const load0 = os.loadavg();
const cookie = await signInCookie('demo', 'demo-secret', CLUSTER);
// warm both replicas' caches and JIT
for (let i = 0; i < 6; i++) await request(`${CLUSTER}${PATHS[i % PATHS.length]}`, { headers: { cookie }, dispatcher: agent }).then((r) => r.body.text());
const warm = { a: await memory('a'), b: await memory('b') };
const runs = [await run('two replicas', cookie)];
cluster('source scripts/cluster/lib.sh && stop_replica 1');
try {
  runs.push(await run('one replica (b stopped)', cookie));
} finally {
  cluster('bash scripts/cluster/restart.sh b');
}
const restarted = { b: rssMb('b') };
runs.push(await run('two replicas, again', cookie));
for (let round = 1; round <= MEMORY_ROUNDS; round += 1) runs.push(await run(`two replicas, round ${round + 2}`, cookie));
const end = { a: rssMb('a'), b: rssMb('b') };
const afterGc = await memoryAfterGc();
const load1 = os.loadavg();

// --- report ------------------------------------------------------------------------------------
const row = (r) => `| ${r.label} | ${USERS * PER_USER} | ${fmt(r.seconds)} s | **${fmt(r.rps)} req/s** | ${fmt(r.median, 0)} ms | ${fmt(r.p95, 0)} ms | ${r.failures} | ${r.byReplica.a} / ${r.byReplica.b} |`;
const one = runs[1];
// the two runs either side of the one-replica run; the later rounds are there for memory
const bestTwo = Math.max(runs[0].rps, runs[2].rps);
const roles = Object.keys(ROLES);
const cores = os.cpus().length;
// CPU seconds of a role per page load (ms) and its share of the run's wall time in cores
const cpuCell = (r, role) => `${fmt((r.cpu.seconds[role] / r.count) * 1000, 1)} ms (${fmt(r.cpu.seconds[role] / r.cpu.wall, 2)})`;
const otherSeconds = (r) => r.cpu.busy - roles.reduce((sum, role) => sum + r.cpu.seconds[role], 0);
const cpuRow = (r) =>
  `| ${r.label} | ${roles.map((role) => cpuCell(r, role)).join(' | ')} | ${fmt((otherSeconds(r) / r.count) * 1000, 1)} ms (${fmt(otherSeconds(r) / r.cpu.wall, 2)}) | ${fmt(r.cpu.busy / r.cpu.wall, 2)} of ${cores} (idle ${fmt(r.cpu.idle / r.cpu.wall, 2)}) |`;
const perLoad = (r, service) => fmt(r.upstream[service].total / r.count, 2);
const shapes = (r, service) =>
  Object.entries(r.upstream[service].byShape)
    .sort((x, y) => y[1] - x[1])
    .map(([shape, n]) => `\`${shape}\` ${fmt(n / r.count, 2)}`)
    .join(', ');
// what limits the one-replica run: its Node thread (then a second replica adds req/s) or the machine's cores
const perPage = (r, names) => (names.reduce((sum, role) => sum + r.cpu.seconds[role], 0) / r.count) * 1000;
const upstreamMs = perPage(one, ['Glance', 'Glance RegionTwo', 'Keystone']);
const replicaMs = perPage(one, ['replica a', 'replica b']);
const threadBusy = one.cpu.seconds['replica a'] / one.cpu.wall;
const machineBusy = one.cpu.busy / one.cpu.wall;
const verdict =
  threadBusy >= 0.9
    ? `replica a's thread was busy ${fmt(threadBusy, 2)} of a core: the replica itself was the limit, which a second replica relieves`
    : machineBusy >= 0.9 * cores
      ? `the machine was busy ${fmt(machineBusy, 2)} of ${cores} cores while replica a's thread used ${fmt(threadBusy, 2)} of one: the cores, not a replica, were the limit, and a second replica adds a process, not a core`
      : `neither replica a's thread (${fmt(threadBusy, 2)} of a core) nor the machine (${fmt(machineBusy, 2)} of ${cores}) was saturated: the wait was elsewhere (Glance and Keystone answer one request at a time)`;
const mbCell = (m) => (m ? `${fmt(m.rss, 0)} MB${m.probe ? ` (heap ${fmt(m.probe.heapUsed / MB, 0)} of ${fmt(m.probe.heapTotal / MB, 0)}, external ${fmt(m.probe.external / MB, 0)})` : ''}` : '–');
const gcCell = (u) => (u ? `heap ${fmt(u.heapUsed / MB, 0)} of ${fmt(u.heapTotal / MB, 0)} MB, external ${fmt(u.external / MB, 0)} MB, RSS ${fmt(u.rss / MB, 0)} MB` : 'no probe');

writeSection(
  'cluster-load',
  `## 50 concurrent users through nginx: two replicas against one

Command: \`node scripts/bench/cluster-load.mjs\` (part of \`npm run bench\`, against the cluster it starts, whose replicas \`run.sh\` starts with the bench's memory probe \`scripts/bench/memory-probe.mjs\`): ${USERS} concurrent clients (undici, HTTP/1.1 over TLS to nginx, certificate not checked), ${PER_USER} server-rendered page loads each over ${PATHS.map((p) => `\`${p}\``).join(', ')}, signed in as demo. The replicas run \`node ${nodeFlags ? `${nodeFlags} ` : ''}server/start.mjs\`. Run in the order shown; for the second run replica b is stopped (SIGTERM) so nginx sends everything to a, then \`restart.sh b\` brings it back; the runs after the third are the same load again, to see whether memory settles. Load average at the start ${load0.map((x) => fmt(x, 1)).join(' / ')}, at the end ${load1.map((x) => fmt(x, 1)).join(' / ')}.

| run | requests | wall time | throughput | p50 | p95 | failed | answered by a / b |
|---|---|---|---|---|---|---|---|
${runs.map(row).join('\n')}

Two replicas against one: **${fmt(bestTwo / one.rps, 2)}×** the req/s (the better of the two-replica runs either side of the one-replica run).

**Where the CPU goes** (from /proc/<pid>/stat before and after each run; per page load, and in brackets the cores the process kept busy over the run's wall time; *other* is the rest of the machine's busy time: the kernel's network work not charged to a process, and other users of this shared machine):

| run | ${roles.join(' | ')} | other | whole machine |
|---|${roles.map(() => '---|').join('')}---|---|
${runs.map(cpuRow).join('\n')}

In the one-replica run a page load cost ${fmt(replicaMs, 1)} ms of the replica's CPU and ${fmt(upstreamMs, 1)} ms of Glance's and Keystone's; ${verdict}.

**Upstream requests per page load** (counted from the lines the Glance and Keystone access logs gained during the run; Glance asks Keystone to validate the token of every request it gets, because the local Glances run with \`token_cache_time = -1\`): ${runs.map((r) => `${r.label}: Glance ${perLoad(r, 'glance')}, Keystone ${perLoad(r, 'keystone')}`).join('; ')}. By request, first run: Glance ${shapes(runs[0], 'glance')}; Keystone ${shapes(runs[0], 'keystone')}.

**Memory of the replicas** (RSS from /proc; heap used of heap total and external from \`process.memoryUsage()\` in the replica, MB):

| after | replica a | replica b |
|---|---|---|
| start (before signing in) | ${fmt(start.a, 0)} MB | ${fmt(start.b, 0)} MB |
| warm-up | ${mbCell(warm.a)} | ${mbCell(warm.b)} |
${runs.map((r) => `| ${r.label} | ${mbCell(r.mem.a)} | ${mbCell(r.mem.b)} |`).join('\n')}
| full GC after the last run | ${gcCell(afterGc.a)} | ${gcCell(afterGc.b)} |

RSS growth over the bench: a ${fmt(start.a, 0)} → ${fmt(end.a, 0)} MB (**+${fmt(end.a - start.a, 0)} MB**), b ${fmt(restarted.b, 0)} → ${fmt(end.b, 0)} MB from its restart before the third run (**+${fmt(end.b - restarted.b, 0)} MB**).`,
);
if (runs.some((r) => r.failures)) process.exitCode = 1;
