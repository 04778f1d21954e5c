#!/usr/bin/env bash
# seed.sh: populate the Keystone + Glance started by up.sh with the projects,
# users, images and share the Iris tests and demo expect. Idempotent
# (find-or-create by name); never resets what tests may have changed on
# existing objects (properties, the demo-shared member status, ...).
#
# Plain curl + jq against Keystone v3 and Glance v2: each `openstack` CLI call
# costs ~1.5 s of Python start-up (the reference's CLI seed took ~50 s).
#
#   project          users (role member)    images (owner project)
#   admin            admin (admin role)     admin-public-cirros     public
#   images-official  curator                official-debian-qcow2   public, protected
#                                           official-raw-disk       public
#   demo             demo                   demo-private            private, tag seed, team=demo
#                                           demo-protected          private, protected
#                                           demo-shared             shared, member alt (pending)
#                                           demo-snapshot           private, image_type=snapshot
#   demo-lab         demo                   lab-private             private
#   alt              alt                    alt-private             private
#                                           alt-community           community
#   quota-lab        quota                  quota-lab-base          private, raw 16 MiB (small limits)
#   fed-solo         (federated fed-solo)
# and, in RegionTwo's Glance, region-two-debian (owner demo): seed-glance-features.sh.
#
# plus federation (seed-federation.sh): identity provider local-oidc, its mapping
# (fed-demo -> demo + demo-lab, fed-solo -> fed-solo) and demo's application credential.
#
# Writes $STATE/seed.env (project ids, passwords, the application credential; mode 600)
# and $STATE/clouds.yaml.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=seed-glance-features.sh
source "$(dirname "${BASH_SOURCE[0]}")/seed-glance-features.sh"

T0=$(now)
[[ -f $STATE/endpoints.env ]] || die "run up.sh first ($STATE/endpoints.env missing)"
# shellcheck disable=SC1091
source "$STATE/endpoints.env"   # KEYSTONE_URL GLANCE_URL GLANCE_REGION_TWO_URL, as up.sh last wrote them
iris_lock

declare -A PW=([admin]=$ADMIN_PASSWORD [demo]=$DEMO_PASSWORD [alt]=$ALT_PASSWORD [curator]=$CURATOR_PASSWORD [quota]=$QUOTA_PASSWORD)
ks_login admin "$ADMIN_PASSWORD" admin || die "admin login failed at $KEYSTONE_URL (is up.sh's stack running?)"
ADMIN_TOKEN=$TOKEN
declare -A TOK=([admin@admin]=$ADMIN_TOKEN)
token_of() { # user project -> sets T; logs in lazily, so a no-op re-run logs in once
  local k=$1@$2
  if [[ -z ${TOK[$k]:-} ]]; then
    ks_login "$1" "${PW[$1]}" "$2" || die "login as $1 on project $2 failed (user created earlier with another password?)"
    TOK[$k]=$TOKEN
  fi
  T=${TOK[$k]}
}
ks() { api "$1" "$KEYSTONE_URL$2" "$ADMIN_TOKEN" -H 'Content-Type: application/json' ${3:+-d "$3"}; }

# ------------------------------------------------------ projects + users ----
declare -A P U
out=$(ks GET '/projects?domain_id=default')
while IFS=$'\t' read -r n id; do P[$n]=$id; done < <(jq -r '.projects[] | [.name, .id] | @tsv' <<<"$out")
for n in demo demo-lab alt images-official quota-lab; do
  [[ -n ${P[$n]:-} ]] && continue
  out=$(ks POST /projects "$(jq -nc --arg n "$n" '{project:{name:$n, domain_id:"default", enabled:true, description:"seeded by Iris scripts/openstack/seed.sh"}}')")
  P[$n]=$(jq -r .project.id <<<"$out"); log "created project $n"
done
[[ -n ${P[admin]:-} ]] || die "project admin missing: keystone not bootstrapped by up.sh?"

out=$(ks GET '/users?domain_id=default')
while IFS=$'\t' read -r n id; do U[$n]=$id; done < <(jq -r '.users[] | [.name, .id] | @tsv' <<<"$out")
for n in demo alt curator quota; do
  # existing users keep their password: changing it would revoke tokens tests hold
  [[ -n ${U[$n]:-} ]] && continue
  out=$(ks POST /users "$(jq -nc --arg n "$n" --arg p "${PW[$n]}" '{user:{name:$n, domain_id:"default", enabled:true, password:$p}}')")
  U[$n]=$(jq -r .user.id <<<"$out"); log "created user $n"
