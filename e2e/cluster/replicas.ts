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

/** Kill a replica's whole process group at once, as a crash or OOM kill would. */
export function killReplica(name: string) {
  const pid = Number(readFileSync(`${clusterState}/run/replica-${name}.pid`, 'utf8'));
  process.kill(-pid, 'SIGKILL');
}

/** Bring a replica back and wait until nginx sends it requests again. */
export function restartReplica(name: string) {
  execFileSync('bash', ['scripts/cluster/restart.sh', name], { stdio: 'inherit', timeout: 300_000 });
}
