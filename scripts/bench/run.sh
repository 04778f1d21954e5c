#!/usr/bin/env bash
# npm run bench: every benchmark against a production build and the real local Keystone + Glance;
# each script rewrites its own section of docs/benchmarks.md. Loopback only, bounded in time.
#   env: IRIS_BENCH_BUILD=1 rebuilds even if .next exists;
#        IRIS_BENCH_ONLY="byte-path-1g cluster-load …" runs only those parts (names below), e.g. one
#        at a time under the machine's lock
# Each piece also runs alone (after a build; the list bench starts its own stack):
#   node scripts/bench/bundle.mjs | concurrency.mjs | download.mjs | name-index-memory.mjs
#   IRIS_BENCH_IMAGES=10000 node scripts/bench/list.mjs
want() { [[ -z ${IRIS_BENCH_ONLY:-} || " $IRIS_BENCH_ONLY " == *" $1 "* ]]; }
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh
bash scripts/openstack/ensure.sh
# shellcheck disable=SC1091
source scripts/stack-env.sh
if [[ ${IRIS_BENCH_BUILD:-0} == 1 || ! -f .next/BUILD_ID ]]; then npx next build; fi

# these start (and stop) their own Iris (server/start.mjs)
for bench in bundle concurrency download; do
  want "$bench" || continue
  printf '\n== bench: %s\n' "$bench"
  node "scripts/bench/$bench.mjs"
done

# Issue 15, side by side in one run: Glance direct, bare tuned nginx, bare Node pass-through, Iris
# alone and Iris behind nginx (the cluster on the nginx byte path, started here and stopped after),
# 1 GiB twice and 4 GiB once; then 50 users against two replicas and one. About 15 minutes.
if want byte-path-1g || want byte-path-4g || want cluster-load; then
  # the replicas report their V8 heap to cluster-load.mjs (scripts/bench/memory-probe.mjs; a no-op elsewhere)
  IRIS_BENCH_MEMORY_DIR="${IRIS_CLUSTER_STATE:-${IRIS_OPENSTACK_STATE:-/tmp/iris-openstack}/cluster}/run" \
    NODE_OPTIONS="--import $PWD/scripts/bench/memory-probe.mjs" \
    IRIS_CLUSTER_BYTE_PATH=nginx bash scripts/cluster/up.sh >"${TMPDIR:-/tmp}/iris-bench-cluster.log"
  trap 'bash scripts/cluster/down.sh >/dev/null 2>&1 || true' EXIT
  # the cluster's build is in .next now: Iris alone below runs the same build
  if want byte-path-1g; then
    printf '\n== bench: byte path, 1 GiB\n'
    BENCH_BYTE_PATH_MIB=1024 BENCH_BYTE_PATH_ROUNDS=2 BENCH_CPU_PROF=1 node scripts/bench/byte-path.mjs
  fi
  if want byte-path-4g; then
    printf '\n== bench: byte path, 4 GiB\n'
    BENCH_BYTE_PATH_MIB=4096 BENCH_BYTE_PATH_ROUNDS=1 BENCH_BYTE_PATH_NODE_MODES=undici,request-web,http node scripts/bench/byte-path.mjs
  fi
  if want cluster-load; then
    printf '\n== bench: cluster load\n'
    node scripts/bench/cluster-load.mjs
  fi
  bash scripts/cluster/down.sh >/dev/null
  trap - EXIT
fi

# upload.mjs measures a server it is given
if want upload; then
  PORT=3301
  setsid node --initial-old-space-size=128 server/start.mjs -H 127.0.0.1 -p "$PORT" >"${TMPDIR:-/tmp}/iris-bench-next.log" 2>&1 &
  SERVER=$!
  trap 'kill -- -"$SERVER" 2>/dev/null || true' EXIT
  for _ in $(seq 60); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" && break; sleep 1; done
  printf '\n== bench: upload\n'
  # 1 GiB three times, PUT and glance-direct side by side; then 4 GiB once, PUT only (about 9 minutes on this machine)
  for size_rounds in "$((1024 ** 3)):3:1" "$((4 * 1024 ** 3)):1:0"; do
    IFS=: read -r bytes rounds staged <<<"$size_rounds"
    IRIS_BENCH_UPLOAD_BYTES=$bytes IRIS_BENCH_ROUNDS=$rounds IRIS_BENCH_GLANCE_DIRECT=$staged \
      IRIS_BENCH_URL="http://127.0.0.1:$PORT" IRIS_BENCH_SERVER_PID="$SERVER" node scripts/bench/upload.mjs
  done
  kill -- -"$SERVER" 2>/dev/null || true
  trap - EXIT
fi

# the name index's memory and scan time (no server)
if want name-index-memory; then
  printf '\n== bench: name-index-memory\n'
  node scripts/bench/name-index-memory.mjs
fi

# the list bench on its own stack (scripts/bench/stack.sh), with 10,000 then 100,000 records
if want list; then
  for count in 10000 100000; do
    printf '\n== bench: list with %s records\n' "$count"
    IRIS_BENCH_IMAGES=$count node scripts/bench/list.mjs
  done
fi
echo; echo "written: docs/benchmarks.md"
