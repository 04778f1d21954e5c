// Upload benchmark: a file of IRIS_BENCH_UPLOAD_BYTES through Iris's streaming route (PUT /api/uploads/{id}) against a direct
// `curl -T` to Glance, in the same run; and the same for glance-direct (PUT …?via=glance-direct to
// Glance's staging area, then the import until active). Samples the Next server's RSS from
// /proc/<pid>/status to show the route never buffers the body. Writes its section of docs/benchmarks.md.
//
//   node scripts/bench/upload.mjs            (npm run bench starts Iris and runs this)
//   env: IRIS_BENCH_URL (http://127.0.0.1:3102), IRIS_BENCH_SERVER_PID (else: the process listening
//        on the URL's port), IRIS_BENCH_ROUNDS (3), IRIS_BENCH_UPLOAD_BYTES (1 GiB), KEYSTONE_URL, GLANCE_URL,
//        IRIS_BENCH_GLANCE_DIRECT (1: also stage + import; 0: the plain PUT only)
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import os from 'node:os';
import { glanceCall, keystoneToken, median, rssKb, signInCookie } from './lib.mjs';
import { cpuSeconds } from './process-cpu.mjs';

const BASE = process.env.IRIS_BENCH_URL ?? 'http://127.0.0.1:3102';
const GLANCE = process.env.GLANCE_URL ?? 'http://127.0.0.1:9292';
const ROUNDS = Number(process.env.IRIS_BENCH_ROUNDS ?? 3);
const BYTES = Number(process.env.IRIS_BENCH_UPLOAD_BYTES ?? 1024 ** 3);
const RSS_LIMIT_MB = 100;
const GLANCE_DIRECT = process.env.IRIS_BENCH_GLANCE_DIRECT !== '0';
const IMPORT_TIMEOUT_MS = 600_000;
const SIZE_LABEL = BYTES % 1024 ** 3 === 0 ? `${BYTES / 1024 ** 3} GiB` : `${Math.round(BYTES / 1024 ** 2)} MiB`;
const FILE = `${os.tmpdir()}/iris-bench/upload-${BYTES}.bin`;
const DOC = 'docs/benchmarks.md';
const USER = { name: 'demo', password: 'demo-secret', project: 'demo' };
const MiB = 1024 ** 2;

function makeFile() {
  if (existsSync(FILE) && statSync(FILE).size === BYTES) return;
  mkdirSync(`${os.tmpdir()}/iris-bench`, { recursive: true });
  // random bytes: nothing on the path can compress or deduplicate them
  const fd = openSync(FILE, 'w');
  const chunk = Buffer.alloc(16 * MiB);
  for (let written = 0; written < BYTES; written += chunk.length) writeSync(fd, randomFillSync(chunk), 0, Math.min(chunk.length, BYTES - written));
  closeSync(fd);
}

async function md5Of(path) {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest('hex');
}

const glance = (token, method, path, body) => glanceCall(GLANCE, token, method, path, body);

async function newImage(token, label) {
  const res = await glance(token, 'POST', '/v2/images', { name: `bench-upload-${label}-${Date.now()}`, disk_format: 'raw', container_format: 'bare', visibility: 'private' });
  if (res.status !== 201) throw new Error(`create image: ${res.status}`);
  return res.body.id;
}

function serverPid() {
  if (process.env.IRIS_BENCH_SERVER_PID) return Number(process.env.IRIS_BENCH_SERVER_PID);
  const port = new URL(BASE).port;
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`no process listens on port ${port}: start Iris first (npm run bench does)`);
  return Number(pid);
}


