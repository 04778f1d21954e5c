import { execFileSync } from 'node:child_process';

/**
 * Start (or restart) the cluster exactly as `npm run cluster` does, on the nginx byte path
 * (image bytes nginx <-> Glance) unless IRIS_CLUSTER_BYTE_PATH says otherwise.
 */
export default function globalSetup() {
  execFileSync('bash', ['scripts/cluster/up.sh'], {
    stdio: 'inherit',
    timeout: 900_000,
    env: { ...process.env, IRIS_CLUSTER_BYTE_PATH: process.env.IRIS_CLUSTER_BYTE_PATH ?? 'nginx' },
  });
}
