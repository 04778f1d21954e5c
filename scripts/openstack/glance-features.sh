# shellcheck shell=bash
# glance-features.sh: sourced by up.sh and glance-import-methods.sh. What issues 17 and 18 need
# from the local Glance, kept apart from the base stack so the two evolve without merge pain:
#   - two file stores (`local`, the default, and `archive`) and every import method Zed has,
#     with the image_conversion (to raw) and inject_image_metadata plugins;
#   - Keystone unified limits (registered limits for every project; quota-lab's own are seeded);
#   - Glance's shipped metadata definitions (glance-common's metadefs/*.json);
#   - a second Glance, "RegionTwo": own DB and store, only web-download (no glance-direct),
#     registered in the catalog. It is the source of glance-download and the cloud where
#     Iris must fall back to the plain PUT.
# Uses up.sh's helpers (ks, ensure_running, stamp) and lib.sh's (put_file, start_bg, wait_up,
# fail_start, cfg_hash, settings). Why each odd bit is there: README.md, "Glance features".

GFEATURES=$STATE/glance/glance-features.conf
R2=$STATE/region-two
# Every import method Zed has. Only glance-import-methods.sh narrows GLANCE_IMPORT_METHODS (e2e/reconfigure
# switches glance-direct off); up.sh always writes all four, so ensure.sh undoes a switch left behind.
ALL_GLANCE_IMPORT_METHODS=glance-direct,web-download,copy-image,glance-download
GLANCE_IMPORT_METHODS=$ALL_GLANCE_IMPORT_METHODS
# Generous for every project (the two sizes in MiB), so the e2e suite and the bench never reach
# them; quota-lab gets small project limits from seed-glance-features.sh.
GLANCE_DEFAULT_LIMITS='{"image_size_total":1048576,"image_stage_total":1048576,"image_count_total":100000,"image_count_uploading":1000}'

# ----------------------------------------------------------------- catalog ----
# ensure_image_endpoints service-id region url: the public/internal/admin image endpoints of
# one region, created or pointed at url
ensure_image_endpoints() {
  local svc=$1 region=$2 url=$3 itf out ep
  for itf in public internal admin; do
    out=$(ks GET "/endpoints?service_id=$svc&interface=$itf&region_id=$region"); ep=$(jq -c '.endpoints[0] // empty' <<<"$out")
    if [[ -z $ep ]]; then
      ks POST /endpoints "$(jq -nc --arg s "$svc" --arg i "$itf" --arg u "$url" --arg r "$region" '{endpoint:{service_id:$s,interface:$i,url:$u,region_id:$r,enabled:true}}')" >/dev/null
    elif [[ $(jq -r .url <<<"$ep") != "$url" ]]; then
      ks PATCH "/endpoints/$(jq -r .id <<<"$ep")" "$(jq -nc --arg u "$url" '{endpoint:{url:$u}}')" >/dev/null
    fi
  done
}

# The Keystone side: RegionTwo's endpoints, the glance user's system-scope reader role (oslo.limit
# reads limits and endpoints with it) and the registered limits. Stamped, so a re-run costs nothing.
ensure_glance_keystone_features() {
  local want t out uid reader svc have res val cur
  # the admin project's id changes when Keystone's DB is made anew
  want=$(printf '%s|%s|%s' "$GLANCE_DEFAULT_LIMITS" "$REGION_TWO_URL" "$(jq -r .token.project.id <<<"$TOKEN_BODY")" | sha256sum | cut -c1-16)
  [[ $(cat "$STATE/keystone/.glance-features" 2>/dev/null) == "$want" ]] && return 0
  t=$(now)
  out=$(ks GET /regions)
  jq -e 'any(.regions[]; .id == "RegionTwo")' <<<"$out" >/dev/null \
    || ks POST /regions '{"region":{"id":"RegionTwo","description":"Second local Glance (Iris dev)"}}' >/dev/null
  out=$(ks GET '/services?type=image'); svc=$(jq -r '.services[0].id // empty' <<<"$out")
  [[ -n $svc ]] || die "no image service in the catalog (ensure_catalog not run?)"
  ensure_image_endpoints "$svc" RegionTwo "$REGION_TWO_URL"

  out=$(ks GET '/users?name=glance&domain_id=default'); uid=$(jq -r '.users[0].id' <<<"$out")
  out=$(ks GET '/roles?name=reader'); reader=$(jq -r '.roles[0].id // empty' <<<"$out")
  [[ -n $reader ]] || die "role reader missing (keystone bootstrap creates it)"
  ks PUT "/system/users/$uid/roles/$reader" >/dev/null

  have=$(ks GET "/registered_limits?service_id=$svc&region_id=RegionOne")
  while IFS=$'\t' read -r res val; do
    cur=$(jq -c --arg r "$res" '[.registered_limits[] | select(.resource_name == $r)][0] // empty' <<<"$have")
    if [[ -z $cur ]]; then
      ks POST /registered_limits "$(jq -nc --arg s "$svc" --arg r "$res" --argjson v "$val" \
        '{registered_limits:[{service_id:$s,region_id:"RegionOne",resource_name:$r,default_limit:$v}]}')" >/dev/null
    elif [[ $(jq -r .default_limit <<<"$cur") != "$val" ]]; then
      ks PATCH "/registered_limits/$(jq -r .id <<<"$cur")" "$(jq -nc --argjson v "$val" '{registered_limit:{default_limit:$v}}')" >/dev/null
    fi
  done < <(jq -r 'to_entries[] | [.key, .value] | @tsv' <<<"$GLANCE_DEFAULT_LIMITS")
  echo "$want" >"$STATE/keystone/.glance-features"
  log "glance features in keystone (RegionTwo, system reader, registered limits) ensured in $(since "$t")s"
}

