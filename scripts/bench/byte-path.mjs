// Where the image bytes' time goes: the same 1 GiB downloaded and uploaded, in one run, straight
// to Glance, through bare nginx proxies (buffering on / off / TLS over HTTP/1.1 and HTTP/2), through a bare Node
// pass-through (undici, undici via web streams, node:http), through Iris alone (`server/start.mjs`),
// and through the cluster's nginx when one is running (over HTTP/2 and HTTP/1.1). Each row: wall time, MiB/s, the ratio to
// Glance direct in the same round, CPU seconds per GiB of the proxy's processes and their RSS
// growth. Optionally a CPU profile of Iris for one upload and one download. The bare Node
// pass-through runs with the same Node flags as Iris (server/node-flags.mjs), so neither gets a
// heap setting the other lacks.
//
//   node scripts/bench/byte-path.mjs        (after: source scripts/stack-env.sh; a production build)
//   env: BENCH_BYTE_PATH_MIB (1024), BENCH_BYTE_PATH_ROUNDS (2), BENCH_BYTE_PATH_ONLY (download,upload; empty: neither),
//        BENCH_BYTE_PATH_NODE_MODES (undici,undici-hwm,undici-web,request-web,http: the bare Node modes to run),
//        BENCH_BYTE_PATH_DIR (/dev/shm: where the test file is made; removed at the end),
//        BENCH_CPU_PROF (1: also profile Iris, its own section; profiles in $STATE/bench-byte-path/prof),
//        IRIS_CLUSTER_URL (https://127.0.0.1:$((8443 + IRIS_PORT_OFFSET)); skipped when it does not answer),
//        IRIS_CLUSTER_STATE ($IRIS_OPENSTACK_STATE/cluster: the cluster's pidfiles, as scripts/cluster/lib.sh),
//        ports, each offset by IRIS_PORT_OFFSET: IRIS_BENCH_NGINX_PORT (8500, +1, +2, +3),
//        IRIS_BENCH_PASSTHROUGH_PORT (8510), IRIS_BENCH_BYTE_IRIS_PORT (3260)
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { NODE_FLAGS } from '../../server/node-flags.mjs';
import { curl, fmt, glanceCall, keystoneToken, median, rssKb, signInCookie, sleep, writeSection } from './lib.mjs';
import { cpuSeconds } from './process-cpu.mjs';

const OFFSET = Number(process.env.IRIS_PORT_OFFSET ?? 0);
const port = (name, base) => Number(process.env[name] ?? base + OFFSET);
const STATE = process.env.IRIS_OPENSTACK_STATE ?? '/tmp/iris-openstack';
const GLANCE = (readFileSync(`${STATE}/endpoints.env`, 'utf8').match(/^GLANCE_URL=(.*)$/m)?.[1] ?? '').trim();
const MIB = Number(process.env.BENCH_BYTE_PATH_MIB ?? 1024);
const BYTES = MIB * 1024 ** 2;
const ROUNDS = Number(process.env.BENCH_BYTE_PATH_ROUNDS ?? 2);
const ONLY = (process.env.BENCH_BYTE_PATH_ONLY ?? 'download,upload').split(',');
const WORK = `${STATE}/bench-byte-path`;
const NGINX_PORT = port('IRIS_BENCH_NGINX_PORT', 8500);
const PASS_PORT = port('IRIS_BENCH_PASSTHROUGH_PORT', 8510);
const IRIS_PORT = port('IRIS_BENCH_BYTE_IRIS_PORT', 3260);
const CLUSTER = process.env.IRIS_CLUSTER_URL ?? `https://127.0.0.1:${8443 + OFFSET}`;
const CLUSTER_STATE = process.env.IRIS_CLUSTER_STATE ?? `${STATE}/cluster`;
const FILE = `${process.env.BENCH_BYTE_PATH_DIR ?? '/dev/shm'}/iris-bench-byte-path-${MIB}m.bin`;
const SIZE = MIB % 1024 === 0 ? `${MIB / 1024} GiB` : `${MIB} MiB`;
const NODE_MODES = (process.env.BENCH_BYTE_PATH_NODE_MODES ?? 'undici,undici-hwm,undici-web,request-web,http').split(',').filter(Boolean);
const children = [];
// row names the targets table looks up
const BARE_TLS = { h1: 'bare nginx, buffering on, TLS, HTTP/1.1', h2: 'bare nginx, buffering on, TLS, HTTP/2' };
const CLUSTER_ROW = { h1: 'Iris cluster: nginx TLS + 2 replicas, HTTP/1.1', h2: 'Iris cluster: nginx TLS + 2 replicas, HTTP/2' };
const cleanups = [];

