#!/usr/bin/env bash
# The bench's own Keystone + Glance (same scripts as the test stack, other state dir and ports),
# so the 10,000 bench records never reach the stack the e2e tests share.
#   IRIS_BENCH_STATE (/tmp/iris-openstack-bench), IRIS_BENCH_KEYSTONE_PORT (5001), IRIS_BENCH_GLANCE_PORT (9293),
#   IRIS_BENCH_OIDC_PORT (5566: its OpenID provider must not take the test stack's 5556)
#   bash scripts/bench/stack.sh          start (or re-check) and seed it
#   bash scripts/bench/stack.sh down     stop it
set -euo pipefail
cd "$(dirname "$0")/../.."
export IRIS_OPENSTACK_STATE=${IRIS_BENCH_STATE:-/tmp/iris-openstack-bench}
export IRIS_KEYSTONE_PORT=${IRIS_BENCH_KEYSTONE_PORT:-5001}
export IRIS_GLANCE_PORT=${IRIS_BENCH_GLANCE_PORT:-9293}
export IRIS_OIDC_PORT=${IRIS_BENCH_OIDC_PORT:-5566}
if [[ ${1:-} == down ]]; then exec bash scripts/openstack/down.sh; fi
bash scripts/openstack/ensure.sh
