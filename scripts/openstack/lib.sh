# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this
# lib.sh: sourced by up.sh, down.sh, seed.sh and ensure.sh. Defaults, env
# hygiene and small helpers shared by all of them. Not executable on its own.

# --- hygiene ------------------------------------------------------------------
# Debian's python only: on dev machines `python3` on PATH can be pyenv's, which
# has none of the python3-keystone/-glance modules (NOTES.md gotcha 1).
# The caller's node (nvm, /usr/local, ...) runs the OpenID provider: take it before PATH is reset.
NODE=$(command -v node || true)
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
unset PYTHONPATH PYTHONHOME PYENV_VERSION VIRTUAL_ENV || true
export PYTHONNOUSERSITE=1
# A caller's cloud env (OS_CLOUD, OS_TOKEN, ...) must not leak into anything we
# run; our own knobs are all IRIS_*.
for _v in $(env | grep -o '^OS_[A-Za-z0-9_]*' || true); do unset "$_v"; done
unset _v
PY=/usr/bin/python3
OIDC_PROVIDER=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/oidc/provider.mjs

# Run under `flock /work/e2e.lock` (or from a test run under it), the daemons a script starts would
# inherit the lock's file descriptor and hold the machine-wide lock for as long as they run: close
# every inherited descriptor above 2 (flock itself keeps the lock until the caller ends).
close_inherited_fds() {
  local fd
  for fd in /proc/$$/fd/*; do
    fd=${fd##*/}
    if [[ $fd -gt 2 && $fd != 255 ]]; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
}