// --- processes ---------------------------------------------------------------------------------
const rssSum = (pids) => pids.reduce((sum, pid) => sum + (existsSync(`/proc/${pid}`) ? rssKb(pid) : 0), 0);
const childrenOf = (pid) => execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').map(Number).filter(Boolean);

async function waitFor(url, insecure = false) {
  for (let i = 0; i < 150; i++) {
    try {
      execFileSync('curl', ['-sf', ...(insecure ? ['-k'] : []), '-o', '/dev/null', url]);
      return true;
    } catch {
      await sleep(200);
    }
  }
  return false;
}

function startBareNginx() {
  const dir = `${WORK}/nginx`;
  mkdirSync(`${dir}/body`, { recursive: true });
  mkdirSync(`${dir}/proxy`, { recursive: true });
  execFileSync('chmod', ['-R', 'a+rwx', dir]);
  if (!existsSync(`${dir}/cert.pem`)) {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-subj', '/CN=localhost', '-keyout', `${dir}/key.pem`, '-out', `${dir}/cert.pem`], { stdio: 'ignore' });
  }
  const values = { BARE_STATE: dir, BARE_PORT: NGINX_PORT, BARE_PORT_OFF: NGINX_PORT + 1, BARE_PORT_TLS: NGINX_PORT + 2, BARE_PORT_H2: NGINX_PORT + 3, BARE_GLANCE: new URL(GLANCE).host };
  const conf = readFileSync('scripts/bench/nginx-bare.conf.template', 'utf8').replace(/\$\{(BARE_[A-Z0-9_]+)\}/g, (_, name) => String(values[name]));
  writeFileSync(`${dir}/nginx.conf`, conf);
  execFileSync('nginx', ['-p', dir, '-c', `${dir}/nginx.conf`, '-e', `${dir}/error.log`]);
  const master = Number(readFileSync(`${dir}/nginx.pid`, 'utf8'));
  cleanups.push(() => process.kill(master, 'SIGQUIT'));
  return { pids: () => [master, ...childrenOf(master)] };
}

function startNode(args, env = {}) {
  const child = spawn(process.execPath, args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}

async function stopNode(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000)]);
}

async function startIris(nodeFlags = []) {
  // server/start.mjs, the one way to start Iris (no total request timeout for long uploads)
  const child = startNode([...NODE_FLAGS, ...nodeFlags, 'server/start.mjs', '-H', '127.0.0.1', '-p', String(IRIS_PORT)]);
  if (!(await waitFor(`http://127.0.0.1:${IRIS_PORT}/login`))) throw new Error('Iris did not start');
  return child;
}

function clusterPids() {
  const pidfile = `${CLUSTER_STATE}/nginx/nginx.pid`;
  const pids = [];
  if (existsSync(pidfile)) {
    const master = Number(readFileSync(pidfile, 'utf8'));
    pids.push(master, ...childrenOf(master));
  }
  for (const name of ['a', 'b']) {
    const file = `${CLUSTER_STATE}/run/replica-${name}.pid`;
    if (existsSync(file)) pids.push(Number(readFileSync(file, 'utf8')));
  }
  return pids;
}

