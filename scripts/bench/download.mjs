// Download: GET the image data straight from Glance vs through Iris's streaming route, same run.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { GLANCE, IRIS, keystoneToken, signInCookie, startIris, withRss, curl, writeSection, fmt, mbps } from './lib.mjs';

const SIZES_MIB = (process.env.BENCH_DOWNLOAD_MIB ?? '1024,4096').split(',').map(Number);

async function glanceJson(method, path, token, body) {
  const res = await fetch(`${GLANCE}${path}`, {
    method,
    headers: { 'x-auth-token': token, accept: 'application/json', 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  return res.status === 204 ? undefined : res.json();
}

/** A raw image with `mib` MiB of random bytes, uploaded directly to Glance. */
async function makeImage(token, mib) {
  const file = `/tmp/iris-bench-${mib}m.raw`;
  if (!existsSync(file) || statSync(file).size !== mib * 1024 ** 2) {
    execFileSync('dd', ['if=/dev/urandom', `of=${file}`, 'bs=1M', `count=${mib}`, 'status=none']);
  }
  const image = await glanceJson('POST', '/v2/images', token, { name: `bench-download-${mib}m`, disk_format: 'raw', container_format: 'bare', visibility: 'private' });
  const up = curl(['-T', file, '-X', 'PUT', '-H', `x-auth-token: ${token}`, '-H', 'content-type: application/octet-stream', `${GLANCE}/v2/images/${image.id}/file`]);
  if (up.code !== 204) throw new Error(`upload for download bench failed: ${up.code}`);
  return image.id;
}

const token = await keystoneToken();
const iris = await startIris();
const rows = [];
try {
  const cookie = await signInCookie();
  for (const mib of SIZES_MIB) {
    const id = await makeImage(token, mib);
    try {
      const direct = curl(['-H', `x-auth-token: ${token}`, `${GLANCE}/v2/images/${id}/file`]);
      const { result: via, baseKb, peakKb } = await withRss(iris.pid, async () => curl(['-H', `cookie: ${cookie}`, `${IRIS}/api/images/${id}/file`]));
      if (direct.code !== 200 || via.code !== 200 || via.downloaded !== mib * 1024 ** 2) throw new Error(`download failed: direct ${direct.code}, Iris ${via.code} ${via.downloaded} B`);
      rows.push({ mib, direct, via, growthMb: (peakKb - baseKb) / 1024 });
      console.log(`download ${mib} MiB: direct ${fmt(mbps(direct.downloaded, direct.seconds))} MiB/s, Iris ${fmt(mbps(via.downloaded, via.seconds))} MiB/s, RSS +${fmt((peakKb - baseKb) / 1024)} MB`);
    } finally {
      await glanceJson('DELETE', `/v2/images/${id}`, token);
    }
  }
} finally {
  iris.kill();
}

writeSection(
  'download',
  `## Download: Glance directly vs through Iris

Command: \`node scripts/bench/download.mjs\` (part of \`npm run bench\`; sizes via \`BENCH_DOWNLOAD_MIB=1024,4096\`). A raw image of random bytes is uploaded straight to Glance, then fetched with curl twice in the same run: \`GET $GLANCE/v2/images/{id}/file\` with the token, and \`GET $IRIS/api/images/{id}/file\` with the session cookie (the route streams Glance's body). RSS: \`VmRSS\` of the \`next-server\` process, sampled every 50 ms.

| size | direct to Glance | through Iris | ratio (Iris / direct) | next-server RSS growth |
|---|---|---|---|---|
${rows
  .map(
    (r) =>
      `| ${r.mib} MiB | ${fmt(r.direct.seconds, 2)} s (${fmt(mbps(r.direct.downloaded, r.direct.seconds))} MiB/s) | ${fmt(r.via.seconds, 2)} s (${fmt(mbps(r.via.downloaded, r.via.seconds))} MiB/s) | **${fmt(r.direct.seconds / r.via.seconds, 2)}** | ${fmt(r.growthMb)} MB |`,
  )
  .join('\n')}

Target: ratio ≥ 0.9.`,
);
