// Shared helpers for `npm run bench`: start a production Iris, sign in through the real UI,
// sample RSS, time curl, and write one section of docs/benchmarks.md.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { request } from 'undici';
import { NODE_FLAGS } from '../../server/node-flags.mjs';

export const BENCH_PORT = Number(process.env.IRIS_BENCH_PORT ?? 3300);
export const IRIS = `http://127.0.0.1:${BENCH_PORT}`;
export const GLANCE = process.env.GLANCE_URL_DIRECT ?? 'http://127.0.0.1:9292';
export const KEYSTONE = process.env.KEYSTONE_URL ?? 'http://127.0.0.1:5000/v3';

/** Start Iris (server/start.mjs) as one process (so its PID is the server's), wait until it answers. */
export async function startIris(env = {}) {
  const child = spawn(process.execPath, [...NODE_FLAGS, 'server/start.mjs', '-H', '127.0.0.1', '-p', String(BENCH_PORT)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${IRIS}/login`)).ok) return child;
    } catch {
      /* not yet */
    }
    await sleep(200);
  }
  child.kill();
  throw new Error('Iris did not start');
}

/** One JSON call to a Glance API (`base`: the bench's own Glance URL), with a Keystone token. */
export async function glanceCall(base, token, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'x-auth-token': token, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Sign in through the login form in Chromium and return the session cookie header. */
export async function signInCookie(username = 'demo', password = 'demo-secret', base = IRIS) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    // the cluster's nginx serves a self-signed certificate
    const page = await browser.newPage({ ignoreHTTPSErrors: base.startsWith('https:') });
    await page.goto(`${base}/login`);
    await page.getByLabel('User name').fill(username);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('**/images**');
    const cookies = await page.context().cookies();
    return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await browser.close();
  }
}

/**
 * A project-scoped Keystone token for direct Glance calls. undici's request, not fetch: fetch
 * refuses "bad ports" such as 5060 (SIP), which is Keystone's port on isolated stack 6.
 */
export async function keystoneToken(username = 'demo', password = 'demo-secret', project = 'demo') {
  const res = await request(`${KEYSTONE}/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: { methods: ['password'], password: { user: { name: username, domain: { id: 'default' }, password } } },
        scope: { project: { name: project, domain: { id: 'default' } } },
      },
    }),
  });
  await res.body.dump();
  if (res.statusCode !== 201) throw new Error(`keystone ${res.statusCode}`);
  return res.headers['x-subject-token'];
}

export function rssKb(pid) {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

/** Sample a process's RSS every 50 ms while `work` runs; returns { result, baseKb, peakKb }. */
export async function withRss(pid, work) {
  const baseKb = rssKb(pid);
  let peakKb = baseKb;
  const timer = setInterval(() => {
    try {
      peakKb = Math.max(peakKb, rssKb(pid));
    } catch {
      /* exited */
    }
  }, 50);
  try {
    const result = await work();
    peakKb = Math.max(peakKb, rssKb(pid));
    return { result, baseKb, peakKb };
  } finally {
    clearInterval(timer);
  }
}

/**
 * `users` clients at once, `perUser` requests each, rotating over `urls`; `ok(res, body)` says a
 * request succeeded. Returns wall seconds, req/s, median and p95 latency (ms) and failures.
 */
export async function loadTest(urls, headers, ok, { users, perUser, dispatcher }) {
  const latencies = [];
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      for (let i = 0; i < perUser; i += 1) {
        const t0 = performance.now();
        try {
          const res = await request(urls[(user + i) % urls.length], { headers, dispatcher, headersTimeout: 60_000 });
          if (!ok(res, await res.body.text())) failures += 1;
        } catch {
          failures += 1;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { seconds, rps: latencies.length / seconds, median: median(latencies), p95: percentile(latencies, 95), failures };
}

/** Run curl and return its -w timing fields. */
export function curl(args) {
  const out = execFileSync('curl', ['-sS', '-o', '/dev/null', '-w', '%{http_code} %{time_total} %{size_upload} %{size_download} %{time_starttransfer}', ...args], {
    maxBuffer: 1 << 20,
  }).toString();
  const [code, total, up, down, ttfb] = out.trim().split(' ');
  return { code: Number(code), seconds: Number(total), uploaded: Number(up), downloaded: Number(down), ttfb: Number(ttfb) };
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
export const median = (values) => percentile(values, 50);

export function machineFacts() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

const DOC = 'docs/benchmarks.md';

/** Replace (or append) the section between <!-- bench:NAME --> markers in docs/benchmarks.md. */
export function writeSection(name, markdown) {
  const begin = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  let doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmarks\n\nWritten by `npm run bench`; each section says the command that produced it.\n';
  const block = `${begin}\n${markdown.trim()}\n\n_Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machineFacts()}._\n${end}`;
  const start = doc.indexOf(begin);
  doc = start >= 0 ? doc.slice(0, start) + block + doc.slice(doc.indexOf(end) + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, doc);
}

export const fmt = (n, digits = 1) => Number(n).toFixed(digits);
export const mbps = (bytes, seconds) => bytes / 1024 ** 2 / seconds;