/** Each cluster replica's RSS (MB) at the start, its peak and at the end of the run, sampled every 200 ms. */
function replicaRss() {
  const pids = ['a', 'b'].map((name) => [name, `${CLUSTER_STATE}/run/replica-${name}.pid`]).filter(([, file]) => existsSync(file));
  const seen = new Map(pids.map(([name, file]) => [name, { pid: Number(readFileSync(file, 'utf8')), start: 0, peak: 0, end: 0 }]));
  const sample = () => {
    for (const r of seen.values()) {
      const mb = existsSync(`/proc/${r.pid}`) ? rssKb(r.pid) / 1024 : 0;
      r.start ||= mb;
      r.peak = Math.max(r.peak, mb);
      r.end = mb;
    }
  };
  sample();
  const timer = setInterval(sample, 200);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return [...seen].map(([name, r]) => ({ name, ...r }));
    },
  };
}

/**
 * Where a cluster transfer's time went, from the cluster nginx's access log (its `iris` log_format):
 * the replica's part (the download's answer before X-Accel-Redirect, or the upload's auth_request
 * subrequest, logged on its own line with len=0), the Glance leg and the whole request, in seconds.
 */
function clusterHops(id, method) {
  const file = `${CLUSTER_STATE}/nginx/access.log`;
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.includes(`"${method} /api/`) && l.includes(id));
  const field = (line, name) => line?.match(new RegExp(` ${name}=([^ ]+(?: : [^ ]+)*)`))?.[1].split(' : ').map(Number);
  const main = lines.findLast((l) => !l.includes(' len=0 '));
  const urt = field(main, 'urt') ?? [];
  const replica = method === 'PUT' ? field(lines.findLast((l) => l.includes(' len=0 ')), 'urt')?.[0] : urt[0];
  return { replica, glance: urt.at(-1), total: field(main, 'rt')?.[0] };
}

// --- Glance ------------------------------------------------------------------------------------
const glance = (token, method, path, body) => glanceCall(GLANCE, token, method, path, body);
const newImage = async (token, label) => (await glance(token, 'POST', '/v2/images', { name: `bench-byte-path-${label}`, disk_format: 'raw', container_format: 'bare' })).body.id;

async function md5Of(path) {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest('hex');
}

// --- one transfer ------------------------------------------------------------------------------
async function measure(pids, work) {
  const cpu0 = cpuSeconds(pids);
  const rss0 = rssSum(pids);
  let peak = rss0;
  const timer = setInterval(() => (peak = Math.max(peak, rssSum(pids))), 50);
  try {
    const result = await work();
    return { ...result, cpuPerGiB: (cpuSeconds(pids) - cpu0) / (BYTES / 1024 ** 3), rssGrowthMb: (Math.max(peak, rssSum(pids)) - rss0) / 1024 };
  } finally {
    clearInterval(timer);
  }
}

const passStats = async () => JSON.parse(execFileSync('curl', ['-s', `http://127.0.0.1:${PASS_PORT}/_stats`], { encoding: 'utf8' }));

