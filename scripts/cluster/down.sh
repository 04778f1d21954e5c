#!/usr/bin/env bash
# npm run cluster:down: stop the cluster's nginx and replicas (only ours: by pidfile, after
# checking the process still names our cluster dir). The OpenStack services keep running.
set -euo pipefail
cd "$(dirname "$0")/../.."
_CLUSTER_TAG=cluster-down
# shellcheck source=scripts/cluster/lib.sh
source scripts/cluster/lib.sh

if pid=$(our_pid "$CLUSTER/nginx/nginx.pid"); then
  kill -QUIT "$pid"
  for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  log "nginx stopped (pid $pid)"
fi
for i in "${!REPLICAS[@]}"; do stop_replica "$i"; done
