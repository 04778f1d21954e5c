#!/usr/bin/env bash
# glance-import-methods.sh METHODS|all: the import methods RegionOne's Glance enables.
#   glance-import-methods.sh web-download,copy-image,glance-download   # glance-direct off
#   glance-import-methods.sh all                                       # all four again
# Rewrites enabled_import_methods in glance-features.conf (with glance-features.sh's own writer),
# restarts only RegionOne's glance-api and waits until GET /v2/info/import lists exactly METHODS.
# Keystone, RegionTwo and the OpenID provider are not touched. Used by e2e/reconfigure; up.sh
# (so ensure.sh) always writes all four, which undoes a switch a crashed run left behind.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$HERE/lib.sh"
# the Glance started here must not hold /work/e2e.lock when a test under it calls this script
close_inherited_fds
# shellcheck source=glance-features.sh
source "$HERE/glance-features.sh"

(($# == 1)) || die "usage: $0 METHODS|all (METHODS: comma-separated, from $ALL_GLANCE_IMPORT_METHODS)"
want=$1
[[ $want == all ]] && want=$ALL_GLANCE_IMPORT_METHODS
for m in ${want//,/ }; do
  [[ ,$ALL_GLANCE_IMPORT_METHODS, == *",$m,"* ]] || die "unknown import method '$m' (known: $ALL_GLANCE_IMPORT_METHODS)"
done
[[ -n ${want//,/} ]] || die "name at least one import method"
GLANCE_IMPORT_METHODS=$want

sorted_list() { tr ',' '\n' | sed '/^$/d' | sort | paste -sd, -; }
offered() { # what the running Glance answers on /v2/info/import, sorted; empty if it does not answer
  curl -fsS --max-time 5 -H "X-Auth-Token: $TOKEN" "$GLANCE_URL/v2/info/import" 2>/dev/null \
    | jq -r '."import-methods".value | join(",")' 2>/dev/null | sorted_list
}

T0=$(now)
iris_lock
ks_login admin "$ADMIN_PASSWORD" admin || die "no admin token from $KEYSTONE_URL (is the stack up? bash scripts/openstack/ensure.sh)"
# needs the admin token's catalog (Glance's endpoint id for [oslo_limit])
write_glance_features_conf
expected=$(sorted_list <<<"$want")
pid=$(svc_pid glance-api) || die "RegionOne's glance-api is not running: bash scripts/openstack/ensure.sh"
if [[ $(cat "$RUN/glance-api.cfg" 2>/dev/null) == "$(cfg_hash glance-api)" && $(offered) == "$expected" ]]; then
  log "glance-api already offers $want"
  exit 0
fi
stop_group "$pid"
start_glance_api
deadline=$(($(date +%s) + 30))
until [[ $(offered) == "$expected" ]]; do
  (($(date +%s) < deadline)) || die "after the restart /v2/info/import offers '$(offered)', not '$expected' (log: $LOGD/glance-api.log)"
  sleep 0.2
done
log "glance-api offers $want (switched in $(since "$T0")s)"