async function main() {
  mkdirSync(WORK, { recursive: true });
  if (!existsSync(FILE) || statSync(FILE).size !== BYTES) execFileSync('dd', ['if=/dev/urandom', `of=${FILE}`, 'bs=1M', `count=${MIB}`, 'status=none']);
  const md5 = await md5Of(FILE);
  const token = await keystoneToken();
  const load0 = os.loadavg();

  const nginx = startBareNginx();
  const pass = startNode([...NODE_FLAGS, 'scripts/bench/passthrough.mjs', String(PASS_PORT), GLANCE]);
  const iris = await startIris();
  await waitFor(`http://127.0.0.1:${PASS_PORT}/_stats`);
  const cookie = await signInCookie('demo', 'demo-secret', `http://127.0.0.1:${IRIS_PORT}`);
  const clusterUp = await waitFor(`${CLUSTER}/login`, true);
  // the cluster's own session: over https its cookie is the __Host- one, which Iris alone (http) never sets
  const clusterSession = clusterUp ? ['-H', `cookie: ${await signInCookie('demo', 'demo-secret', CLUSTER)}`] : [];
  const replicas = replicaRss();
  cleanups.push(replicas.stop);
  const clusterMode = existsSync(`${CLUSTER_STATE}/nginx/byte-path.conf`) && readFileSync(`${CLUSTER_STATE}/nginx/byte-path.conf`, 'utf8').includes('X-Accel-Redirect') ? 'nginx' : 'node';

  const auth = ['-H', `x-auth-token: ${token}`];
  const session = ['-H', `cookie: ${cookie}`];
  const origin = (base) => ['-H', `origin: ${new URL(base).origin}`];
  const glancePath = (id) => `/v2/images/${id}/file`;
  const variants = [
    { name: 'Glance direct', pids: () => [], url: (id) => `${GLANCE}${glancePath(id)}`, args: auth },
    { name: 'bare nginx, buffering on (1 MB buffers)', pids: nginx.pids, url: (id) => `http://127.0.0.1:${NGINX_PORT}${glancePath(id)}`, args: auth },
    { name: 'bare nginx, buffering off', pids: nginx.pids, url: (id) => `http://127.0.0.1:${NGINX_PORT + 1}${glancePath(id)}`, args: auth, downloadOnly: true },
    // TLS over each protocol: the cluster is compared with the one its client speaks
    { name: BARE_TLS.h1, pids: nginx.pids, url: (id) => `https://127.0.0.1:${NGINX_PORT + 2}${glancePath(id)}`, args: ['-k', '--http1.1', ...auth] },
    { name: BARE_TLS.h2, pids: nginx.pids, url: (id) => `https://127.0.0.1:${NGINX_PORT + 3}${glancePath(id)}`, args: ['-k', '--http2', ...auth] },
    ...NODE_MODES.map((mode) => ({
      name: `bare Node: ${mode}`,
      mode,
      pids: () => [pass.pid],
      url: (id) => `http://127.0.0.1:${PASS_PORT}/${mode}${glancePath(id)}`,
      args: auth,
      downloadOnly: mode === 'undici-hwm',
      uploadOnly: mode === 'request-web',
    })),
    { name: 'Iris alone (server/start.mjs, Node route)', pids: () => [iris.pid], url: (id, up) => `http://127.0.0.1:${IRIS_PORT}${up ? `/api/uploads/${id}` : `/api/images/${id}/file`}`, args: [...session, ...origin(`http://127.0.0.1:${IRIS_PORT}`)] },
    ...(clusterUp
      ? [
          // browsers speak HTTP/2 to the cluster; HTTP/1.1 beside it shows what h2 costs
          ...['h2', 'h1'].map((protocol) => ({
            name: `${CLUSTER_ROW[protocol]}, byte path "${clusterMode}"`,
            pids: clusterPids,
            cluster: true,
            url: (id, up) => `${CLUSTER}${up ? `/api/uploads/${id}` : `/api/images/${id}/file`}`,
            args: ['-k', protocol === 'h2' ? '--http2' : '--http1.1', ...clusterSession, ...origin(CLUSTER)],
          })),
        ]
      : []),
  ];

  const results = { download: [], upload: [] };
  if (ONLY.includes('download')) {
    const id = await newImage(token, 'download');
    const up = curl(['-T', FILE, '-X', 'PUT', ...auth, '-H', 'content-type: application/octet-stream', `${GLANCE}${glancePath(id)}`]);
    if (up.code !== 204) throw new Error(`seeding the download image: ${up.code}`);
    curl([...auth, `${GLANCE}${glancePath(id)}`]); // warm the page cache
    try {
      for (let round = 1; round <= ROUNDS; round++) {
        for (const v of variants.filter((x) => !x.uploadOnly)) {
          const r = await measure(v.pids(), async () => curl([...v.args, v.url(id, false)]));
          if (r.code !== 200 || r.downloaded !== BYTES) throw new Error(`${v.name}: download ${r.code}, ${r.downloaded} B`);
          results.download.push({ variant: v.name, round, ...r, stats: v.mode ? await passStats() : undefined, hops: v.cluster ? clusterHops(id, 'GET') : undefined });
          writeFileSync(`${WORK}/results.json`, JSON.stringify(results));
          console.log(`download ${round} ${v.name}: ${fmt(r.seconds, 2)} s, ${fmt(BYTES / 1024 ** 2 / r.seconds, 0)} MiB/s, CPU ${fmt(r.cpuPerGiB, 2)} s/GiB`);
        }
      }
    } finally {
      // also when a path failed: no GiB left behind in Glance
      await glance(token, 'DELETE', `/v2/images/${id}`);
    }
  }
  if (ONLY.includes('upload')) {
    for (let round = 1; round <= ROUNDS; round++) {
      for (const v of variants.filter((x) => !x.downloadOnly)) {
        const id = await newImage(token, 'upload');
        const r = await measure(v.pids(), async () => curl(['-T', FILE, '-X', 'PUT', '-H', 'content-type: application/octet-stream', ...v.args, v.url(id, true)]));
        const image = (await glance(token, 'GET', `/v2/images/${id}`)).body;
        await glance(token, 'DELETE', `/v2/images/${id}`);
        if (r.code >= 300 || image.status !== 'active' || image.checksum !== md5) throw new Error(`${v.name}: upload ${r.code}, image ${image.status} ${image.checksum}`);
        results.upload.push({ variant: v.name, round, ...r, stats: v.mode ? await passStats() : undefined, hops: v.cluster ? clusterHops(id, 'PUT') : undefined });
        writeFileSync(`${WORK}/results.json`, JSON.stringify(results));
        console.log(`upload ${round} ${v.name}: ${fmt(r.seconds, 2)} s, ${fmt(BYTES / 1024 ** 2 / r.seconds, 0)} MiB/s, CPU ${fmt(r.cpuPerGiB, 2)} s/GiB`);
      }
    }
  }
  await stopNode(iris);
  await stopNode(pass);
  if (results.download.length || results.upload.length) writeReport(results, { load0, load1: os.loadavg(), clusterUp, clusterMode, replicas: replicas.stop() });
  if (process.env.BENCH_CPU_PROF === '1') {
    const loadBefore = os.loadavg();
    const profiles = await profileIris(token);
    writeSection(
      'byte-path-profile',
      [
        '## Byte path: CPU profile of Iris alone',
        '',
        `Command: \`BENCH_CPU_PROF=1 node scripts/bench/byte-path.mjs\` (part of \`npm run bench\`, after the 1 GiB byte path): Iris (\`server/start.mjs\`, the production build) run with \`node --cpu-prof\`, signed in, one ${MIB} MiB upload through \`PUT /api/uploads/{id}\` (or one download through \`GET /api/images/{id}/file\`), then stopped; the tables count only the samples taken while curl ran (the transfer), not start-up or sign-in. Load average at the start ${loadBefore.map((x) => fmt(x, 1)).join(' / ')}.`,
        '',
        profiles,
      ].join('\n'),
    );
  }
}

