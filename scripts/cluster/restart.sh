#!/usr/bin/env bash
# npm run cluster:restart [-- a b]: rolling restart of the replicas (all, or those named), one at
# a time, each back and serving before the next goes down, so nginx always has one to send
# requests to (docs/deployment.md). Also brings back a replica that died. Run it after a build
# made with the same NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (up.sh's build is).
set -euo pipefail
cd "$(dirname "$0")/../.."
_CLUSTER_TAG=cluster-restart
# shellcheck source=scripts/cluster/lib.sh
source scripts/cluster/lib.sh
# shellcheck disable=SC1091
source scripts/stack-env.sh
load_secrets

# nginx marks a replica that refused a connection as down for fail_timeout (10 s) and keeps
# probing it: the next replica goes down only once nginx sends requests to this one again.
served_by_nginx() { # name
  local _
  for _ in $(seq 60); do
    curl -ksf -o /dev/null -D - "https://127.0.0.1:$HTTPS_PORT/login" | grep -qi "^x-iris-replica: $1" && return 0
    sleep 0.5
  done
  die "nginx sends no request to replica $1 (see $CLUSTER/nginx/error.log)"
}

wanted=" ${*:-${REPLICAS[*]}} "
for i in "${!REPLICAS[@]}"; do
  [[ $wanted == *" ${REPLICAS[$i]} "* ]] || continue
  stop_replica "$i"
  start_replica "$i"
  wait_replica "$i"
  served_by_nginx "${REPLICAS[$i]}"
  log "replica ${REPLICAS[$i]} is back on :$(replica_port "$i") and nginx sends it requests"
done
