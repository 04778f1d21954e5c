#!/usr/bin/env bash
# Install what Iris needs on a fresh Debian/Ubuntu machine (as root): Chromium for the
# browser tests, the local OpenStack packages (via scripts/openstack/up.sh), npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup %s] %s\n' "$(date +%T)" "$*"; }

need=()
[[ -x /usr/bin/chromium ]] || need+=(chromium)
dpkg-query -W -f='${Status}' fonts-dejavu-core 2>/dev/null | grep -q 'install ok installed' || need+=(fonts-dejavu-core)
command -v openssl >/dev/null || need+=(openssl)
command -v curl >/dev/null || need+=(curl)
if ((${#need[@]})); then
  [[ $(id -u) == 0 ]] || { echo "[setup] need root to install: ${need[*]}" >&2; exit 1; }
  log "apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi

# npm install, not npm ci: this registry omits other platforms' optional binaries from the lockfile.
if [[ ! -d node_modules/.bin || package.json -nt node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  log "npm install"
  npm install --no-audit --no-fund --loglevel=error
fi