// --- CPU profile of Iris: one upload and one download, each in its own Iris process -----------
async function profileIris(token) {
  const dir = `${WORK}/prof`;
  rmSync(dir, { recursive: true, force: true });
  const lines = [];
  for (const kind of ['upload', 'download']) {
    const out = `${dir}/${kind}`;
    mkdirSync(out, { recursive: true });
    const iris = await startIris(['--cpu-prof', `--cpu-prof-dir=${out}`]);
    const cookie = await signInCookie('demo', 'demo-secret', `http://127.0.0.1:${IRIS_PORT}`);
    const id = await newImage(token, `profile-${kind}`);
    const base = `http://127.0.0.1:${IRIS_PORT}`;
    if (kind === 'download') curl(['-T', FILE, '-X', 'PUT', '-H', `x-auth-token: ${token}`, '-H', 'content-type: application/octet-stream', `${GLANCE}/v2/images/${id}/file`]);
    const from = process.hrtime.bigint() / 1000n;
    const r =
      kind === 'upload'
        ? curl(['-T', FILE, '-X', 'PUT', '-H', 'content-type: application/octet-stream', '-H', `cookie: ${cookie}`, '-H', `origin: ${base}`, `${base}/api/uploads/${id}`])
        : curl(['-H', `cookie: ${cookie}`, `${base}/api/images/${id}/file`]);
    const to = process.hrtime.bigint() / 1000n;
    await stopNode(iris);
    await glance(token, 'DELETE', `/v2/images/${id}`);
    const file = readdirSync(out).find((f) => f.endsWith('.cpuprofile'));
    if (!file) {
      lines.push(`- ${kind}: no profile was written`);
      continue;
    }
    const top = execFileSync(process.execPath, ['scripts/bench/cpuprofile-top.mjs', `${out}/${file}`, '12', String(from), String(to)], { encoding: 'utf8' });
    lines.push(`**${kind}** (${fmt(r.seconds, 1)} s for ${MIB} MiB, HTTP ${r.code}; profile \`${out}/${file}\`):\n\n${top}`);
  }
  return lines.join('\n\n');
}

