#!/usr/bin/env bash
# ensure.sh: make the local Keystone + Glance ready for tests and demos:
# up.sh (install/start, or just re-check) then seed.sh (find-or-create).
# Quiet on success apart from one summary line; on failure prints the failing
# step's output. Full output of the last run: $STATE/log/ensure-{up,seed}.log.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$HERE/lib.sh"
# the daemons up.sh starts must not hold /work/e2e.lock (lib.sh)
close_inherited_fds

T0=$(now)
mkdir -p "$LOGD"
step() { # name: run $HERE/name.sh, keep its output in a log, show it only on failure
  if ! bash "$HERE/$1.sh" >"$LOGD/ensure-$1.log" 2>&1; then
    cat "$LOGD/ensure-$1.log" >&2
    die "$1.sh failed (log: $LOGD/ensure-$1.log)"
  fi
}
t=$(now); step up;   T_up=$(since "$t")
t=$(now); step seed; T_seed=$(since "$t")
# shellcheck disable=SC1091
source "$STATE/endpoints.env"
echo "openstack ready in $(since "$T0")s (up ${T_up}s, seed ${T_seed}s): keystone $KEYSTONE_URL, glance $GLANCE_URL, env $STATE/endpoints.env + $STATE/seed.env"
