#!/usr/bin/env bash
# up.sh: install (if needed), configure and start a real Keystone (identity v3,
# under Apache httpd + mod_wsgi, with mod_auth_openidc for WebSSO), Glance (image v2)
# from Debian 12 packages, and a local OpenID Connect provider (npm oidc-provider),
# all on 127.0.0.1 only.
#
# Idempotent: with all services up and configured as now, it only re-checks
# them (< 1 s). A changed config restarts the service it belongs to.
# Everything lives in $IRIS_OPENSTACK_STATE (default /tmp/iris-openstack).
# Why each odd-looking bit is there: /work/shared/reference/openstack-local/NOTES.md
# ("Gotchas"), summarised in README.md next to this file.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=glance-features.sh
source "$(dirname "${BASH_SOURCE[0]}")/glance-features.sh"

DEBUG=$([[ ${IRIS_OPENSTACK_DEBUG:-0} == 1 ]] && echo True || echo False)
PKGS=(python3-keystone python3-glance python3-keystonemiddleware
      python3-openstackclient python3-glanceclient
      apache2 libapache2-mod-wsgi-py3 libapache2-mod-auth-openidc
      qemu-utils curl jq sqlite3 python3-oslo.limit)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Keystone's files belong to the user its Apache children run as (federation-conf.sh)
KS_USER=$(id -un); [[ $(id -u) == 0 ]] && KS_USER=www-data

T0=$(now)
iris_lock
mkdir -p "$STATE"/{keystone/fernet-keys,keystone/credential-keys,glance/images,glance/staging,glance/tasks,apache/run,oidc} "$LOGD" "$RUN"
chmod 700 "$STATE/keystone/fernet-keys" "$STATE/keystone/credential-keys" "$STATE/oidc"
[[ -f $HERE/../../node_modules/oidc-provider/package.json ]] \
  || die "npm package oidc-provider missing: run npm install (scripts/setup.sh) first"