/**
 * Issue 15's ratios, per round then the median (target 0.9): uploads through the cluster and
 * through Iris alone against Glance direct; downloads through the cluster against the bare tuned
 * nginx with TLS over the same protocol (HTTP/2 with HTTP/2, as browsers speak to the cluster;
 * HTTP/1.1 with HTTP/1.1 beside it), and Iris alone against the fastest bare Node pass-through of
 * the same round; each also against Glance direct.
 */
function targets(results) {
  const seconds = (rows, round, name) => rows.find((r) => r.round === round && r.variant.startsWith(name))?.seconds;
  const fastestBareNode = (rows, round) => Math.min(...rows.filter((r) => r.round === round && r.variant.startsWith('bare Node')).map((r) => r.seconds));
  const ratioRow = (kind, mine, theirs, theirLabel = theirs) => {
    const rows = results[kind];
    const rounds = [...new Set(rows.map((r) => r.round))];
    const ratio = (round, base) => base / seconds(rows, round, mine);
    const ratios = rounds.map((round) => ratio(round, typeof theirs === 'function' ? theirs(rows, round) : seconds(rows, round, theirs))).filter(Number.isFinite);
    const direct = rounds.map((round) => ratio(round, seconds(rows, round, 'Glance direct'))).filter(Number.isFinite);
    if (!ratios.length) return `| ${kind} | ${mine} | ${theirLabel} | not measured | |`;
    const m = median(ratios);
    return `| ${kind} | ${mine} | ${theirLabel} | ${ratios.map((x) => fmt(x, 2)).join(', ')} → **${fmt(m, 2)}** ${m >= 0.9 ? 'met' : '**missed**'} | ${fmt(median(direct), 2)} |`;
  };
  return [
    '| direction | path | against | ratio per round → median (target 0.9) | ratio to Glance direct |',
    '|---|---|---|---|---|',
    ratioRow('upload', CLUSTER_ROW.h2, 'Glance direct'),
    ratioRow('upload', CLUSTER_ROW.h1, 'Glance direct'),
    ratioRow('upload', 'Iris alone', 'Glance direct'),
    ratioRow('download', CLUSTER_ROW.h2, BARE_TLS.h2),
    ratioRow('download', CLUSTER_ROW.h1, BARE_TLS.h1),
    ratioRow('download', 'Iris alone', fastestBareNode, 'fastest bare Node'),
  ];
}