# --- defaults (every knob is an IRIS_* env var; see README.md) ----------------
HOST=127.0.0.1
STATE=${IRIS_OPENSTACK_STATE:-/tmp/iris-openstack}
KEYSTONE_PORT=${IRIS_KEYSTONE_PORT:-5000}
GLANCE_PORT=${IRIS_GLANCE_PORT:-9292}
# the second Glance ("RegionTwo", glance-features.sh): 3 above Glance, so stacks that move
# Glance (isolated-env.sh, the bench's 9293) move it too
REGION_TWO_PORT=${IRIS_GLANCE_REGION_TWO_PORT:-$((GLANCE_PORT + 3))}
WEB_DOWNLOAD_PORTS=${IRIS_WEB_DOWNLOAD_PORTS:-8089}
WEB_DOWNLOAD_HOSTS=${IRIS_WEB_DOWNLOAD_HOSTS:-$HOST}
ADMIN_PASSWORD=${IRIS_ADMIN_PASSWORD:-admin-secret}
SERVICE_PASSWORD=${IRIS_SERVICE_PASSWORD:-glance-secret}
DEMO_PASSWORD=${IRIS_DEMO_PASSWORD:-demo-secret}
ALT_PASSWORD=${IRIS_ALT_PASSWORD:-alt-secret}
CURATOR_PASSWORD=${IRIS_CURATOR_PASSWORD:-curator-secret}
QUOTA_PASSWORD=${IRIS_QUOTA_PASSWORD:-quota-secret}
CORS_ORIGINS=${IRIS_CORS_ORIGINS:-http://localhost:3000,http://127.0.0.1:3000}
CACHE_DIR=${IRIS_OPENSTACK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/iris-openstack}

# Federation (Keystone WebSSO over OpenID Connect). New ports follow IRIS_PORT_OFFSET
# (scripts/dev/isolated-env.sh), so parallel stacks never collide.
PORT_OFFSET=${IRIS_PORT_OFFSET:-0}
OIDC_PORT=${IRIS_OIDC_PORT:-$((5556 + PORT_OFFSET))}
SSO_SMOKE_PORT=${IRIS_SSO_SMOKE_PORT:-$((5557 + PORT_OFFSET))}
FED_DEMO_PASSWORD=${IRIS_FED_DEMO_PASSWORD:-fed-demo-secret}
FED_SOLO_PASSWORD=${IRIS_FED_SOLO_PASSWORD:-fed-solo-secret}
FED_GUEST_PASSWORD=${IRIS_FED_GUEST_PASSWORD:-fed-guest-secret}
APPCRED_SECRET=${IRIS_APPCRED_SECRET:-demo-appcred-secret}
IDP_ID=local-oidc
FED_PROTOCOL=openid
SSO_CALLBACK_PATH=/auth/websso/callback
# Keystone posts WebSSO tokens only to these exact URLs: the e2e and demo Iris (both host
# spellings), the second Iris e2e/sso-security.spec.ts starts (e2e port + 60, to read its
# security log), the one e2e/regions.spec.ts starts with several clouds (e2e port + 61) and
# sso-smoke.mjs's receiver. Several Iris deployments = several entries.
_dashboards() {
  local port h e2e=${IRIS_E2E_PORT:-$((3100 + PORT_OFFSET))}
  for port in "$e2e" "${PORT:-$((3000 + PORT_OFFSET))}"; do
    for h in 127.0.0.1 localhost; do printf 'http://%s:%s%s,' "$h" "$port" "$SSO_CALLBACK_PATH"; done
  done
  printf 'http://%s:%s%s,' "$HOST" "$((e2e + 60))" "$SSO_CALLBACK_PATH"
  printf 'http://%s:%s%s,' "$HOST" "$((e2e + 61))" "$SSO_CALLBACK_PATH"
  printf 'http://%s:%s%s' "$HOST" "$SSO_SMOKE_PORT" "$SSO_CALLBACK_PATH"
}
TRUSTED_DASHBOARDS=${IRIS_TRUSTED_DASHBOARDS:-$(_dashboards)}
unset -f _dashboards

KEYSTONE_URL=http://$HOST:$KEYSTONE_PORT/v3
GLANCE_URL=http://$HOST:$GLANCE_PORT
REGION_TWO_URL=http://$HOST:$REGION_TWO_PORT
OIDC_URL=http://$HOST:$OIDC_PORT
RUN=$STATE/run
LOGD=$STATE/log

# --- logging ------------------------------------------------------------------
_IRIS_TAG=${_IRIS_TAG:-$(basename "${0%.sh}")}
log()  { printf '[%s %s] %s\n' "$_IRIS_TAG" "$(date +%T)" "$*"; }
warn() { printf '[%s %s] WARN: %s\n' "$_IRIS_TAG" "$(date +%T)" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "$_IRIS_TAG" "$*" >&2; exit 1; }
now()  { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}'; }

# --- locking --------------------------------------------------------------------
# npm test and npm run demo may call ensure.sh at the same time: serialise
# up/seed/down on one lock file. fd 9 must not leak into the daemons we start
# (start_bg closes it), or they would hold the lock forever.
iris_lock() {
  mkdir -p "$STATE"
  exec 9>"$STATE/.lock"
  flock -w 900 9 || die "timed out waiting for $STATE/.lock (another up/seed/down running?)"
}

# --- processes ------------------------------------------------------------------
# Each service is identified by two substrings of its cmdline: the program and
# a path inside $STATE (so a second state dir, or PID reuse, is never "ours").
svc_match() { # name -> "program|state-path"
  case $1 in
    keystone)   echo "apache2|$STATE/apache" ;;
    oidc)       echo "provider.mjs|$STATE/oidc" ;;
    glance-api) echo "glance.cmd.api|$STATE/glance" ;;
    glance-region-two) echo "glance.cmd.api|$STATE/region-two" ;;
    # Keystone ran under gunicorn before it moved to Apache: up/down stop it on sight
    keystone-gunicorn) echo "gunicorn|$STATE/keystone" ;;
    *) die "unknown service $1" ;;
  esac
}
cmdline_is() { # pid name -> 0 if /proc/pid/cmdline looks like our service
  local m cl; m=$(svc_match "$2")
  cl=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
  [[ $cl == *"${m%%|*}"* && $cl == *"${m#*|}"* ]]
}
svc_pid() { # name -> prints the pid (= pgid) of our running service, or fails
  local pid p
  if [[ -f $RUN/$1.pid ]]; then
    pid=$(<"$RUN/$1.pid")
    if kill -0 "$pid" 2>/dev/null && cmdline_is "$pid" "$1"; then echo "$pid"; return 0; fi
  fi
  # pidfile lost (state dir wiped while running): find a group leader whose
  # cmdline names our state dir. Still only ever our own processes.
  local m; m=$(svc_match "$1")
  # shellcheck disable=SC2013  # pids are single words
  for p in $(grep -lsaF -- "${m#*|}" /proc/[0-9]*/cmdline | cut -d/ -f3); do
    [[ $(ps -o pgid= -p "$p" 2>/dev/null | tr -d ' ') == "$p" ]] || continue
    cmdline_is "$p" "$1" && { echo "$p"; return 0; }
  done
  return 1
}
stop_group() { # pid: TERM its process group, wait up to 10 s, then KILL
  local pid=$1 target=$1 _
  [[ $(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ') == "$pid" ]] && target=-$pid
  kill -TERM -- "$target" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && warn "pid $pid ignored SIGTERM for 10 s, SIGKILL"
  # also reaps leftovers, e.g. a glance child whose parent went first
  [[ $target == -* ]] && { kill -KILL -- "$target" 2>/dev/null || true; }
  return 0
}
start_bg() { # name cmd...: own session => own process group (pgid == pid)
  local name=$1 _; shift
  rm -f "$RUN/$name.pid"
  # the service writes its own pid: setsid forks when it is already a group
  # leader (a caller with job control), and then $! would be the wrong pid
  # shellcheck disable=SC2016  # expanded by the inner bash
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$RUN/$name.pid" "$@" </dev/null >>"$LOGD/$name.out" 2>&1 9>&- &
  for _ in $(seq 1 50); do [[ -s $RUN/$name.pid ]] && return 0; sleep 0.1; done
  die "$name did not start (see $LOGD/$name.out)"
}
port_busy() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
port_owner() { ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'users:.*' | head -1 || true; }

# --- HTTP -----------------------------------------------------------------------
http_ok() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

# --- configs and (re)starts (up.sh, glance-import-methods.sh) ---------------------
# put_file path: stdin -> path, only if the content changed (keeps mtimes and
# lets us tell a config change from a plain re-run)
put_file() { local t; t=$(mktemp); cat >"$t"; if cmp -s "$t" "$1"; then rm -f "$t"; else mv "$t" "$1"; fi; }
cfg_hash() { # name -> hash of everything the running service was started from (GFEATURES, R2: glance-features.sh)
  case $1 in
    keystone)   cat "$STATE/keystone/keystone.conf" "$STATE/keystone/keystone_public_wsgi.py" \
                    "$STATE/keystone/sso_callback_template.html" "$STATE/apache/keystone-httpd.conf" ;;
    oidc)       cat "$STATE/oidc/config.json" "$OIDC_PROVIDER" "${OIDC_PROVIDER%/*}/login-page.mjs" ;;
    glance-api) cat "$STATE/glance/glance-api.conf" "$GFEATURES" "$STATE/glance/glance-api-paste.ini" "$STATE/glance/schema-image.json" 2>/dev/null ;;
    glance-region-two) cat "$STATE/glance/glance-api.conf" "$R2/glance-api.conf" "$STATE/glance/glance-api-paste.ini" "$STATE/glance/schema-image.json" 2>/dev/null ;;
  esac | sha256sum | cut -c1-16
}
# wait_up name url seconds: wall-clock deadline plus a liveness check, because
# a curl per try against a worker-less socket once hung for 10 minutes (gotcha 4)
wait_up() {
  local deadline=$(( $(date +%s) + $3 ))
  while (( $(date +%s) < deadline )); do
    http_ok "$2" && return 0
    svc_pid "$1" >/dev/null || return 1
    sleep 0.2
  done
  return 1
}
fail_start() { # name [log...]: show the logs, stop what we just started, give up
  local pid name=$1 f; shift
  for f in "$LOGD/$name.out" "$LOGD/$name.log" "$@"; do [[ -f $f ]] && tail -30 "$f" >&2; done
  pid=$(svc_pid "$name") && stop_group "$pid"
  rm -f "$RUN/$name.pid"
  die "$name did not come up (logs in $LOGD)"
}

