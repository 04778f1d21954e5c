import { execFileSync } from 'node:child_process';

/** Start (or restart) the cluster exactly as `npm run cluster` does. */
export default function globalSetup() {
  execFileSync('bash', ['scripts/cluster/up.sh'], { stdio: 'inherit', timeout: 900_000 });
}
