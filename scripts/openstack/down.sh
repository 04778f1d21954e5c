#!/usr/bin/env bash
# down.sh [--purge]: stop the Keystone, the Glances and the OpenID provider that up.sh started.
# Only our own processes: the saved PID (or, if the pidfile is gone, a process
# group leader whose cmdline names our state dir), after a cmdline check so a
# reused PID is never signalled. Services run under setsid, so PID == PGID and
# one signal reaches Apache's children (and Keystone's mod_wsgi process) and
# glance's forked child too.
# --purge also deletes $IRIS_OPENSTACK_STATE (DBs, images, logs) afterwards.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

purge=0
for a in "$@"; do
  case $a in
    --purge) purge=1 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) die "unknown argument: $a (usage: down.sh [--purge])" ;;
  esac
done

# no state dir: nothing to lock, but svc_pid still finds services whose state
# dir was deleted under them (they are ours by their cmdline)
[[ -d $STATE ]] && iris_lock

stop_svc() { # name
  local pid
  if pid=$(svc_pid "$1"); then
    stop_group "$pid"
    log "$1 stopped (pid $pid)"
  else
    log "$1 not running"
  fi
  rm -f "$RUN/$1.pid" "$RUN/$1.cfg"
}
# glance first: it would otherwise log auth errors against a dead keystone
stop_svc glance-api
stop_svc glance-region-two
stop_svc keystone
stop_svc oidc
# a Keystone still under gunicorn (started before Keystone moved to Apache)
if pid=$(svc_pid keystone-gunicorn); then stop_svc keystone-gunicorn; fi

if ((purge)) && [[ -d $STATE ]]; then
  # the paranoid check matters: this is rm -rf on a path from the environment
  [[ $STATE == /* && $STATE != / && -f $STATE/.lock ]] || die "refusing to purge '$STATE'"
  rm -rf "$STATE"
  log "purged $STATE"
fi
