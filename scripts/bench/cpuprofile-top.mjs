// Summarise a V8 .cpuprofile (node --cpu-prof) as markdown: self time by where the code lives,
// then the functions with the most self time. Idle time is left out of the shares.
// FROM and TO (µs of CLOCK_MONOTONIC, as process.hrtime and V8's profile timestamps count on
// Linux) keep only the samples of that window, e.g. one transfer without start-up and sign-in.
//   node scripts/bench/cpuprofile-top.mjs FILE.cpuprofile [TOP=12] [FROM TO]
import { readFileSync } from 'node:fs';

const [file, topArg = '12', fromArg, toArg] = process.argv.slice(2);
const [from, to] = [Number(fromArg ?? -Infinity), Number(toArg ?? Infinity)];
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  at += delta;
  if (at >= from && at <= to) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
});

const AREAS = [
  ['(idle)', /^\(idle\)$/],
  ['garbage collector', /^\(garbage collector\)$/],
  ['V8 / native, outside JS', /^\(program\)$/],
  ['web streams (node:internal/webstreams)', /node:internal\/webstreams/],
  ['Node streams', /node:internal\/streams|node:stream/],
  ['Node net / http / tls', /node:(internal\/)?(net|_http|http|tls|stream_base|internal\/http)/],
  ['undici', /undici/],
  ['Next.js', /next\/dist|\.next\//],
  ['other Node internals', /^node:/],
];
const areaOf = (node) => {
  const { functionName, url } = node.callFrame;
  const key = url || functionName;
  return AREAS.find(([, re]) => re.test(key))?.[0] ?? (url ? 'other JS' : 'native');
};

const areas = new Map();
const fns = new Map();
let total = 0;
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  const area = areaOf(node);
  areas.set(area, (areas.get(area) ?? 0) + us);
  if (area === '(idle)') continue;
  total += us;
  const { functionName, url, lineNumber } = node.callFrame;
  const short = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\.next\//, '.next/');
  const key = `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim();
  fns.set(key, (fns.get(key) ?? 0) + us);
}
const pct = (us) => `${((100 * us) / total).toFixed(1)} %`;
const s = (us) => (us / 1e6).toFixed(2);
const window = Number.isFinite(from) ? ` in the window of the transfer (profile ${s(profile.startTime)}–${s(profile.endTime)} s, window ${s(from)}–${s(to)} s)` : '';
const out = [`Busy (not idle) ${s(total)} s of ${s([...areas.values()].reduce((a, b) => a + b, 0))} s sampled${window}.`, '', '| where | self s | share of busy |', '|---|---|---|'];
for (const [area, us] of [...areas].filter(([a]) => a !== '(idle)').sort((a, b) => b[1] - a[1])) out.push(`| ${area} | ${s(us)} | ${pct(us)} |`);
out.push('', '| function (self time) | s | share |', '|---|---|---|');
for (const [fn, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg))) out.push(`| \`${fn.replace(/\|/g, '\\|')}\` | ${s(us)} | ${pct(us)} |`);
console.log(out.join('\n'));
