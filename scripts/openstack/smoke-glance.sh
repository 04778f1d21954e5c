#!/usr/bin/env bash
# smoke-glance.sh: prove, against the running local stack (ensure.sh first), each Glance feature
# issues 17 and 18 build on: metadefs, two stores, the import pipeline (glance-direct with
# conversion to raw and injected metadata, copy-image, delete from one store, glance-download from
# RegionTwo), a Glance without glance-direct, unified limits with quota-lab's 413s, and the seed
# data (snapshot, OS and login user). curl for the APIs, the `openstack` CLI where it has the call.
# Prints one line per check; exits 1 if any failed. Deletes what it created, also on failure.
#   env: IRIS_OPENSTACK_STATE (as the other scripts), IRIS_SMOKE_TIMEOUT (120 s per wait)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[[ -f $STATE/seed.env && -f $STATE/endpoints.env ]] || die "run ensure.sh first ($STATE/seed.env missing)"
# shellcheck disable=SC1091
source "$STATE/endpoints.env"
# shellcheck disable=SC1091
source "$STATE/seed.env"
[[ -n ${GLANCE_REGION_TWO_URL:-} && -n ${P_QUOTA_LAB:-} ]] || die "stack predates glance-features: run ensure.sh again"
WAIT=${IRIS_SMOKE_TIMEOUT:-120}
R1=$GLANCE_URL R2=$GLANCE_REGION_TWO_URL
WORK=$(mktemp -d)
PASS=0 FAIL=0
CREATED=$WORK/created   # "url id" lines, deleted on exit (checks run in subshells: a file, not an array)