function writeReport(results, facts) {
  const table = (rows, kind) => {
    const direct = new Map(rows.filter((r) => r.variant === 'Glance direct').map((r) => [r.round, r.seconds]));
    const names = [...new Set(rows.map((r) => r.variant))];
    const lines = ['| path | MiB/s per round | median ratio to Glance direct | proxy CPU s per GiB | proxy RSS growth |', '|---|---|---|---|---|'];
    for (const name of names) {
      const mine = rows.filter((r) => r.variant === name);
      const speeds = mine.map((r) => fmt(BYTES / 1024 ** 2 / r.seconds, 0)).join(', ');
      const ratio = median(mine.map((r) => direct.get(r.round) / r.seconds));
      const cpu = name === 'Glance direct' ? '–' : mine.map((r) => fmt(r.cpuPerGiB, 2)).join(', ');
      const rss = name === 'Glance direct' ? '–' : `${fmt(Math.max(...mine.map((r) => r.rssGrowthMb)), 0)} MB`;
      lines.push(`| ${name} | ${speeds} | **${fmt(ratio, 2)}** | ${cpu} | ${rss} |`);
    }
    const hops = rows.filter((r) => r.hops);
    if (hops.length) {
      lines.push('', `Cluster ${kind}s, from its nginx's access log: the replica's part (${kind === 'upload' ? 'the auth_request subrequest, before a byte goes to Glance' : 'its answer before the X-Accel-Redirect'}), the Glance leg, the whole request (s).`, '');
      lines.push('| path | round | replica | Glance | whole |', '|---|---|---|---|---|');
      for (const r of hops) lines.push(`| ${r.variant} | ${r.round} | ${fmt(r.hops.replica, 3)} | ${fmt(r.hops.glance, 2)} | ${fmt(r.hops.total, 2)} |`);
    }
    const chunks = rows.filter((r) => r.stats && r.round === 1);
    if (chunks.length) {
      lines.push('', `Bare Node ${kind}, round 1, inside the process: chunks the proxy handled (count, mean / median / largest KiB), its own CPU and GC time.`, '');
      lines.push('| mode | chunks | mean KiB | median KiB | max KiB | CPU s | GC ms |', '|---|---|---|---|---|---|---|');
      for (const r of chunks) lines.push(`| ${r.stats.mode} | ${r.stats.chunks} | ${fmt(r.stats.meanKiB, 1)} | ${fmt(r.stats.p50KiB, 1)} | ${fmt(r.stats.maxKiB, 1)} | ${fmt(r.stats.cpuSeconds, 2)} | ${fmt(r.stats.gcMs, 0)} |`);
    }
    return lines.join('\n');
  };
  const parts = [
    `## Byte path, ${SIZE}: Glance direct, bare proxies, Iris alone, Iris behind nginx`,
    '',
    `Command: \`BENCH_BYTE_PATH_MIB=${MIB} BENCH_BYTE_PATH_ROUNDS=${ROUNDS} node scripts/bench/byte-path.mjs\` (part of \`npm run bench\`, which starts the cluster for it: \`IRIS_CLUSTER_BYTE_PATH=nginx npm run cluster\`; ${MIB} MiB of random bytes in /dev/shm, ${ROUNDS} round(s), every path in each round, curl to /dev/null or \`curl -T\`; uploads are checked \`active\` with the file's md5 in Glance). Iris and the bare Node pass-through both run with \`node ${NODE_FLAGS.join(' ')}\` (server/node-flags.mjs). CPU: user + system seconds of the proxy's own processes (nginx master + worker, the Node process, or the cluster's nginx + both replicas) from \`/proc/<pid>/stat\`; RSS: their summed VmRSS sampled every 50 ms. Load average (1/5/15 min) at the start ${facts.load0.map((x) => fmt(x, 1)).join(' / ')}, at the end ${facts.load1.map((x) => fmt(x, 1)).join(' / ')}: other engineers share these 2 cores, so compare rows within a round, not with other runs.${facts.clusterUp ? '' : ' No cluster was running: its row is missing.'}`,
    '',
  ];
  parts.push('### Against the targets', '', ...targets(results), '');
  if (facts.replicas.length)
    parts.push(
      `RSS of each cluster replica over this whole run (start → peak, end): ${facts.replicas.map((r) => `${r.name} ${fmt(r.start, 0)} → ${fmt(r.peak, 0)} MB, ${fmt(r.end, 0)} MB (growth **${fmt(r.peak - r.start, 0)} MB**)`).join('; ')}. Target: < 100 MB each.`,
      '',
    );
  if (results.download.length) parts.push('### Download', '', table(results.download, 'download'), '');
  if (results.upload.length) parts.push('### Upload', '', table(results.upload, 'upload'), '');
  writeSection(`byte-path-${SIZE.replace(' ', '')}`, parts.join('\n'));
}

try {
  await main();
} finally {
  rmSync(FILE, { force: true });
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      /* already gone */
    }
  }
}
