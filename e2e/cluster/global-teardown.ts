import { execFileSync } from 'node:child_process';

export default function globalTeardown() {
  execFileSync('bash', ['scripts/cluster/down.sh'], { stdio: 'inherit', timeout: 120_000 });
}