done

out=$(ks GET '/roles?name=member'); MEMBER=$(jq -r '.roles[0].id // empty' <<<"$out")
[[ -n $MEMBER ]] || die "role member missing (keystone bootstrap creates it)"
out=$(ks GET "/role_assignments?role.id=$MEMBER")
have=$(jq -r '.role_assignments[] | "\(.user.id // "-")@\(.scope.project.id // "-")"' <<<"$out")
# demo is a member of two projects so the UI's project switcher has something to switch
for ua in demo@demo demo@demo-lab alt@alt curator@images-official quota@quota-lab; do
  u=${U[${ua%@*}]} p=${P[${ua#*@}]}
  grep -qx "$u@$p" <<<"$have" && continue
  ks PUT "/projects/$p/users/$u/roles/$MEMBER" >/dev/null; log "granted member on ${ua#*@} to ${ua%@*}"
done

# -------------------------------------------------------------- images ----
# as: whose token creates it (publicize_image is admin-only, so public images
# are created by admin with an explicit "owner"); vsize: qemu-img virtual size;
# pattern: qemu-io fill byte that makes every qcow2 file (and checksum) distinct.
SPEC='[
 {"name":"official-debian-qcow2","disk_format":"qcow2","visibility":"public","owner":"images-official","as":"admin@admin","vsize":"1G","pattern":"0x11",
  "extra":{"protected":true,"min_disk":1,"min_ram":256,"os_distro":"debian","os_version":"12","default_user":"debian",
           "description":"Curated Debian 12 image (a tiny empty qcow2 seeded for Iris)"}},
 {"name":"official-raw-disk","disk_format":"raw","visibility":"public","owner":"images-official","as":"admin@admin","vsize":"16M",
  "extra":{"os_distro":"other"}},
 {"name":"admin-public-cirros","disk_format":"qcow2","visibility":"public","owner":"admin","as":"admin@admin","vsize":"112M","pattern":"0x22",
  "extra":{"os_distro":"cirros","os_version":"0.6.2","default_user":"cirros"}},
 {"name":"demo-private","disk_format":"qcow2","visibility":"private","owner":"demo","as":"demo@demo","vsize":"256M","pattern":"0x33",
  "extra":{"tags":["seed"],"team":"demo"}},
 {"name":"demo-protected","disk_format":"qcow2","visibility":"private","owner":"demo","as":"demo@demo","vsize":"256M","pattern":"0x44",
  "extra":{"protected":true}},
 {"name":"demo-shared","disk_format":"qcow2","visibility":"shared","owner":"demo","as":"demo@demo","vsize":"512M","pattern":"0x55",
  "extra":{}},
 {"name":"demo-snapshot","disk_format":"qcow2","visibility":"private","owner":"demo","as":"demo@demo","vsize":"1G","pattern":"0x99",
  "extra":{"image_type":"snapshot","instance_uuid":"3f0b8c9e-5d1a-4c47-9a4e-2f6d7b1c8e05","os_distro":"debian","os_version":"12",
           "description":"Snapshot of instance web-1 (as Nova records one)"}},
 {"name":"lab-private","disk_format":"qcow2","visibility":"private","owner":"demo-lab","as":"demo@demo-lab","vsize":"128M","pattern":"0x66",
  "extra":{}},
 {"name":"alt-private","disk_format":"qcow2","visibility":"private","owner":"alt","as":"alt@alt","vsize":"1G","pattern":"0x77",
  "extra":{}},
 {"name":"alt-community","disk_format":"qcow2","visibility":"community","owner":"alt","as":"alt@alt","vsize":"2G","pattern":"0x88",
  "extra":{}},
 {"name":"quota-lab-base","disk_format":"raw","visibility":"private","owner":"quota-lab","as":"quota@quota-lab","vsize":"16M",
  "extra":{"description":"Counts 16 MiB against the small limits of quota-lab"}}
]'

IMG=$STATE/seed-images; mkdir -p "$IMG"
payload() { # name disk_format vsize pattern -> path of the data file (made once)
  local f=$IMG/$1.$2 tmp
  if [[ ! -s $f ]]; then
    tmp=$f.tmp; rm -f "$tmp"
    qemu-img create -q -f "$2" "$tmp" "$3"
    if [[ $2 == raw ]]; then
      # 1 MiB of random bytes up front: a distinct checksum on every purge+seed
      head -c 1048576 /dev/urandom | dd of="$tmp" conv=notrunc status=none
    else
      qemu-io -f qcow2 -c "write -P $4 0 4k" "$tmp" >/dev/null
    fi
    mv "$tmp" "$f"
  fi
  echo "$f"
}
upload() { # id file token
  api PUT "$GLANCE_URL/v2/images/$1/file" "$3" -H 'Content-Type: application/octet-stream' -T "$2" >/dev/null
}

# community images are listed only with visibility=all (or =community), even for admin
names=$(jq -r '[.[].name] | join(",")' <<<"$SPEC")
existing=$(api GET "$GLANCE_URL/v2/images?visibility=all&limit=1000&name=in:$names" "$ADMIN_TOKEN")
declare -A FOUND IMAGE_ID
while IFS=$'\t' read -r n o id st; do
  # prefer an active copy if a test left duplicates behind
  [[ -z ${FOUND[$n@$o]:-} || $st == active ]] && FOUND[$n@$o]="$id $st"
done < <(jq -r '.images[] | [.name, .owner, .id, .status] | @tsv' <<<"$existing")

# one jq per image at most: jq 1.6 costs ~30 ms a start, which adds up
while IFS=$'\t' read -r name df vis owner_name as vsize pattern; do
  owner=${P[$owner_name]}
  read -r id status <<<"${FOUND[$name@$owner]:-- -}"
  case $status in
    -)
      token_of "${as%@*}" "${as#*@}"
      body=$(jq -c --arg n "$name" --arg o "$owner" '.[] | select(.name == $n)
        | {name, disk_format, container_format:"bare", visibility} + .extra
          + (if (.as | startswith("admin@")) then {owner:$o} else {} end)' <<<"$SPEC")
      out=$(api POST "$GLANCE_URL/v2/images" "$T" -H 'Content-Type: application/json' -d "$body")
      id=$(jq -r .id <<<"$out")
      upload "$id" "$(payload "$name" "$df" "$vsize" "$pattern")" "$T"
      log "created image $name ($vis, owner $owner_name)" ;;
    active) ;;
    queued)
      # an interrupted earlier seed (or upload) leaves the record without data
      token_of "${as%@*}" "${as#*@}"
      upload "$id" "$(payload "$name" "$df" "$vsize" "$pattern")" "$T"
      log "uploaded the data of queued image $name" ;;
    *) warn "image $name ($id) is $status; leaving it alone" ;;
  esac
  IMAGE_ID[$name]=$id
