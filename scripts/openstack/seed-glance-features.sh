# shellcheck shell=bash
# seed-glance-features.sh: sourced by seed.sh, whose helpers it uses (api, token_of, payload,
# P, ADMIN_PASSWORD). Seeds what glance-features.sh makes possible:
#   - quota-lab's own small unified limits (every other project gets the registered defaults);
#   - region-two-debian in RegionTwo's Glance, the source for a glance-download demo.

# sizes in MiB. quota-lab-base (16 MiB) is seeded, so quota-lab starts at 16 of 40 MiB, 1 of 5 images.
QUOTA_LAB_LIMITS='{"image_size_total":40,"image_stage_total":40,"image_count_total":5,"image_count_uploading":2}'

# Keystone lists other projects' limits only to a system-scoped token (a project-scoped admin
# sees its own project's): prints one.
system_admin_token() {
  curl -sS --max-time 30 -D - -o /dev/null -X POST "$KEYSTONE_URL/auth/tokens" -H 'Content-Type: application/json' \
    -d "$(jq -nc --arg p "$ADMIN_PASSWORD" \
      '{auth:{identity:{methods:["password"],password:{user:{name:"admin",domain:{id:"default"},password:$p}}},scope:{system:{all:true}}}}')" \
    | awk -F': ' 'tolower($1)=="x-subject-token"{print $2}' | tr -d '\r'
}

# Always set to these values (unlike images, which keep what tests changed): quota tests must
# start from known limits.
seed_quota_limits() {
  local tok svc out have res val cur project=${P[quota-lab]}
  tok=$(system_admin_token); [[ -n $tok ]] || die "no system-scoped admin token"
  out=$(api GET "$KEYSTONE_URL/services?type=image" "$tok"); svc=$(jq -r '.services[0].id // empty' <<<"$out")
  [[ -n $svc ]] || die "no image service in the catalog"
  have=$(api GET "$KEYSTONE_URL/limits?service_id=$svc&region_id=RegionOne&project_id=$project" "$tok")
  while IFS=$'\t' read -r res val; do
    cur=$(jq -c --arg r "$res" '[.limits[] | select(.resource_name == $r)][0] // empty' <<<"$have")
    if [[ -z $cur ]]; then
      api POST "$KEYSTONE_URL/limits" "$tok" -H 'Content-Type: application/json' -d "$(jq -nc --arg s "$svc" --arg p "$project" --arg r "$res" --argjson v "$val" \
        '{limits:[{service_id:$s,region_id:"RegionOne",project_id:$p,resource_name:$r,resource_limit:$v}]}')" >/dev/null
      log "limit $res=$val on quota-lab"
    elif [[ $(jq -r .resource_limit <<<"$cur") != "$val" ]]; then
      api PATCH "$KEYSTONE_URL/limits/$(jq -r .id <<<"$cur")" "$tok" -H 'Content-Type: application/json' \
        -d "$(jq -nc --argjson v "$val" '{limit:{resource_limit:$v}}')" >/dev/null
      log "limit $res reset to $val on quota-lab"
    fi
  done < <(jq -r 'to_entries[] | [.key, .value] | @tsv' <<<"$QUOTA_LAB_LIMITS")
}

# An image that exists only in RegionTwo, owned by demo (same Keystone, same project id), with
# properties glance-download copies by default (hw_*, os_distro) and one it does not (os_version).
seed_region_two() {
  local out id status
  [[ -n ${GLANCE_REGION_TWO_URL:-} ]] || die "GLANCE_REGION_TWO_URL missing from $STATE/endpoints.env: run up.sh"
  token_of demo demo
  out=$(api GET "$GLANCE_REGION_TWO_URL/v2/images?name=region-two-debian&owner=${P[demo]}" "$T")
  read -r id status < <(jq -r '[.images[] | select(.status == "active")][0] // .images[0] // {} | "\(.id // "-") \(.status // "-")"' <<<"$out")
  if [[ $id == - ]]; then
    out=$(api POST "$GLANCE_REGION_TWO_URL/v2/images" "$T" -H 'Content-Type: application/json' -d '{"name":"region-two-debian",
      "disk_format":"qcow2","container_format":"bare","visibility":"private","os_distro":"debian","os_version":"12",
      "hw_disk_bus":"scsi","hw_scsi_model":"virtio-scsi","description":"Lives in RegionTwo: import it with glance-download"}')
    id=$(jq -r .id <<<"$out") status=queued
    log "created image region-two-debian in RegionTwo"
  fi
  if [[ $status == queued ]]; then
    api PUT "$GLANCE_REGION_TWO_URL/v2/images/$id/file" "$T" -H 'Content-Type: application/octet-stream' \
      -T "$(payload region-two-debian qcow2 1G 0xaa)" >/dev/null
  fi
}