/** curl -T, timing and status from curl itself; RSS of `pid` sampled every 50 ms meanwhile. */
function curlPut(url, headers, pid) {
  return new Promise((resolve, reject) => {
    const args = ['-sS', '-o', '/dev/null', '-w', '%{http_code} %{time_total}', '-T', FILE, '-X', 'PUT', '-H', 'content-type: application/octet-stream'];
    for (const [key, value] of Object.entries(headers)) args.push('-H', `${key}: ${value}`);
    const curl = spawn('curl', [...args, url]);
    let out = '';
    let peak = 0;
    const timer = pid ? setInterval(() => (peak = Math.max(peak, rssKb(pid))), 50) : undefined;
    curl.stdout.on('data', (d) => (out += d));
    curl.stderr.on('data', (d) => process.stderr.write(d));
    curl.on('error', reject);
    curl.on('close', () => {
      clearInterval(timer);
      const [status, seconds] = out.trim().split(' ');
      resolve({ status: Number(status), seconds: Number(seconds), peakKiB: peak });
    });
  });
}

async function uploadDirect(token) {
  const id = await newImage(token, 'direct');
  const result = await curlPut(`${GLANCE}/v2/images/${id}/file`, { 'x-auth-token': token });
  return { ...result, id, ok: result.status === 204 };
}

async function uploadViaIris(token, cookie, pid) {
  const id = await newImage(token, 'iris');
  const baseline = rssKb(pid);
  const cpuBefore = cpuSeconds([pid]);
  const result = await curlPut(`${BASE}/api/uploads/${id}`, { cookie, origin: new URL(BASE).origin }, pid);
  const cpu = cpuSeconds([pid]) - cpuBefore;
  return { ...result, id, ok: result.status === 200, baselineKiB: baseline, cpu, growthMB: (Math.max(result.peakKiB, baseline) - baseline) / 1024 };
}