# ------------------------------------------------------------------ config ----
# Before Glance's (re)start check: glance-features.conf needs the catalog's endpoint id. A first
# run makes the catalog here (CATALOG_ENSURED: up.sh then skips its own ensure_catalog).
CATALOG_ENSURED=0
glance_features_prepare() {
  if ! catalog_ok; then
    ensure_catalog 1; CATALOG_ENSURED=1
    ks_login admin "$ADMIN_PASSWORD" admin || die "no admin token from $KEYSTONE_URL"
    ADMIN_TOKEN=$TOKEN
  fi
  ensure_glance_keystone_features
  write_glance_features_conf
}

# glance-features.conf, loaded after glance-api.conf. [oslo_limit] endpoint_id is the id of
# Glance's own public endpoint, so this needs the catalog first.
write_glance_features_conf() {
  local ep
  ep=$(jq -r '[.token.catalog[]? | select(.type=="image") | .endpoints[]
               | select(.interface=="public" and .region_id=="RegionOne") | .id][0] // empty' <<<"$TOKEN_BODY")
  [[ -n $ep ]] || die "no public RegionOne image endpoint in the admin token's catalog"
  mkdir -p "$STATE/glance/archive"
  put_file "$GFEATURES" <<CONF
# written by scripts/openstack/glance-features.sh; loaded after glance-api.conf
[DEFAULT]
# multi-store syntax: GET /v2/info/stores 404s with the legacy "stores =" (gotcha 9)
enabled_backends = local:file, archive:file
# bounded ListOpt: must be written [a,b] (gotcha 7)
enabled_import_methods = [$GLANCE_IMPORT_METHODS]
use_keystone_limits = True

[glance_store]
default_backend = local

[local]
filesystem_store_datadir = $STATE/glance/images/
store_description = Local filesystem store (Iris dev)

[archive]
filesystem_store_datadir = $STATE/glance/archive/
store_description = Second file store (Iris dev)

[image_import_opts]
# order matters: metadata is injected into the converted image
image_import_plugins = [image_conversion,inject_image_metadata]

[image_conversion]
output_format = raw

[inject_metadata_properties]
# not for admins (Glance's default), so an import by a member shows it
ignore_user_roles = admin
inject = imported_via:glance-import

[oslo_limit]
auth_url = $KEYSTONE_URL
auth_type = password
user_domain_id = default
username = glance
password = $SERVICE_PASSWORD
system_scope = all
endpoint_id = $ep
region_name = RegionOne
CONF
}

# RegionTwo's config: glance-api.conf (symlinked, so its path is not in the process's cmdline,
# which svc_pid uses to tell the two Glances apart) plus these overrides.
write_region_two_conf() {
  mkdir -p "$R2"/{images,staging,tasks}
  ln -sfn ../glance/glance-api.conf "$R2/base.conf"
  put_file "$R2/glance-api.conf" <<CONF
# written by scripts/openstack/glance-features.sh; loaded after base.conf (= glance/glance-api.conf)
[DEFAULT]
log_file = glance-region-two.log
bind_port = $REGION_TWO_PORT
public_endpoint = $REGION_TWO_URL
# one process, no forked child: this Glance only serves a few test requests
workers = 0
# no glance-direct: Iris must fall back to PUT /file here
enabled_import_methods = [web-download]
enabled_backends = local:file

[glance_store]
default_backend = local

[local]
filesystem_store_datadir = $R2/images/
store_description = RegionTwo filesystem store (Iris dev)

[os_glance_staging_store]
filesystem_store_datadir = $R2/staging/

[os_glance_tasks_store]
filesystem_store_datadir = $R2/tasks/

[database]
connection = sqlite:///$R2/glance.db
CONF
}

