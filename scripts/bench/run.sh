#!/usr/bin/env bash
# npm run bench: every benchmark against a production build and the real local Keystone + Glance;
# each script rewrites its own section of docs/benchmarks.md. Loopback only, bounded in time.
#   env: IRIS_BENCH_BUILD=1 rebuilds even if .next exists
# Each piece also runs alone (after a build; the list bench starts its own stack):
#   node scripts/bench/bundle.mjs | concurrency.mjs | download.mjs | name-index-memory.mjs
#   IRIS_BENCH_IMAGES=10000 node scripts/bench/list.mjs
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh
bash scripts/openstack/ensure.sh
# shellcheck disable=SC1091
source scripts/stack-env.sh
if [[ ${IRIS_BENCH_BUILD:-0} == 1 || ! -f .next/BUILD_ID ]]; then npx next build; fi

# these start (and stop) their own Iris (server/start.mjs)
for bench in bundle concurrency download; do
  printf '\n== bench: %s\n' "$bench"
  node "scripts/bench/$bench.mjs"
done

# upload.mjs measures a server it is given
PORT=3301
setsid node server/start.mjs -H 127.0.0.1 -p "$PORT" >"${TMPDIR:-/tmp}/iris-bench-next.log" 2>&1 &
SERVER=$!
trap 'kill -- -"$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" && break; sleep 1; done
printf '\n== bench: upload\n'
# 1 GiB three times, then 4 GiB once (about 6 minutes on this machine)
for size_rounds in "$((1024 ** 3)):3" "$((4 * 1024 ** 3)):1"; do
  IRIS_BENCH_UPLOAD_BYTES=${size_rounds%:*} IRIS_BENCH_ROUNDS=${size_rounds#*:} \
    IRIS_BENCH_URL="http://127.0.0.1:$PORT" IRIS_BENCH_SERVER_PID="$SERVER" node scripts/bench/upload.mjs
done

# the name index's memory and scan time (no server)
printf '\n== bench: name-index-memory\n'
node scripts/bench/name-index-memory.mjs

# the list bench on its own stack (scripts/bench/stack.sh), with 10,000 then 100,000 records
for count in 10000 100000; do
  printf '\n== bench: list with %s records\n' "$count"
  IRIS_BENCH_IMAGES=$count node scripts/bench/list.mjs
done
echo; echo "written: docs/benchmarks.md"