/** glance-direct's second step, as Iris's importStagedImage does it (one POST), timed until Glance says active. */
async function importUntilActive(token, id) {
  const started = performance.now();
  const res = await glance(token, 'POST', `/v2/images/${id}/import`, { method: { name: 'glance-direct' } });
  if (res.status !== 202) throw new Error(`import ${id}: HTTP ${res.status}`);
  for (;;) {
    const { body } = await glance(token, 'GET', `/v2/images/${id}`);
    if (body.status === 'active') return (performance.now() - started) / 1000;
    if (body.status === 'queued' || performance.now() - started > IMPORT_TIMEOUT_MS) throw new Error(`import ${id}: ${body.status}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function stageDirect(token) {
  const id = await newImage(token, 'stage-direct');
  const result = await curlPut(`${GLANCE}/v2/images/${id}/stage`, { 'x-auth-token': token });
  if (result.status !== 204) return { ...result, id, ok: false };
  return { ...result, id, ok: true, importSeconds: await importUntilActive(token, id) };
}

async function stageViaIris(token, cookie, pid) {
  const id = await newImage(token, 'stage-iris');
  const baseline = rssKb(pid);
  const cpuBefore = cpuSeconds([pid]);
  const result = await curlPut(`${BASE}/api/uploads/${id}?via=glance-direct`, { cookie, origin: new URL(BASE).origin }, pid);
  const cpu = cpuSeconds([pid]) - cpuBefore;
  const growthMB = (Math.max(result.peakKiB, baseline) - baseline) / 1024;
  if (result.status !== 200) return { ...result, id, ok: false };
  return { ...result, id, ok: true, baselineKiB: baseline, cpu, growthMB, importSeconds: await importUntilActive(token, id) };
}

async function checkStored(token, id, md5) {
  const { body } = await glance(token, 'GET', `/v2/images/${id}`);
  await glance(token, 'DELETE', `/v2/images/${id}`);
  if (body.status !== 'active' || body.checksum !== md5) throw new Error(`image ${id}: ${body.status}, checksum ${body.checksum} ≠ ${md5}`);
}

const mibps = (seconds) => BYTES / MiB / seconds;

async function warmUp(token, cookie) {
  // loads the route's module and undici pool, so the baseline RSS is the server at rest, not cold
  const id = await newImage(token, 'warmup');
  const res = await fetch(`${BASE}/api/uploads/${id}`, { method: 'PUT', headers: { cookie, origin: new URL(BASE).origin, 'content-type': 'application/octet-stream' }, body: Buffer.alloc(MiB, 7) });
  await glance(token, 'DELETE', `/v2/images/${id}`);
  if (res.status !== 200) throw new Error(`warm-up upload through Iris: ${res.status} ${await res.text()}`);
  if (!GLANCE_DIRECT) return;
  // the staging path also reads the project's usage once (cached by Iris afterwards)
  const staged = await newImage(token, 'warmup-stage');
  const res2 = await fetch(`${BASE}/api/uploads/${staged}?via=glance-direct`, { method: 'PUT', headers: { cookie, origin: new URL(BASE).origin, 'content-type': 'application/octet-stream' }, body: Buffer.alloc(MiB, 7) });
  await glance(token, 'DELETE', `/v2/images/${staged}`);
  if (res2.status !== 200) throw new Error(`warm-up staging through Iris: ${res2.status} ${await res2.text()}`);
}

async function main() {
  makeFile();
  const md5 = await md5Of(FILE);
  const [token, cookie] = await Promise.all([keystoneToken(USER.name, USER.password, USER.project), signInCookie(USER.name, USER.password, BASE)]);
  const pid = serverPid();
  await warmUp(token, cookie);
  const rounds = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const direct = await uploadDirect(token);
    const iris = await uploadViaIris(token, cookie, pid);
    if (!direct.ok || !iris.ok) throw new Error(`round ${round}: direct HTTP ${direct.status}, Iris HTTP ${iris.status}`);
    await checkStored(token, direct.id, md5);
    await checkStored(token, iris.id, md5);
    console.log(`round ${round}: direct ${direct.seconds.toFixed(2)} s, Iris ${iris.seconds.toFixed(2)} s, RSS growth ${iris.growthMB.toFixed(1)} MB`);
    let staged;
    if (GLANCE_DIRECT) {
      const stageDirectResult = await stageDirect(token);
      const stageIris = await stageViaIris(token, cookie, pid);
      if (!stageDirectResult.ok || !stageIris.ok) throw new Error(`round ${round}: stage direct HTTP ${stageDirectResult.status}, stage via Iris HTTP ${stageIris.status}`);
      await checkStored(token, stageDirectResult.id, md5);
      await checkStored(token, stageIris.id, md5);
      staged = { direct: stageDirectResult, iris: stageIris };
      console.log(`round ${round}: glance-direct stage direct ${stageDirectResult.seconds.toFixed(2)} s (+ import ${stageDirectResult.importSeconds.toFixed(2)} s), via Iris ${stageIris.seconds.toFixed(2)} s (+ import ${stageIris.importSeconds.toFixed(2)} s), RSS growth ${stageIris.growthMB.toFixed(1)} MB`);
    }
    rounds.push({ round, direct, iris, staged });
  }
  const report = summarize(rounds, md5);
  writeSection(report.markdown);
  console.log(report.markdown);
  if (!report.pass) process.exitCode = 1;
}

function summarize(rounds, md5) {
  const ratio = median(rounds.map((r) => mibps(r.iris.seconds) / mibps(r.direct.seconds)));
  const growth = Math.max(...rounds.flatMap((r) => [r.iris.growthMB, ...(r.staged ? [r.staged.iris.growthMB] : [])]));
  const pass = growth < RSS_LIMIT_MB;
  const rows = rounds.map(
    (r) =>
      `| ${r.round} | ${r.direct.seconds.toFixed(2)} s (${mibps(r.direct.seconds).toFixed(0)} MiB/s) | ${r.iris.seconds.toFixed(2)} s (${mibps(r.iris.seconds).toFixed(0)} MiB/s) | ${(mibps(r.iris.seconds) / mibps(r.direct.seconds)).toFixed(2)} | ${r.iris.cpu.toFixed(1)} s | ${(r.iris.baselineKiB / 1024).toFixed(0)} MB | ${(r.iris.peakKiB / 1024).toFixed(0)} MB | ${r.iris.growthMB.toFixed(1)} MB |`,
  );
  const markdown = [
    `## Upload: ${SIZE_LABEL} through Iris vs. direct to Glance`,
    '',
    `Run ${new Date().toISOString()} on ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (other processes share the machine).`,
    '',
    'Command: `npm run bench` (runs `node scripts/bench/upload.mjs` against Iris (`server/start.mjs`) on a production build).',
    `File: ${(BYTES / MiB).toFixed(0)} MiB of random bytes, md5 \`${md5}\`. Both uploads are checked \`active\` with that checksum in Glance.`,
    'Direct: `curl -T file -X PUT $GLANCE/v2/images/{id}/file` with the token. Iris: `curl -T file -X PUT $IRIS/api/uploads/{id}` with the session cookie and Origin;',
    'the route streams the body to Glance with undici. RSS: `VmRSS` of the `next-server` process in `/proc/<pid>/status`, sampled every 50 ms; baseline taken after a 1 MiB warm-up upload.',
    'Iris CPU time: user + system seconds the `next-server` process spent during that upload (`/proc/<pid>/stat`). Rounds alternate direct and Iris so both see the same machine load.',
    '',
    '| round | direct to Glance | through Iris | throughput ratio (Iris / direct) | Iris CPU time | RSS before | RSS peak | RSS growth |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...(rounds[0]?.staged ? stagedTable(rounds) : []),
    '',
    `**Throughput ratio (median): ${ratio.toFixed(2)}.** **Largest RSS growth: ${growth.toFixed(1)} MB** (limit ${RSS_LIMIT_MB} MB, both paths): ${pass ? 'PASS' : 'FAIL'}.`,
  ].join('\n');
  return { markdown, pass };
}

/** glance-direct beside the PUT: the bytes to Glance's staging area, then the import until active. */
function stagedTable(rounds) {
  const total = (r) => r.seconds + r.importSeconds;
  const ratio = median(rounds.map((r) => mibps(r.staged.iris.seconds) / mibps(r.staged.direct.seconds)));
  return [
    '',
    `### glance-direct: the same ${SIZE_LABEL} staged, then imported`,
    '',
    'Direct: `curl -T file -X PUT $GLANCE/v2/images/{id}/stage` with the token. Iris: `curl -T file -X PUT "$IRIS/api/uploads/{id}?via=glance-direct"` (the same route, streamed to `/stage`).',
    'Then, for both, `POST /v2/images/{id}/import` `{"method":{"name":"glance-direct"}}` (one call, what Iris’s `importStagedImage` sends) and `GET` every 250 ms until `active`:',
    'the import reads the staged file, runs the import plugins (a raw file is inspected, not converted) and writes it to the store, computing the checksums. Same RSS and CPU sampling as above.',
    '',
    '| round | stage direct | stage through Iris | ratio (Iris / direct) | Iris CPU time | RSS growth | import until active (direct / Iris) | upload + import (direct / Iris) | PUT /file through Iris (above) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rounds.map(
      ({ round, iris, staged: { direct, iris: via } }) =>
        `| ${round} | ${direct.seconds.toFixed(2)} s (${mibps(direct.seconds).toFixed(0)} MiB/s) | ${via.seconds.toFixed(2)} s (${mibps(via.seconds).toFixed(0)} MiB/s) | ${(mibps(via.seconds) / mibps(direct.seconds)).toFixed(2)} | ${via.cpu.toFixed(1)} s | ${via.growthMB.toFixed(1)} MB | ${direct.importSeconds.toFixed(2)} s / ${via.importSeconds.toFixed(2)} s | ${total(direct).toFixed(2)} s / ${total(via).toFixed(2)} s | ${iris.seconds.toFixed(2)} s |`,
    ),
    '',
    `**Staging throughput ratio (median): ${ratio.toFixed(2)}.**`,
  ];
}

function writeSection(markdown) {
  // one section per file size
  const begin = `<!-- bench:upload-${SIZE_LABEL.replace(' ', '')}:begin -->`;
  const end = `<!-- bench:upload-${SIZE_LABEL.replace(' ', '')}:end -->`;
  const section = `${begin}\n${markdown}\n${end}`;
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmarks\n\nWritten by `npm run bench`; each script replaces only its own section.\n';
  const next = doc.includes(begin) ? doc.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), section) : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(DOC, next);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
