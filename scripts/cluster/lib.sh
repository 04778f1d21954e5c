# shellcheck shell=bash disable=SC2034  # variables are used by up.sh / down.sh
# lib.sh: defaults shared by the cluster's up.sh and down.sh (nginx in front of two `next start`
# replicas). Every port has its own env var; the defaults move with IRIS_PORT_OFFSET so parallel
# stacks (scripts/dev/isolated-env.sh) never collide.
OFFSET=${IRIS_PORT_OFFSET:-0}
OPENSTACK_STATE=${IRIS_OPENSTACK_STATE:-/tmp/iris-openstack}
CLUSTER=${IRIS_CLUSTER_STATE:-$OPENSTACK_STATE/cluster}
HTTPS_PORT=${IRIS_CLUSTER_HTTPS_PORT:-$((8443 + OFFSET))}
HTTP_PORT=${IRIS_CLUSTER_HTTP_PORT:-$((8080 + OFFSET))}
# replica i (0, 1) listens on REPLICA_PORT + i, on loopback only: only nginx talks to them. x70/x71
# is no other stack's e2e (x00), demo (x50) or bench (3260, 3300) port, whatever the offset
REPLICA_PORT=${IRIS_CLUSTER_REPLICA_PORT:-$((3270 + OFFSET))}
REPLICAS=(a b)
# node: nginx proxies file routes to Iris, which streams the bytes (today's routes).
# nginx: bytes go nginx <-> Glance; Iris only authorises (X-Accel-Redirect, auth_request).
BYTE_PATH=${IRIS_CLUSTER_BYTE_PATH:-node}
UPLOAD_MAX_BYTES=${UPLOAD_MAX_BYTES:-$((25 * 1024 ** 3))}
# V8 options of each replica's node beside server/node-flags.mjs's, split into words; set to "" for
# none. The default keeps V8's heap near what a replica really holds under load (docs/deployment.md,
# "Replica memory")
REPLICA_V8_FLAGS=${IRIS_CLUSTER_NODE_FLAGS---heap-growing-percent=25}

_CLUSTER_TAG=${_CLUSTER_TAG:-cluster}
log()  { printf '[%s %s] %s\n' "$_CLUSTER_TAG" "$(date +%T)" "$*"; }
die()  { printf '[%s] ERROR: %s\n' "$_CLUSTER_TAG" "$*" >&2; exit 1; }

# A pid from our pidfile counts as ours only while its command line or environment still names
# our cluster dir (next-server rewrites its command line), so a reused pid is never signalled.
our_pid() { # pidfile -> prints pid or fails
  local pid
  [[ -s $1 ]] || return 1
  pid=$(<"$1")
  kill -0 "$pid" 2>/dev/null || return 1
  cat "/proc/$pid/cmdline" "/proc/$pid/environ" 2>/dev/null | tr '\0' '\n' | grep -qF -- "$CLUSTER" || return 1
  echo "$pid"
}
replica_port() { echo $((REPLICA_PORT + $1)); }

# Secrets every replica (and nginx) shares, made once per cluster dir (docs/deployment.md).
secret() { # file command...: the file's content, made by the command when missing
  [[ -s $CLUSTER/$1 ]] || (umask 077; "${@:2}" >"$CLUSTER/$1")
  cat "$CLUSTER/$1"
}
load_secrets() {
  mkdir -p "$CLUSTER"/{run,log}
  chmod 700 "$CLUSTER"
  ACTIONS_KEY=$(secret server-actions.key openssl rand -base64 32)
  NGINX_SECRET=$(secret nginx.secret openssl rand -hex 32)
}

start_replica() { # index: server/start.mjs in its own session (one signal stops it and its children)
  local name=${REPLICAS[$1]} port; port=$(replica_port "$1")
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && die "port $port is taken (set IRIS_CLUSTER_REPLICA_PORT)"
  # shellcheck disable=SC2086  # REPLICA_V8_FLAGS: one word per option
  # Next reads the deployment id again at run time: without it the server has none while
  # the browser bundles carry the build's, and every client-side navigation becomes a full reload
  NEXT_DEPLOYMENT_ID=$(cat "$CLUSTER/deployment-id") \
    IRIS_REPLICA_ID=$name IRIS_CLUSTER_STATE=$CLUSTER NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=$ACTIONS_KEY \
    IRIS_NGINX_SECRET=$NGINX_SECRET NODE_ENV=production TRUSTED_PROXIES=127.0.0.1 \
    setsid node --initial-old-space-size=128 $REPLICA_V8_FLAGS server/start.mjs -H 127.0.0.1 -p "$port" \
    </dev/null >>"$CLUSTER/log/replica-$name.log" 2>&1 &
  echo $! >"$CLUSTER/run/replica-$name.pid"
}

wait_replica() { # index: until it serves the login page (60 s at most)
  local name=${REPLICAS[$1]} port; port=$(replica_port "$1")
  for _ in $(seq 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/login" && return 0; sleep 0.5; done
  tail -20 "$CLUSTER/log/replica-$name.log" >&2
  die "replica $name did not answer on :$port"
}

stop_replica() { # index: SIGTERM (Next finishes requests in flight), SIGKILL after 30 s
  local name=${REPLICAS[$1]} pid
  if pid=$(our_pid "$CLUSTER/run/replica-$name.pid"); then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -KILL -- "-$pid" 2>/dev/null
    log "replica $name stopped (pid $pid)"
  fi
  rm -f "$CLUSTER/run/replica-$name.pid"
}