# (Re)start RegionOne's glance-api from its two config files; the caller stopped the old one.
start_glance_api() {
  local t; t=$(now)
  cfg_hash glance-api >"$RUN/glance-api.cfg"
  start_bg glance-api $PY -m glance.cmd.api --config-file "$STATE/glance/glance-api.conf" --config-file "$GFEATURES"
  wait_up glance-api "$GLANCE_URL/healthcheck" 60 || fail_start glance-api
  log "glance-api up in $(since "$t")s (pid $(<"$RUN/glance-api.pid"))"
}

# ---------------------------------------------------------------- metadefs ----
# Loaded once per DB and package version; `db load_metadefs` skips namespaces that exist, so
# namespaces an admin edited are never overwritten. OS::OperatingSystem (os_distro, os_version,
# os_admin_user) and OS::Glance::CommonImageProperties ship without "visibility", which makes
# them private to the admin project: loaded as public, like every other shipped namespace.
load_metadefs() {
  local want t f dir=$STATE/glance/metadefs
  [[ -d $CACHE_DIR/metadefs ]] || { warn "no metadefs in $CACHE_DIR: /v2/metadefs stays empty"; return 0; }
  want="$(stamp python3-glance) $(cat "$CACHE_DIR"/metadefs/*.json | sha256sum | cut -c1-16)"
  [[ $(cat "$STATE/glance/.metadefs_loaded" 2>/dev/null) == "$want" ]] && return 0
  t=$(now)
  rm -rf "$dir"; mkdir -p "$dir"
  for f in "$CACHE_DIR"/metadefs/*.json; do jq '.visibility //= "public"' "$f" >"$dir/${f##*/}"; done
  $PY -m glance.cmd.manage --config-file "$GCONF" db load_metadefs --path "$dir" >>"$LOGD/glance-manage.out" 2>&1 \
    || { tail -30 "$LOGD/glance-manage.out" >&2; die "glance-manage db load_metadefs failed"; }
  echo "$want" >"$STATE/glance/.metadefs_loaded"
  log "metadata definitions loaded in $(since "$t")s"
}

# ---------------------------------------------------------------- RegionTwo ----
# db_sync needs no Keystone: in the background, beside Glance's own, while Keystone starts
R2SYNC_PID=
start_region_two_db_sync() {
  write_region_two_conf
  [[ ! -s $R2/glance.db || $(cat "$R2/.db_synced" 2>/dev/null) != "$(stamp python3-glance)" ]] || return 0
  ( t=$(now)
    $PY -m glance.cmd.manage --config-file "$R2/base.conf" --config-file "$R2/glance-api.conf" db_sync >>"$LOGD/glance-manage-region-two.out" 2>&1 \
      || { tail -30 "$LOGD/glance-manage-region-two.out" >&2; exit 1; }
    sqlite3 "$R2/glance.db" 'PRAGMA journal_mode=WAL;' >/dev/null
    stamp python3-glance >"$R2/.db_synced"
    log "RegionTwo glance db_sync took $(since "$t")s" ) & R2SYNC_PID=$!
}

ensure_region_two() {
  local rc=0 t
  if [[ -n $R2SYNC_PID ]]; then wait "$R2SYNC_PID" || die "RegionTwo glance db_sync failed (log: $LOGD/glance-manage-region-two.out)"; fi
  ensure_running glance-region-two "$REGION_TWO_URL/healthcheck" "$REGION_TWO_PORT" IRIS_GLANCE_REGION_TWO_PORT || rc=$?
  ((rc == 10)) || return "$rc"
  restarted=1
  t=$(now)
  cfg_hash glance-region-two >"$RUN/glance-region-two.cfg"
  start_bg glance-region-two $PY -m glance.cmd.api --config-file "$R2/base.conf" --config-file "$R2/glance-api.conf"
  wait_up glance-region-two "$REGION_TWO_URL/healthcheck" 60 || fail_start glance-region-two
  log "RegionTwo glance-api up in $(since "$t")s (pid $(<"$RUN/glance-region-two.pid"))"
}

# After a (re)start: quotas work only if oslo.limit can reach Keystone with the service user, and
# RegionTwo must accept tokens; a healthcheck shows neither. Only then: /v2/info/usage makes ten
# Keystone calls through openstacksdk (1-3 s on a busy 2-core box).
check_glance_features() {
  local code
  ((restarted)) || return 0
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H "X-Auth-Token: $ADMIN_TOKEN" "$GLANCE_URL/v2/info/usage")
  [[ $code == 200 ]] || die "GET $GLANCE_URL/v2/info/usage returned $code: unified limits misconfigured (see $LOGD/glance-api.log)"
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H "X-Auth-Token: $ADMIN_TOKEN" "$REGION_TWO_URL/v2/images?limit=1")
  [[ $code == 200 ]] || die "authenticated GET $REGION_TWO_URL/v2/images returned $code (see $LOGD/glance-region-two.log)"
}
