#!/usr/bin/env bash
# npm run bench: every benchmark, each writing its own section of docs/benchmarks.md.
# Needs a production build (npx next build) and the local stack (scripts/openstack/ensure.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck disable=SC1091
source scripts/stack-env.sh
node scripts/bench/bundle.mjs
node scripts/bench/concurrency.mjs
node scripts/bench/list.mjs
