#!/usr/bin/env bash
# npm run bench: every benchmark against a production build and the real local Keystone + Glance;
# each script rewrites its own section of docs/benchmarks.md. Loopback only, bounded in time.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh
bash scripts/openstack/ensure.sh
# shellcheck disable=SC1091
source scripts/stack-env.sh
[[ -f .next/BUILD_ID ]] || npx next build
for bench in bundle concurrency download upload; do
  printf '\n== bench: %s\n' "$bench"
  node "scripts/bench/$bench.mjs"
done
# the list bench needs its own stack with >= 5,000 records
if [[ -f scripts/bench/list.mjs ]]; then
  bash scripts/bench/stack.sh
  node scripts/bench/list.mjs
fi
echo; echo "written: docs/benchmarks.md"