# ------------------------------------------------------------------ helpers ----
# check description function: one result line, never stops the script. The function runs in a
# subshell with errexit on: inside `if f` bash ignores set -e, and any failing step must count.
check() {
  local rc
  set +e; ( set -e; "${@:2}" ) >"$WORK/check.out" 2>&1; rc=$?; set -e
  if ((rc == 0)); then PASS=$((PASS + 1)); printf 'ok    %s\n' "$1"
  else FAIL=$((FAIL + 1)); printf 'FAIL  %s\n' "$1"; sed 's/^/        /' "$WORK/check.out" | head -8; fi
}
# req METHOD URL TOKEN [curl args]: sets CODE and BODY, never dies
req() {
  local m=$1 url=$2 tok=$3 out; shift 3
  out=$(curl -sS --max-time 300 -X "$m" -H "X-Auth-Token: $tok" -H 'Accept: application/json' -w '\n%{http_code}' "$@" "$url") || out=$'\n000'
  CODE=${out##*$'\n'} BODY=${out%$'\n'*}
}
is() { [[ $1 == "$2" ]] || { echo "expected '$2', got '$1'"; return 1; }; }
code_is() { is "$CODE" "$1" || { echo "body: ${BODY:0:300}"; return 1; }; }
json() { jq -e "$@" <<<"$BODY" >/dev/null || { echo "jq $* failed on: ${BODY:0:400}"; return 1; }; }
login() { ks_login "$1" "$2" "$3" || die "login $1@$3 failed"; printf '%s' "$TOKEN"; }
new_image() { # url token json -> sets IMG (and remembers it for cleanup)
  req POST "$1/v2/images" "$2" -H 'Content-Type: application/json' -d "$3"
  [[ $CODE == 201 ]] || die "create image at $1: HTTP $CODE ${BODY:0:300}"
  IMG=$(jq -r .id <<<"$BODY"); echo "$1 $IMG" >>"$CREATED"
}
image() { req GET "$1/v2/images/$2" "$ADMIN"; }
# wait_for url id jq-filter: poll the image (as admin) until the filter holds or WAIT passes
wait_for() {
  local deadline=$(( $(date +%s) + WAIT ))
  while (( $(date +%s) < deadline )); do
    image "$1" "$2"
    [[ $CODE == 200 ]] && jq -e "$3" <<<"$BODY" >/dev/null && return 0
    sleep 1
  done
  echo "image $2 never matched $3; last: ${BODY:0:500}"; return 1
}
cleanup() {
  local url id
  [[ -s $CREATED && -n ${ADMIN:-} ]] && while read -r url id; do
    curl -s -o /dev/null --max-time 60 -X DELETE -H "X-Auth-Token: $ADMIN" "$url/v2/images/$id" || true
  done <"$CREATED"
  rm -rf "$WORK"
}
trap cleanup EXIT
osc() { OS_CLIENT_CONFIG_FILE=$STATE/clouds.yaml openstack --os-cloud "$@"; }

ADMIN=$(login admin "$ADMIN_PASSWORD" admin)
DEMO=$(login demo "$DEMO_PASSWORD" demo)
ALT=$(login alt "$ALT_PASSWORD" alt)
QUOTA=$(login quota "$QUOTA_PASSWORD" quota-lab)
T0=$(now)

# ---------------------------------------------------------------- discovery ----
echo "== discovery"
t_import_methods() {
  req GET "$R1/v2/info/import" "$DEMO"; code_is 200
  json '.["import-methods"].value | sort == ["copy-image","glance-direct","glance-download","web-download"]'
}
check "RegionOne offers glance-direct, web-download, copy-image and glance-download" t_import_methods
t_stores() {
  req GET "$R1/v2/info/stores" "$DEMO"; code_is 200
  json '[.stores[] | {id, default: (.default == "true")}] | sort_by(.id) == [{id:"archive",default:false},{id:"local",default:true}]'
}
check "two stores: local (the default) and archive" t_stores
t_r2_methods() { req GET "$R2/v2/info/import" "$DEMO"; code_is 200; json '.["import-methods"].value == ["web-download"]'; }
check "RegionTwo offers only web-download (no glance-direct)" t_r2_methods
t_catalog() {
  ks_login demo "$DEMO_PASSWORD" demo
  jq -e --arg a "$R1" --arg b "$R2" '[.token.catalog[] | select(.type=="image") | .endpoints[] | select(.interface=="public") | "\(.region_id) \(.url)"] | sort
    == (["RegionOne \($a)", "RegionTwo \($b)"] | sort)' <<<"$TOKEN_BODY"
}
check "a user's catalog lists the image endpoint of both regions" t_catalog

# ----------------------------------------------------------------- metadefs ----
echo "== metadata definitions"
t_ns_list() {
  req GET "$R1/v2/metadefs/namespaces?resource_types=OS::Glance::Image&limit=100" "$DEMO"; code_is 200
  json '[.namespaces[].namespace] | (index("OS::Compute::LibvirtImage") != null) and (index("OS::OperatingSystem") != null)
        and (index("OS::Compute::Quota") == null)'   # Quota is for flavors only: the filter works
}
check "a member lists namespaces for OS::Glance::Image: LibvirtImage and OperatingSystem, not flavor-only Quota" t_ns_list
t_disk_bus() {
  req GET "$R1/v2/metadefs/namespaces/OS::Compute::LibvirtImage/properties/hw_disk_bus" "$DEMO"; code_is 200
  json '.type == "string" and (.enum | index("scsi") != null) and (.enum | index("virtio") != null) and .title == "Disk Bus"'
}
check "hw_disk_bus is a string enum with scsi and virtio, titled" t_disk_bus
t_rng() { req GET "$R1/v2/metadefs/namespaces/OS::Compute::LibvirtImage/properties/hw_rng_model" "$DEMO"; code_is 200; json '.type == "string" and .default == "virtio"'; }
check "hw_rng_model is defined (string, default virtio)" t_rng
t_ns_prefix() {
  req GET "$R1/v2/metadefs/namespaces/OS::Compute::Watchdog" "$DEMO"; code_is 200
  json '.protected == true and .visibility == "public" and (.properties.watchdog_action.enum | index("reset") != null)
        and ([.resource_type_associations[] | select(.name == "OS::Glance::Image") | .prefix] == ["hw_"])'
}
check "Watchdog: protected, public, property watchdog_action with prefix hw_ for images (key hw_watchdog_action)" t_ns_prefix

# ------------------------------------------------------------ import pipeline ----
echo "== import pipeline (glance-direct, conversion, injection, copy-image, stores)"
SRC=$WORK/disk.qcow2
qemu-img create -q -f qcow2 "$SRC" 64M
qemu-io -f qcow2 -c 'write -P 0x5a 0 1M' "$SRC" >/dev/null
qemu-img convert -f qcow2 -O raw "$SRC" "$WORK/disk.raw"
RAW_MD5=$(md5sum <"$WORK/disk.raw" | cut -d' ' -f1)
new_image "$R1" "$DEMO" '{"name":"smoke-glance-direct","disk_format":"qcow2","container_format":"bare","visibility":"private"}'
DIRECT=$IMG
t_stage() {
  req PUT "$R1/v2/images/$DIRECT/stage" "$DEMO" -H 'Content-Type: application/octet-stream' -T "$SRC"; code_is 204
  image "$R1" "$DIRECT"; json '.status == "uploading"'
}
check "PUT /stage of a qcow2 leaves the image uploading" t_stage
t_import_bad_store() {
  req POST "$R1/v2/images/$DIRECT/import" "$DEMO" -H 'Content-Type: application/json' -d '{"method":{"name":"glance-direct"},"stores":["nowhere"]}'
  code_is 409; image "$R1" "$DIRECT"; json '.status == "uploading"'
}
check "import to an unknown store: 409, image still uploading" t_import_bad_store
t_import() {
  req POST "$R1/v2/images/$DIRECT/import" "$DEMO" -H 'Content-Type: application/json' -d '{"method":{"name":"glance-direct"},"stores":["archive"]}'
  code_is 202
  wait_for "$R1" "$DIRECT" '.status == "active"'
  json --arg md5 "$RAW_MD5" '.disk_format == "raw" and .stores == "archive" and .size == 67108864 and .virtual_size == 67108864
        and .checksum == $md5 and .imported_via == "glance-import" and (.os_glance_importing_to_stores // "") == ""'
  [[ -s $STATE/glance/archive/$DIRECT && ! -e $STATE/glance/images/$DIRECT ]] || { echo "data not in the archive store dir only"; return 1; }
}
check "glance-direct to store archive: active, converted to raw (checksum of the raw bytes), metadata injected" t_import
t_import_again() {
  req POST "$R1/v2/images/$DIRECT/import" "$DEMO" -H 'Content-Type: application/json' -d '{"method":{"name":"glance-direct"}}'
  code_is 409
}
check "glance-direct on an image that is not uploading: 409" t_import_again
t_copy_member() {
  req POST "$R1/v2/images/$DIRECT/import" "$DEMO" -H 'Content-Type: application/json' -d '{"method":{"name":"copy-image"},"stores":["local"]}'
  code_is 403
}
check "copy-image by the owning member: 403 (Glance's default policy: admin only)" t_copy_member
t_copy() {
  req POST "$R1/v2/images/$DIRECT/import" "$ADMIN" -H 'Content-Type: application/json' -d '{"method":{"name":"copy-image"},"stores":["local"],"all_stores_must_succeed":true}'
  code_is 202
  wait_for "$R1" "$DIRECT" '(.stores | split(",") | sort) == ["archive","local"] and (.os_glance_importing_to_stores // "") == ""'
  json '.disk_format == "raw" and .status == "active"'
}
check "copy-image to local by admin: stores = archive,local" t_copy
t_copy_again() {
  req POST "$R1/v2/images/$DIRECT/import" "$ADMIN" -H 'Content-Type: application/json' -d '{"method":{"name":"copy-image"},"stores":["local"]}'
  code_is 400; json '.message | test("already present at store")'
}
check "copy-image to a store that has it: 400 'already present at store'" t_copy_again
t_del_store_alt() { req DELETE "$R1/v2/stores/archive/$DIRECT" "$ALT"; code_is 404; }
check "DELETE /v2/stores/archive/{id} by another project: 404" t_del_store_alt
t_del_store() {
  req DELETE "$R1/v2/stores/archive/$DIRECT" "$ADMIN"; code_is 204
  image "$R1" "$DIRECT"; json '.stores == "local" and .status == "active"'
  [[ ! -e $STATE/glance/archive/$DIRECT && -s $STATE/glance/images/$DIRECT ]] || { echo "file still in archive or missing in local"; return 1; }
}
check "DELETE /v2/stores/archive/{id} by admin: 204, only local remains, file gone" t_del_store
t_del_last() { req DELETE "$R1/v2/stores/local/$DIRECT" "$ADMIN"; code_is 403; json '.message | test("only store")'; }
check "deleting the last store's copy: 403 'the only store'" t_del_last
t_osc_show() {
  osc demo image show -f json -c disk_format -c properties -c status "$DIRECT" >"$WORK/show.json"
  jq -e '.disk_format == "raw" and .properties.stores == "local" and .status == "active"' "$WORK/show.json"
}
check "openstack image show agrees (raw, local, active)" t_osc_show

# ------------------------------------------------------------ glance-download ----
echo "== glance-download from RegionTwo"
req GET "$R2/v2/images?name=region-two-debian" "$DEMO"
R2_SRC=$(jq -r '.images[0].id // empty' <<<"$BODY")
[[ -n $R2_SRC ]] || die "region-two-debian missing in RegionTwo: run seed.sh"
t_r1_cannot_see() { req GET "$R1/v2/images/$R2_SRC" "$DEMO"; code_is 404; }
check "region-two-debian exists only in RegionTwo" t_r1_cannot_see
new_image "$R1" "$DEMO" '{"name":"smoke-glance-download","disk_format":"qcow2","container_format":"bare","visibility":"private"}'
GD=$IMG
t_gd() {
  req POST "$R1/v2/images/$GD/import" "$DEMO" -H 'Content-Type: application/json' \
    -d "$(jq -nc --arg i "$R2_SRC" '{method:{name:"glance-download",glance_image_id:$i,glance_region:"RegionTwo",glance_service_interface:"public"}}')"
  code_is 202
  wait_for "$R1" "$GD" '.status == "active"'
  json '.disk_format == "raw" and .hw_disk_bus == "scsi" and .hw_scsi_model == "virtio-scsi" and .os_distro == "debian"
        and (has("os_version") | not) and .stores == "local"'
}
check "glance-download: active in RegionOne, converted to raw, hw_* and os_distro copied (os_version is not)" t_gd
t_gd_bad_id() {
  new_image "$R1" "$DEMO" '{"name":"smoke-glance-download-bad","disk_format":"qcow2","container_format":"bare"}'
  req POST "$R1/v2/images/$IMG/import" "$DEMO" -H 'Content-Type: application/json' \
    -d '{"method":{"name":"glance-download","glance_image_id":"not-a-uuid","glance_region":"RegionTwo"}}'
  code_is 400
}
check "glance-download with a malformed remote id: 400" t_gd_bad_id

# ------------------------------------------------------- Glance without glance-direct ----
echo "== RegionTwo: plain PUT only"
new_image "$R2" "$DEMO" '{"name":"smoke-put-fallback","disk_format":"qcow2","container_format":"bare","visibility":"private"}'
FB=$IMG
t_r2_stage() { req PUT "$R2/v2/images/$FB/stage" "$DEMO" -H 'Content-Type: application/octet-stream' -T "$SRC"; code_is 404; }
check "PUT /stage where glance-direct is off: 404" t_r2_stage
t_r2_import() { req POST "$R2/v2/images/$FB/import" "$DEMO" -H 'Content-Type: application/json' -d '{"method":{"name":"glance-direct"}}'; code_is 400; }
check "POST /import glance-direct there: 400 unknown method" t_r2_import
t_r2_put() {
  req PUT "$R2/v2/images/$FB/file" "$DEMO" -H 'Content-Type: application/octet-stream' -T "$SRC"; code_is 204
  image "$R2" "$FB"; json --arg md5 "$(md5sum <"$SRC" | cut -d' ' -f1)" '.status == "active" and .disk_format == "qcow2" and .checksum == $md5'
}
check "PUT /file there: active, still qcow2 (the PUT path runs no import plugins)" t_r2_put

# ------------------------------------------------------------------- quotas ----
echo "== unified limits"
t_usage_quota() {
  req GET "$R1/v2/info/usage" "$QUOTA"; code_is 200
  json '.usage == {image_size_total:{usage:16,limit:40}, image_stage_total:{usage:0,limit:40},
                   image_count_total:{usage:1,limit:5}, image_count_uploading:{usage:0,limit:2}}'
}
check "quota-lab's /v2/info/usage: 16/40 MiB, 0/40 MiB staged, 1/5 images, 0/2 uploading" t_usage_quota
t_usage_demo() {
  req GET "$R1/v2/info/usage" "$DEMO"; code_is 200
  json '.usage.image_size_total.limit == 1048576 and .usage.image_count_total.limit == 100000 and .usage.image_count_total.usage >= 1'
}
check "demo gets the registered defaults (1 TiB, 100000 images)" t_usage_demo
t_osc_limits() {
  osc quota limit list -f json >"$WORK/limits.json"
  jq -e '[.[] | {key: .["Resource Name"], value: .["Resource Limit"]}] | from_entries
         == {image_size_total:40, image_stage_total:40, image_count_total:5, image_count_uploading:2}' "$WORK/limits.json"
}
check "openstack limit list (as quota): quota-lab's four limits" t_osc_limits
t_osc_registered() {
  osc admin registered limit list --region RegionOne -f json >"$WORK/rlimits.json"
  jq -e '[.[] | .["Resource Name"]] | sort == ["image_count_total","image_count_uploading","image_size_total","image_stage_total"]' "$WORK/rlimits.json"
}
check "openstack registered limit list: the four Glance resources" t_osc_registered

head -c $((30 * 1048576)) /dev/urandom >"$WORK/30m.raw"
new_image "$R1" "$QUOTA" '{"name":"smoke-quota-direct","disk_format":"raw","container_format":"bare","visibility":"private"}'
QD=$IMG
t_quota_import() {
  req PUT "$R1/v2/images/$QD/stage" "$QUOTA" -H 'Content-Type: application/octet-stream' -T "$WORK/30m.raw"; code_is 204
  # the import call checks the current usage only (16 < 40): accepted; the task then adds the
  # staged size, fails with Keystone's 413 text, and puts the image back to queued
  req POST "$R1/v2/images/$QD/import" "$QUOTA" -H 'Content-Type: application/json' -d '{"method":{"name":"glance-direct"}}'
  code_is 202
  wait_for "$R1" "$QD" '.status == "queued"'
  req GET "$R1/v2/images/$QD/tasks" "$QUOTA"
  json '.tasks[0].status == "failure" and (.tasks[0].message | test("413") and test("image_size_total is over limit of 40 due to current usage 16 and delta 30"))'
  req GET "$R1/v2/info/usage" "$QUOTA"; json '.usage.image_size_total.usage == 16'
  [[ -s $STATE/glance/staging/$QD ]] || { echo "staged bytes gone"; return 1; }   # kept until the image is deleted
}
check "glance-direct of 30 MiB at 16/40 MiB: task fails with 413 image_size_total, image back to queued, usage unchanged" t_quota_import
new_image "$R1" "$QUOTA" '{"name":"smoke-quota-put","disk_format":"raw","container_format":"bare","visibility":"private"}'
QP=$IMG
t_quota_put() {
  # Glance checks usage before a PUT, not during: 16 < 40, so 30 MiB is accepted (46/40)...
  req PUT "$R1/v2/images/$QP/file" "$QUOTA" -H 'Content-Type: application/octet-stream' -T "$WORK/30m.raw"; code_is 204
  new_image "$R1" "$QUOTA" '{"name":"smoke-quota-over","disk_format":"raw","container_format":"bare","visibility":"private"}'
  # ...and the next upload is refused, the image left queued
  req PUT "$R1/v2/images/$IMG/file" "$QUOTA" -H 'Content-Type: application/octet-stream' -T "$SRC"; code_is 413
  grep -q image_size_total <<<"$BODY" || { echo "413 does not name image_size_total: ${BODY:0:300}"; return 1; }
  image "$R1" "$IMG"; json '.status == "queued"'
  req GET "$R1/v2/info/usage" "$QUOTA"; json '.usage.image_size_total.usage == 46'
}
check "PUT /file: accepted while under the limit (then 46/40 MiB), the next one refused with 413" t_quota_put
t_quota_count() {
  local i
  for i in 1 2 3 4; do   # 1 seeded + 4 smoke images so far = 5 of 5
    req GET "$R1/v2/info/usage" "$QUOTA"
    (( $(jq .usage.image_count_total.usage <<<"$BODY") >= 5 )) && break
    new_image "$R1" "$QUOTA" '{"name":"smoke-quota-fill","disk_format":"raw","container_format":"bare"}'
  done
  req POST "$R1/v2/images" "$QUOTA" -H 'Content-Type: application/json' -d '{"name":"smoke-quota-sixth","disk_format":"raw","container_format":"bare"}'
  [[ $CODE != 201 ]] || echo "$R1 $(jq -r .id <<<"$BODY")" >>"$CREATED"   # a failed check must not leave it behind
  code_is 413; grep -q image_count_total <<<"$BODY"
}
check "creating a 6th image in quota-lab (limit 5): 413 image_count_total" t_quota_count

# ------------------------------------------------------------- seed data (17) ----
echo "== seed data for the catalog"
t_snapshot() {
  osc demo image list --property image_type=snapshot -f json >"$WORK/snaps.json"
  jq -e '[.[].Name] | index("demo-snapshot") != null' "$WORK/snaps.json"
  req GET "$R1/v2/images?name=demo-snapshot" "$DEMO"; json '.images[0].image_type == "snapshot" and (.images[0].instance_uuid | test("^[0-9a-f-]{36}$"))'
}
check "demo-snapshot is a snapshot with an instance_uuid (openstack image list --property image_type=snapshot)" t_snapshot
t_os_login() {
  req GET "$R1/v2/images?name=official-debian-qcow2" "$DEMO"
  json '.images[0] | .os_distro == "debian" and .os_version == "12" and .default_user == "debian"' \
    || { echo "(a stack seeded before default_user existed: down.sh --purge && ensure.sh)"; return 1; }
}
check "official-debian-qcow2 declares os_distro, os_version and default_user" t_os_login

echo
echo "smoke-glance: $PASS passed, $FAIL failed in $(since "$T0")s"
((FAIL == 0))
