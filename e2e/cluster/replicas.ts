import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';

/** The cluster's state dir (scripts/cluster/lib.sh): pidfiles, logs, nginx's files. */
export const clusterState = process.env.IRIS_CLUSTER_STATE ?? `${process.env.IRIS_OPENSTACK_STATE ?? '/tmp/iris-openstack'}/cluster`;

/**
 * Every X-Iris-Replica of the answers to requests the page makes from now on, in order. A request
 * sent before (say, a prefetch whose headers a replica sent just before it was killed) is not counted.
 */
export function recordReplicas(page: Page): string[] {
  const seen: string[] = [];
  const sent = new Set<Request>();
  page.on('request', (request) => sent.add(request));
  page.on('response', (response) => {
    const replica = response.headers()['x-iris-replica'];
    if (replica && sent.has(response.request())) seen.push(replica);
  });
  return seen;
}

/** Server errors (5xx) among the page's responses from now on: what a user would have hit. */
export function recordServerErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return errors;
}

function replicaGroup(name: string): number {
  return -Number(readFileSync(`${clusterState}/run/replica-${name}.pid`, 'utf8'));
}

/** Kill a replica's whole process group at once, as a crash or OOM kill would. */
export function killReplica(name: string) {
  process.kill(replicaGroup(name), 'SIGKILL');
}

/**
 * Stop a replica from running (SIGSTOP), as a long GC pause or a starved CPU would: its kernel still
 * accepts connections and takes requests into the socket, which nobody reads until it runs again.
 */
export function freezeReplica(name: string) {
  process.kill(replicaGroup(name), 'SIGSTOP');
}

/** The bytes received on `port`'s established connections and not yet read by the server (/proc/net/tcp). */
export function unreadBytesAt(port: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '01')
    .reduce((sum, cols) => sum + parseInt(cols[4]!.split(':')[1]!, 16), 0);
}

/** Bring replicas back, one after the other, each once nginx sends it requests again. */
export function restartReplica(...names: string[]) {
  execFileSync('bash', ['scripts/cluster/restart.sh', ...names], { stdio: 'inherit', timeout: 300_000 });
}

/**
 * Start a replica that is down and wait until it answers on its own port, without asking nginx
 * (restart.sh waits for nginx to send it requests, which a frozen peer would hold up).
 */
export function startReplica(name: 'a' | 'b') {
  const index = name === 'a' ? 0 : 1;
  execFileSync('bash', ['-c', `source scripts/cluster/lib.sh && load_secrets && start_replica ${index} && wait_replica ${index}`], { stdio: 'inherit', timeout: 120_000 });
}

/** Replica `name`'s port (scripts/cluster/lib.sh: a on REPLICA_PORT, b on the next). */
export function replicaPort(name: 'a' | 'b'): number {
  const offset = Number(process.env.IRIS_PORT_OFFSET ?? 0);
  return Number(process.env.IRIS_CLUSTER_REPLICA_PORT ?? 3270 + offset) + (name === 'b' ? 1 : 0);
}