# ---------------------------------------------------------------- install ----
install_pkgs() {
  local missing=() p t made_policy=0 ok
  ok=$(dpkg-query -W -f='${Package} ${Status}\n' "${PKGS[@]}" 2>/dev/null | awk '/install ok installed/{print $1}' || true)
  for p in "${PKGS[@]}"; do grep -qx "$p" <<<"$ok" || missing+=("$p"); done
  ((${#missing[@]} == 0)) && return 0
  [[ $(id -u) == 0 ]] || die "need root to apt-get install: ${missing[*]}"
  log "installing: ${missing[*]} (log: $LOGD/apt.log)"
  t=$(now)
  # python3-glance pulls in systemd/udev/open-iscsi via os-brick: their
  # postinsts must not start daemons (gotcha 3)
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; made_policy=1
  fi
  # another apt run may hold the dpkg lock: wait for it instead of failing (gotcha 2)
  local aptopts=(-o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
  local rc=0
  { DEBIAN_FRONTEND=noninteractive apt-get "${aptopts[@]}" update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get "${aptopts[@]}" install -y -q --no-install-recommends "${missing[@]}"
  } >>"$LOGD/apt.log" 2>&1 || rc=$?
  ((made_policy)) && rm -f /usr/sbin/policy-rc.d
  ((rc == 0)) || { tail -20 "$LOGD/apt.log" >&2; die "apt-get install failed"; }
  log "apt install took $(since "$t")s"
}
[[ ${IRIS_OPENSTACK_SKIP_INSTALL:-0} == 1 ]] || install_pkgs

# ---------------------------------------------------------------- configs ----
# put_file (lib.sh) rewrites a file only when its content changed: a changed config restarts its service
put_file "$STATE/keystone/keystone.conf" <<CONF
[DEFAULT]
debug = $DEBUG
log_dir = $LOGD
log_file = keystone.log
use_stderr = false

[database]
connection = sqlite:///$STATE/keystone/keystone.db

[token]
provider = fernet
# e2e suites and demos hold tokens for a while
expiration = 86400

[fernet_tokens]
key_repository = $STATE/keystone/fernet-keys
max_active_keys = 3

[fernet_receipts]
key_repository = $STATE/keystone/fernet-keys

[credential]
key_repository = $STATE/keystone/credential-keys

[identity]
# bcrypt's minimum cost: a password login is ~100x cheaper than the default 12
password_hash_rounds = 4

[cache]
# Without a cache every authenticated call runs ~400 SQLite queries: 0.4-1 s
# per request on a 2-core box; with it ~10 ms. The memory backend is per
# process, hence a single Keystone process (threads for concurrency): with
# several processes one worker's cache would miss another worker's writes.
enabled = true
backend = dogpile.cache.memory

[auth]
# openid = WebSSO through mod_auth_openidc + the mapping; application_credential = scripts
methods = password,token,$FED_PROTOCOL,application_credential

[federation]
# Keystone POSTs a WebSSO token only to an ?origin= that is exactly one of these
$(tr ',' '\n' <<<"$TRUSTED_DASHBOARDS" | sed '/^$/d; s/^/trusted_dashboard = /')
sso_callback_template = $STATE/keystone/sso_callback_template.html
# mappings see only what mod_auth_openidc put in the environment (OIDC-*), no headers
assertion_prefix = OIDC-

[$FED_PROTOCOL]
# which identity provider answered: the id_token's issuer, matched against the IdP's remote_ids
remote_id_attribute = OIDC-iss

[cors]
allowed_origin = $CORS_ORIGINS
allow_credentials = true
allow_headers = X-Auth-Token,X-Subject-Token,X-Openstack-Request-Id,X-Project-Id,X-Project-Name,X-Project-Domain-Id,X-Project-Domain-Name,X-Domain-Id,X-Domain-Name,Openstack-Auth-Receipt,Content-Type
expose_headers = X-Auth-Token,X-Subject-Token,X-Openstack-Request-Id,Openstack-Auth-Receipt
allow_methods = GET,PUT,POST,DELETE,PATCH,HEAD,OPTIONS
max_age = 3600
CONF

# mod_wsgi's entry point. The config path is baked in (no environment to inherit).
# Keystone's app factory parses sys.argv with oslo.config (gotcha 4), and it
# hard-codes its CORS middleware so that it re-reads /etc/keystone/keystone.conf
# instead of ours (gotcha 6).
put_file "$STATE/keystone/keystone_public_wsgi.py" <<PYEOF
import os
import sys
os.environ['OS_KEYSTONE_CONFIG_DIR'] = '$STATE/keystone'
os.environ['OS_KEYSTONE_CONFIG_FILES'] = 'keystone.conf'
sys.argv = sys.argv[:1]
from keystone.server.flask import core as _core
_core._APP_MIDDLEWARE = tuple(
    m._replace(conf=dict(m.conf, oslo_config_file='$STATE/keystone/keystone.conf'))
    if m.ep == 'cors' else m for m in _core._APP_MIDDLEWARE)
from keystone.server.wsgi import initialize_public_application
application = initialize_public_application()
PYEOF
# shellcheck source=federation-conf.sh
source "$HERE/federation-conf.sh"

put_file "$STATE/glance/glance-api.conf" <<CONF
[DEFAULT]
debug = $DEBUG
log_dir = $LOGD
log_file = glance-api.log
use_stderr = false
bind_host = $HOST
bind_port = $GLANCE_PORT
# parent + one forked eventlet child: SQLite has a single writer anyway
workers = 1
# 25 GiB: large enough for real cloud images in demos
image_size_cap = 26843545600
# stores, import methods and plugins, unified limits: glance-features.conf (glance-features.sh)
show_image_direct_url = false
public_endpoint = $GLANCE_URL
# glance.cmd.api refuses to start unless this equals [oslo_policy] enforce_new_defaults
enforce_secure_rbac = false

[os_glance_staging_store]
filesystem_store_datadir = $STATE/glance/staging/

[os_glance_tasks_store]
filesystem_store_datadir = $STATE/glance/tasks/

[import_filtering_opts]
# Debian's deb12u5 SSRF fix refuses loopback targets unless allowed here; a
# non-empty allowed_hosts is a whitelist (127.0.0.1 does not admit localhost).
# Brackets are required: "80,443" silently turns every web-download into a 400
# "does not pass filtering" (gotcha 7).
allowed_hosts = [$WEB_DOWNLOAD_HOSTS]
# RegionTwo's port: glance-download fetches through the same filter
allowed_ports = [80,443,$WEB_DOWNLOAD_PORTS,$REGION_TWO_PORT]

[database]
connection = sqlite:///$STATE/glance/glance.db

[paste_deploy]
flavor = keystone
config_file = $STATE/glance/glance-api-paste.ini

[keystone_authtoken]
www_authenticate_uri = $KEYSTONE_URL
auth_url = $KEYSTONE_URL
auth_type = password
user_domain_name = Default
project_domain_name = Default
project_name = service
username = glance
password = $SERVICE_PASSWORD
service_token_roles_required = true
# Validate every token with Keystone instead of trusting a 5-minute cache: a revoked or
# signed-out token must stop working at once (Keystone's own cache keeps this ~10 ms).
token_cache_time = -1

[oslo_policy]
enforce_new_defaults = false
enforce_scope = false

[cors]
allowed_origin = $CORS_ORIGINS
allow_credentials = true
allow_headers = Content-Type,Content-MD5,Content-Range,X-Image-Meta-Checksum,X-Image-Meta-Store,X-Storage-Token,Accept-Encoding,X-Auth-Token,X-Identity-Status,X-Roles,X-Service-Catalog,X-User-Id,X-Tenant-Id,X-OpenStack-Request-ID,X-Glance-Image-Content-Type
expose_headers = Content-MD5,Content-Length,Location,X-Image-Meta-Checksum,X-Auth-Token,X-Subject-Token,X-Service-Token,X-OpenStack-Request-ID,OpenStack-image-import-methods,OpenStack-image-store-ids
allow_methods = GET,PUT,POST,DELETE,PATCH,HEAD,OPTIONS
max_age = 3600
CONF

put_file "$STATE/glance/glance-api-paste.ini" <<CONF
# trimmed from Debian's /usr/share/glance-common/glance-api-paste.ini
[pipeline:glance-api-keystone]
pipeline = cors healthcheck http_proxy_to_wsgi versionnegotiation osprofiler authtoken context rootapp

[composite:rootapp]
paste.composite_factory = glance.api:root_app_factory
/: apiversions
/v2: apiv2app

[app:apiversions]
paste.app_factory = glance.api.versions:create_resource

[app:apiv2app]
paste.app_factory = glance.api.v2.router:API.factory

[filter:healthcheck]
paste.filter_factory = oslo_middleware:Healthcheck.factory
backends = disable_by_file
disable_by_file_path = $STATE/glance/healthcheck_disable

[filter:versionnegotiation]
paste.filter_factory = glance.api.middleware.version_negotiation:VersionNegotiationFilter.factory

[filter:context]
paste.filter_factory = glance.api.middleware.context:ContextMiddleware.factory

[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
delay_auth_decision = true

[filter:osprofiler]
paste.filter_factory = osprofiler.web:WsgiMiddleware.factory

[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
oslo_config_project = glance
oslo_config_program = glance-api
# else oslo.middleware reads /etc/glance/glance-api.conf, never our [cors] (gotcha 6)
oslo_config_file = $STATE/glance/glance-api.conf

[filter:http_proxy_to_wsgi]
paste.filter_factory = oslo_middleware:HTTPProxyToWSGI.factory
CONF

# The custom image properties (os_distro, architecture, ...) of
# GET /v2/schemas/image and the metadata definitions (metadefs/*.json) ship only
# in glance-common, whose postinst wants debconf/dbconfig: take just those from
# the .deb (gotcha 8). Cached outside $STATE so a purge does not download them again.
fetch_glance_common() {
  local d rc=0
  d=$(mktemp -d)
  ( cd "$d" && { apt-get download -q glance-common >/dev/null 2>&1 \
      || { apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null 2>&1 && apt-get download -q glance-common >/dev/null 2>&1; }; } ) \
    && dpkg-deb -x "$d"/glance-common_*.deb "$d/x" \
    && mkdir -p "$CACHE_DIR" \
    && cp "$d/x/usr/share/glance-common/schema-image.json" "$CACHE_DIR/schema-image.json" \
    && rm -rf "$CACHE_DIR/metadefs" && cp -r "$d/x/usr/share/glance-common/metadefs" "$CACHE_DIR/metadefs" || rc=$?
  rm -rf "$d"
  return $rc
}
[[ -s $CACHE_DIR/schema-image.json && -d $CACHE_DIR/metadefs ]] || fetch_glance_common \
  || warn "could not get glance-common: /v2/schemas/image will lack os_distro & co, /v2/metadefs will be empty"
if [[ ! -s $STATE/glance/schema-image.json ]]; then
  [[ -s $CACHE_DIR/schema-image.json ]] && cp "$CACHE_DIR/schema-image.json" "$STATE/glance/schema-image.json"
fi

put_file "$STATE/admin-openrc.sh" <<CONF
export OS_AUTH_URL=$KEYSTONE_URL
export OS_IDENTITY_API_VERSION=3
export OS_IMAGE_API_VERSION=2
export OS_USERNAME=admin
export OS_PASSWORD=$ADMIN_PASSWORD
export OS_PROJECT_NAME=admin
export OS_USER_DOMAIN_NAME=Default
export OS_PROJECT_DOMAIN_NAME=Default
export OS_REGION_NAME=RegionOne
export OS_INTERFACE=public
CONF


# ---------------------------------------------------------------- helpers ----
# put_file, cfg_hash, wait_up and fail_start: lib.sh (glance-import-methods.sh restarts Glance with them too)
# ensure_running name url port port-variable: 0 = was already up as configured; 10 = (re)started
ensure_running() {
  local name=$1 url=$2 port=$3 var=$4 pid
  if pid=$(svc_pid "$name"); then
    echo "$pid" >"$RUN/$name.pid"
    if [[ $(cat "$RUN/$name.cfg" 2>/dev/null) == "$(cfg_hash "$name")" ]] && wait_up "$name" "$url" 10; then
      return 0
    fi
    log "$name (pid $pid): config changed or not answering on $url, restarting"
    stop_group "$pid"; rm -f "$RUN/$name.pid"
  fi
  if port_busy "$port"; then
    die "port $port is in use by something that is not our $name ($(port_owner "$port")); stop it or set $var"
  fi
  return 10
}
stamp() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null; }

# --------------------------------------------------------------- keystone ----
KCONF=$STATE/keystone/keystone.conf
GCONF=$STATE/glance/glance-api.conf
# keystone-manage prints harmless eventlet "Exception ignored" tracebacks at
# exit on Python 3.11: keep them in a log, show it only on failure. The real error of
# a failed keystone-manage is in keystone.log, not in its output.
km() { keystone-manage --config-file "$KCONF" "$@" >>"$LOGD/keystone-manage.out" 2>&1 \
         || { grep -A3 ' ERROR ' "$LOGD/keystone.log" | tail -12 >&2; die "keystone-manage $1 failed"; }; }
# the files an Apache child (www-data when we are root) reads or writes
own_keystone() {
  touch "$LOGD/keystone.log"
  [[ $(id -u) == 0 ]] && chown -R "$KS_USER:$KS_USER" "$STATE/keystone" "$LOGD/keystone.log"
  return 0
}
restarted=0
# Keystone ran under gunicorn before it moved to Apache: stop that one (same port)
if pid=$(svc_pid keystone-gunicorn); then log "stopping the gunicorn Keystone (pid $pid)"; stop_group "$pid"; fi

# The OpenID provider needs nothing else: start it first, check it once Keystone is up.
oidc_started=0
rc=0; ensure_running oidc "$OIDC_URL/.well-known/openid-configuration" "$OIDC_PORT" IRIS_OIDC_PORT || rc=$?
if ((rc == 10)); then
  cfg_hash oidc >"$RUN/oidc.cfg"
  [[ -x $NODE ]] || die "node not found (the OpenID provider needs Node 20)"
  start_bg oidc "$NODE" "$OIDC_PROVIDER" "$STATE/oidc/config.json"
  oidc_started=1
elif ((rc != 0)); then
  exit "$rc"
fi

rc=0; ensure_running keystone "$KEYSTONE_URL" "$KEYSTONE_PORT" IRIS_KEYSTONE_PORT || rc=$?

# Needs no keystone: on a new DB (or a new glance package) run it in the
# background while keystone is set up, and wait for it before starting glance.
gsync_pid=
if [[ ! -s $STATE/glance/glance.db || $(cat "$STATE/glance/.db_synced" 2>/dev/null) != "$(stamp python3-glance)" ]]; then
  # glance-manage/glance-api console scripts live in glance-common (not
  # installed): run the modules with Debian's python instead
  ( t=$(now)
    $PY -m glance.cmd.manage --config-file "$GCONF" db_sync >>"$LOGD/glance-manage.out" 2>&1 \
      || { tail -30 "$LOGD/glance-manage.out" >&2; exit 1; }
    sqlite3 "$STATE/glance/glance.db" 'PRAGMA journal_mode=WAL;' >/dev/null
    stamp python3-glance >"$STATE/glance/.db_synced"
    log "glance db_sync took $(since "$t")s"
    load_metadefs ) & gsync_pid=$!
fi
start_region_two_db_sync

if ((rc == 10)); then
  restarted=1
  # db_sync+bootstrap cost ~10 s: only on a new DB or a new keystone package
  if [[ ! -s $STATE/keystone/keystone.db || $(cat "$STATE/keystone/.bootstrapped" 2>/dev/null) != "$(stamp python3-keystone)" ]]; then
    t=$(now)
    # fernet/credential_setup write the keys as --keystone-user: it must own the dirs
    own_keystone
    # each keystone-manage run is ~2-3 s of imports: the three independent
    # ones run side by side, bootstrap needs all of them
    km db_sync & p1=$!
    km fernet_setup --keystone-user "$KS_USER" --keystone-group "$KS_USER" & p2=$!
    km credential_setup --keystone-user "$KS_USER" --keystone-group "$KS_USER" & p3=$!
    for p in $p1 $p2 $p3; do wait "$p" || die "keystone-manage setup failed (log: $LOGD/keystone-manage.out)"; done
    # WAL: concurrent readers otherwise make a writer fail with "database is
    # locked" -> HTTP 500 (gotcha 5). Persists in the file.
    sqlite3 "$STATE/keystone/keystone.db" 'PRAGMA journal_mode=WAL;' >/dev/null
    km bootstrap --bootstrap-password "$ADMIN_PASSWORD" \
       --bootstrap-username admin --bootstrap-project-name admin --bootstrap-role-name admin \
       --bootstrap-service-name keystone --bootstrap-region-id RegionOne \
       --bootstrap-admin-url "$KEYSTONE_URL/" --bootstrap-internal-url "$KEYSTONE_URL/" \
       --bootstrap-public-url "$KEYSTONE_URL/"
    stamp python3-keystone >"$STATE/keystone/.bootstrapped"
    log "keystone db_sync+fernet+bootstrap took $(since "$t")s"
  fi
  t=$(now)
  own_keystone
  cfg_hash keystone >"$RUN/keystone.cfg"
  # never the system config: our file, in the foreground of its own process group
  start_bg keystone /usr/sbin/apache2 -f "$STATE/apache/keystone-httpd.conf" -DFOREGROUND
  wait_up keystone "$KEYSTONE_URL" 60 || fail_start keystone "$LOGD/keystone-httpd.log"
  log "keystone up in $(since "$t")s (pid $(<"$RUN/keystone.pid"))"
elif ((rc != 0)); then
  exit "$rc"
fi

ks_login admin "$ADMIN_PASSWORD" admin || die "no admin token from $KEYSTONE_URL (password changed? IRIS_ADMIN_PASSWORD only applies to a new state dir)"
ADMIN_TOKEN=$TOKEN
catalog_ok() { # the token we just got carries the catalog: is our image endpoint in it?
  [[ $(jq -r '[.token.catalog[]? | select(.type=="image") | .endpoints[] | select(.interface=="public" and .region_id=="RegionOne") | .url][0] // ""' <<<"$TOKEN_BODY") == "$GLANCE_URL" ]]
}

# ------------------------------------------------- catalog + service user ----
# curl on Keystone's REST API: ~1 s instead of ~20 s of `openstack` CLI calls
ks() { api "$1" "$KEYSTONE_URL$2" "$ADMIN_TOKEN" -H 'Content-Type: application/json' ${3:+-d "$3"}; }
ks_find_or_create() { # collection query json-body -> id
  local id out
  out=$(ks GET "/$1?$2"); id=$(jq -r ".$1[0].id // empty" <<<"$out")
  if [[ -z $id ]]; then out=$(ks POST "/$1" "$3"); id=$(jq -r '.[keys[0]].id' <<<"$out"); fi
  echo "$id"
}
ensure_catalog() { # [reset-service-password]
  local reset=${1:-0} t svc_proj glance_uid admin_role service_role image_svc out
  t=$(now)
  svc_proj=$(ks_find_or_create projects 'name=service&domain_id=default' '{"project":{"name":"service","domain_id":"default","description":"Service project"}}')
  out=$(ks GET '/users?name=glance&domain_id=default'); glance_uid=$(jq -r '.users[0].id // empty' <<<"$out")
  if [[ -z $glance_uid ]]; then
    out=$(ks POST /users "$(jq -nc --arg p "$SERVICE_PASSWORD" '{user:{name:"glance",domain_id:"default",password:$p,enabled:true}}')")
    glance_uid=$(jq -r .user.id <<<"$out")
  elif ((reset)); then
    # only when glance is about to (re)start: no need to disturb the service
    # token a running glance holds
    ks PATCH "/users/$glance_uid" "$(jq -nc --arg p "$SERVICE_PASSWORD" '{user:{password:$p}}')" >/dev/null
  fi
  out=$(ks GET '/roles?name=admin'); admin_role=$(jq -r '.roles[0].id' <<<"$out")
  service_role=$(ks_find_or_create roles 'name=service' '{"role":{"name":"service"}}')
  ks PUT "/projects/$svc_proj/users/$glance_uid/roles/$admin_role" >/dev/null
  ks PUT "/projects/$svc_proj/users/$glance_uid/roles/$service_role" >/dev/null
  image_svc=$(ks_find_or_create services 'type=image' '{"service":{"type":"image","name":"glance","description":"OpenStack Image","enabled":true}}')
  ensure_image_endpoints "$image_svc" RegionOne "$GLANCE_URL"
  log "catalog + glance service user ensured in $(since "$t")s"
}

# ---------------------------------------------------- WebSSO wiring check ----
if ((oidc_started)); then
  wait_up oidc "$OIDC_URL/.well-known/openid-configuration" 30 || fail_start oidc
  log "oidc provider up (pid $(<"$RUN/oidc.pid")), issuer $OIDC_URL"
fi
# Without a session, mod_auth_openidc must send the browser to the provider, and the
# provider must accept that request (client id, redirect URI, PKCE) with its sign-in
# page: Apache's OIDC config, the client registration and discovery, checked together.
websso_ok() {
  local first second
  first=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' --max-time 30 \
    "$KEYSTONE_URL/auth/OS-FEDERATION/websso/$FED_PROTOCOL?origin=${TRUSTED_DASHBOARDS%%,*}")
  [[ $first == "302 $OIDC_URL/auth?"* ]] || { warn "WebSSO GET answered: $first"; return 1; }
  second=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' --max-time 30 "${first#302 }")
  [[ $second == "303 $OIDC_URL/interaction/"* ]] || { warn "the provider answered Keystone's sign-in request with: $second"; return 1; }
}
websso_ok || die "WebSSO is not wired (logs: $LOGD/keystone-httpd.log, $LOGD/oidc.out)"

# ----------------------------------------------------------------- glance ----
if [[ -n $gsync_pid ]]; then wait "$gsync_pid" || die "glance db_sync failed (log: $LOGD/glance-manage.out)"; fi
load_metadefs   # no-op when the db_sync job above loaded them
glance_features_prepare
rc=0; ensure_running glance-api "$GLANCE_URL/healthcheck" "$GLANCE_PORT" IRIS_GLANCE_PORT || rc=$?
if ((rc == 10)); then
  restarted=1
  ((CATALOG_ENSURED)) || ensure_catalog 1
  start_glance_api
elif ((rc != 0)); then
  exit "$rc"
elif ((restarted)) || ! catalog_ok; then
  ensure_catalog
fi

# An authenticated round-trip through keystonemiddleware proves the wiring
# (service user, catalog, token validation), not just that ports answer.
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H "X-Auth-Token: $ADMIN_TOKEN" "$GLANCE_URL/v2/images?limit=1")
[[ $code == 200 ]] || die "authenticated GET $GLANCE_URL/v2/images returned $code (see $LOGD/glance-api.log)"
ensure_region_two
check_glance_features

put_file "$STATE/endpoints.env" <<CONF
KEYSTONE_URL=$KEYSTONE_URL
GLANCE_URL=$GLANCE_URL
GLANCE_REGION_TWO_URL=$REGION_TWO_URL
OIDC_ISSUER=$OIDC_URL
FEDERATION_IDP=$IDP_ID
FEDERATION_PROTOCOL=$FED_PROTOCOL
TRUSTED_DASHBOARDS=$TRUSTED_DASHBOARDS
CONF
chmod 644 "$STATE/endpoints.env"   # read by the app and tests; no secrets in it

if ((restarted)); then
  log "ready in $(since "$T0")s: keystone $KEYSTONE_URL (admin / $ADMIN_PASSWORD), glance $GLANCE_URL, state $STATE"
else
  log "already up, re-checked in $(since "$T0")s: keystone $KEYSTONE_URL, glance $GLANCE_URL"
fi
