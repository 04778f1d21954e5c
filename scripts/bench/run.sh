#!/usr/bin/env bash
# npm run bench: start a production Iris against the local Keystone + Glance, then run every
# scripts/bench/*.mjs against it. Each benchmark writes its own section of docs/benchmarks.md.
#   env: IRIS_BENCH_PORT (3102), IRIS_BENCH_BUILD=1 to rebuild even if .next exists
set -euo pipefail
cd "$(dirname "$0")/../.."

bash scripts/openstack/ensure.sh
# shellcheck disable=SC1091
source scripts/stack-env.sh
PORT=${IRIS_BENCH_PORT:-3102}
if [[ ${IRIS_BENCH_BUILD:-0} == 1 || ! -f .next/BUILD_ID ]]; then npx next build; fi

if ss -ltnH "sport = :$PORT" | grep -q .; then
  echo "port $PORT is busy: stop what runs there or set IRIS_BENCH_PORT" >&2
  exit 1
fi
setsid node node_modules/next/dist/bin/next start -H 127.0.0.1 -p "$PORT" >"${TMPDIR:-/tmp}/iris-bench-next.log" 2>&1 &
SERVER=$!
trap 'kill -- -"$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 60); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/login" && break
  sleep 1
done

status=0
for bench in scripts/bench/*.mjs; do
  echo "== $bench"
  IRIS_BENCH_URL="http://127.0.0.1:$PORT" IRIS_BENCH_SERVER_PID="$SERVER" node "$bench" || status=1
done
exit $status