# ks_login user password project: sets TOKEN (project-scoped, domain Default)
# and TOKEN_BODY (the token JSON, catalog included). Returns 1 on failure.
ks_login() {
  local hdr body code
  hdr=$(mktemp)
  body=$(curl -sS --max-time 30 -D "$hdr" -w '\n%{http_code}' -X POST "$KEYSTONE_URL/auth/tokens" \
    -H 'Content-Type: application/json' \
    -d "$(jq -nc --arg u "$1" --arg p "$2" --arg pr "$3" \
      '{auth:{identity:{methods:["password"],password:{user:{name:$u,domain:{id:"default"},password:$p}}},
             scope:{project:{name:$pr,domain:{id:"default"}}}}}')") || { rm -f "$hdr"; return 1; }
  code=${body##*$'\n'}; TOKEN_BODY=${body%$'\n'*}
  TOKEN=$(awk -F': ' 'tolower($1)=="x-subject-token"{print $2}' "$hdr" | tr -d '\r')
  rm -f "$hdr"
  [[ $code == 201 && -n $TOKEN ]]
}

# api METHOD URL TOKEN [curl args...]: prints the body; dies on HTTP >= 400.
# Call it as `x=$(api ...)` so that a failure stops the script (set -e).
api() {
  local m=$1 url=$2 tok=$3 out code; shift 3
  out=$(curl -sS --max-time 300 -X "$m" -H "X-Auth-Token: $tok" -H 'Accept: application/json' \
        -w '\n%{http_code}' "$@" "$url") || die "curl $m $url failed"
  code=${out##*$'\n'}; out=${out%$'\n'*}
  [[ $code == 2* ]] || die "$m $url -> HTTP $code: ${out:0:600}"
  printf '%s' "$out"
}