done < <(jq -r '.[] | [.name, .disk_format, .visibility, .owner, .as, .vsize, (.pattern // "-")] | @tsv' <<<"$SPEC")

# A stack seeded by an older SPEC lacks the string properties added since (default_user, …): add
# what is missing to the seeded images, never overwriting a value that is there.
ids=$(printf '%s\n' "${IMAGE_ID[@]}" | jq -Rn '[inputs]')
while IFS=$'\t' read -r id name patch; do
  api PATCH "$GLANCE_URL/v2/images/$id" "$ADMIN_TOKEN" -H 'Content-Type: application/openstack-images-v2.1-json-patch' -d "$patch" >/dev/null
  log "added the properties $name was seeded without"
done < <(jq -r --argjson spec "$SPEC" --argjson ids "$ids" '
  .images[] | select(.id as $i | $ids | index($i)) | . as $img
  | [($spec[] | select(.name == $img.name)).extra | to_entries[]
     | .key as $k | select((.value | type) == "string" and ($img | has($k) | not)) | {op: "add", path: ("/" + $k), value}]
  | select(length > 0) | [$img.id, $img.name, tojson] | @tsv' <<<"$existing")

# share demo-shared with alt. An existing membership keeps whatever status
# tests set (accepted/rejected); a new one starts as pending.
out=$(api GET "$GLANCE_URL/v2/images/${IMAGE_ID[demo-shared]}/members" "$ADMIN_TOKEN")
if ! jq -e --arg m "${P[alt]}" 'any(.members[]; .member_id == $m)' <<<"$out" >/dev/null; then
  token_of demo demo
  api POST "$GLANCE_URL/v2/images/${IMAGE_ID[demo-shared]}/members" "$T" \
    -H 'Content-Type: application/json' -d "$(jq -nc --arg m "${P[alt]}" '{member:$m}')" >/dev/null
  log "shared demo-shared with project alt (pending)"
fi

seed_quota_limits
seed_region_two

# ---------------------------------------------------------- federation ----
# shellcheck source=seed-federation.sh
source "$(dirname "${BASH_SOURCE[0]}")/seed-federation.sh"

# ------------------------------------------------------------- outputs ----
# the demo passwords: readable by this user only (created 600, and fixed if an older run left it 644)
install -m 600 /dev/null "$STATE/seed.env.tmp"
cat >"$STATE/seed.env.tmp" <<ENV
P_ADMIN=${P[admin]}
P_DEMO=${P[demo]}
P_DEMO_LAB=${P[demo-lab]}
P_ALT=${P[alt]}
P_OFFICIAL=${P[images-official]}
P_QUOTA_LAB=${P[quota-lab]}
P_FED_SOLO=${P[fed-solo]}
ADMIN_PASSWORD=$ADMIN_PASSWORD
DEMO_PASSWORD=$DEMO_PASSWORD
ALT_PASSWORD=$ALT_PASSWORD
CURATOR_PASSWORD=$CURATOR_PASSWORD
QUOTA_PASSWORD=$QUOTA_PASSWORD
FED_DEMO_PASSWORD=$FED_DEMO_PASSWORD
FED_SOLO_PASSWORD=$FED_SOLO_PASSWORD
FED_GUEST_PASSWORD=$FED_GUEST_PASSWORD
APPCRED_ID=$APPCRED_ID
APPCRED_NAME=$APPCRED_NAME
APPCRED_SECRET=$APPCRED_SECRET
APPCRED_USER=demo
ENV
mv "$STATE/seed.env.tmp" "$STATE/seed.env"

cloud() { # name user project [region]
  cat <<YAML
  $1:
    auth:
      auth_url: $KEYSTONE_URL
      username: $2
      password: ${PW[$2]}
      project_name: $3
      user_domain_name: Default
      project_domain_name: Default
    region_name: ${4:-RegionOne}
    interface: public
    identity_api_version: 3
    image_api_version: 2
YAML
}
{
  echo "# written by seed.sh; use: OS_CLIENT_CONFIG_FILE=$STATE/clouds.yaml openstack --os-cloud demo image list"
  echo "clouds:"
  cloud admin admin admin
  cloud demo demo demo
  cloud demo-lab demo demo-lab
  cloud alt alt alt
  cloud curator curator images-official
  cloud quota quota quota-lab
  cloud demo-region-two demo demo RegionTwo
} >"$STATE/clouds.yaml"
chmod 600 "$STATE/clouds.yaml"

# ------------------------------------------------------------- summary ----
all=$(api GET "$GLANCE_URL/v2/images?visibility=all&limit=1000&sort=name:asc" "$ADMIN_TOKEN")
members=$(api GET "$GLANCE_URL/v2/images/${IMAGE_ID[demo-shared]}/members" "$ADMIN_TOKEN")
pnames=$(for n in "${!P[@]}"; do printf '%s\t%s\n' "${P[$n]}" "$n"; done \
         | jq -Rn '[inputs | split("\t") | {(.[0]): .[1]}] | add')
table=$(jq -r --argjson pn "$pnames" '
  ["NAME","DISK","VISIBILITY","STATUS","SIZE","PROTECTED","OWNER"],
  (.images[] | [.name, .disk_format, .visibility, .status, (.size // "-" | tostring),
                (.protected | tostring), ($pn[.owner] // .owner)]) | @tsv' <<<"$all")
if command -v column >/dev/null; then column -t -s $'\t' <<<"$table"; else printf '%s\n' "$table"; fi
echo "demo-shared members: $(jq -r --argjson pn "$pnames" '[.members[] | "\($pn[.member_id] // .member_id)=\(.status)"] | join(", ")' <<<"$members")"
log "seeded in $(since "$T0")s: $(jq '.images | length' <<<"$all") images; $STATE/seed.env, $STATE/clouds.yaml"
