// CPU seconds per process role (nginx, each replica, each Glance, Keystone, the bench itself)
// and for the whole machine, from /proc: snapshot before a run, `cpuSince(before)` after it.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ: Linux reports /proc times in 1/100 s on every common build

function readOr(path, fallback) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

/** /proc/<pid>/stat's fields after the command name (which may hold spaces); undefined once it is gone. */
function statFields(pid) {
  const stat = readOr(`/proc/${pid}/stat`, '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields.length < 13 ? undefined : fields;
}

/** User + system CPU ticks of a process (its own threads), from its stat fields. */
const ticksOf = (fields) => Number(fields[11]) + Number(fields[12]);

/** User + system CPU seconds so far of these processes together (one that is gone counts 0). */
export function cpuSeconds(pids) {
  return pids.reduce((sum, pid) => sum + ((fields) => (fields ? ticksOf(fields) : 0))(statFields(pid)), 0) / TICKS_PER_SECOND;
}

/** Every live process: pid, parent, command line and CPU ticks (user + system, its own threads). */
function processes() {
  const list = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(entry);
    if (!fields) continue;
    list.push({ pid: Number(entry), ppid: Number(fields[1]), ticks: ticksOf(fields), cmd: readOr(`/proc/${entry}/cmdline`, '').replaceAll('\0', ' ') });
  }
  return list;
}

/** The pids `roots` and all their descendants. */
function withDescendants(all, roots) {
  const pids = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (pids.has(p.pid) || !pids.has(p.ppid)) continue;
      pids.add(p.pid);
      grew = true;
    }
  }
  return pids;
}

/** Busy and idle ticks of the whole machine (all cores), from /proc/stat's first line. */
function machineTicks() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values;
  return { busy: user + nice + system + irq + softirq + steal, idle: idle + iowait };
}

/**
 * `roles`: name → function(all processes) returning the root pids of that role (descendants
 * count too). A process that exits between two snapshots loses its ticks; one that starts
 * counts from zero, so a replica restarted in between is counted from its restart.
 */
export function cpuSnapshot(roles) {
  const all = processes();
  const ticksOf = new Map(all.map((p) => [p.pid, p.ticks]));
  const byRole = {};
  for (const [name, rootsOf] of Object.entries(roles)) {
    byRole[name] = new Map([...withDescendants(all, rootsOf(all))].map((pid) => [pid, ticksOf.get(pid) ?? 0]));
  }
  return { at: performance.now(), byRole, machine: machineTicks() };
}

/** CPU seconds per role since `before`, the machine's busy and idle seconds, and the wall seconds. */
export function cpuSince(before, roles) {
  const after = cpuSnapshot(roles);
  const seconds = {};
  for (const [name, pids] of Object.entries(after.byRole)) {
    let ticks = 0;
    for (const [pid, now] of pids) ticks += now - (before.byRole[name]?.get(pid) ?? 0);
    seconds[name] = ticks / TICKS_PER_SECOND;
  }
  return {
    seconds,
    busy: (after.machine.busy - before.machine.busy) / TICKS_PER_SECOND,
    idle: (after.machine.idle - before.machine.idle) / TICKS_PER_SECOND,
    wall: (after.at - before.at) / 1000,
  };
}

/** Root pids of the processes whose command line contains every one of `parts`. */
export const byCommand = (...parts) => (all) => all.filter((p) => parts.every((part) => p.cmd.includes(part))).map((p) => p.pid);

/** The pid written in `file` (a pidfile), if that process lives. */
export const byPidFile = (file) => (all) => {
  const pid = Number(readOr(file, '').trim());
  return all.some((p) => p.pid === pid) ? [pid] : [];
};
