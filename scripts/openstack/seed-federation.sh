# shellcheck shell=bash disable=SC2154  # ks, api, token_of, P, U, MEMBER, T come from seed.sh
# seed-federation.sh: sourced by seed.sh. Keystone's side of WebSSO over OpenID Connect and
# one application credential, find-or-create like the rest of the seed:
#
#   identity provider local-oidc (remote id = the local provider's issuer), domain federated-users
#   protocol openid -> mapping local-oidc-mapping, on the provider's "groups" claim:
#     demo-team -> group federated-demo -> member of demo and demo-lab   (user fed-demo)
#     solo-lab  -> group federated-solo -> member of fed-solo            (user fed-solo)
#     visitors  -> a Keystone user in no group: no project (user fed-guest; Iris says so)
#     anything else maps to nothing: Keystone refuses the sign-in
#   application credential iris-demo-appcred of user demo, scoped to project demo
#
# Sets APPCRED_ID and P[fed-solo] for seed.sh's outputs.

# GET that treats 404 as "absent" (prints nothing) instead of dying
ks_maybe() {
  local out code
  out=$(curl -sS --max-time 60 -H "X-Auth-Token: $ADMIN_TOKEN" -H 'Accept: application/json' -w '\n%{http_code}' "$KEYSTONE_URL$1") \
    || die "curl GET $KEYSTONE_URL$1 failed"
  code=${out##*$'\n'}; out=${out%$'\n'*}
  case $code in 2*) printf '%s' "$out" ;; 404) ;; *) die "GET $KEYSTONE_URL$1 -> HTTP $code: ${out:0:300}" ;; esac
}
# find_or_create collection name query-extra json-body -> id (admin's token)
find_or_create() {
  local out id
  out=$(ks GET "/$1?name=$2$3"); id=$(jq -r ".$1[0].id // empty" <<<"$out")
  if [[ -z $id ]]; then
    out=$(ks POST "/$1" "$4"); id=$(jq -r '.[keys[0]].id' <<<"$out"); log "created ${1%s} $2" >&2
  fi
  echo "$id"
}

# --------------------------------------------------- projects, groups, roles ----
P[fed-solo]=$(find_or_create projects fed-solo '&domain_id=default' \
  '{"project":{"name":"fed-solo","domain_id":"default","enabled":true,"description":"seeded by Iris: the project federated user fed-solo is mapped to"}}')
# not "federated": Keystone reserves that name ([federation] federated_domain_name)
FED_DOMAIN=$(find_or_create domains federated-users '' \
  '{"domain":{"name":"federated-users","enabled":true,"description":"users signed in through the local OpenID provider (seeded by Iris)"}}')
declare -A G
for g in federated-demo federated-solo; do
  G[$g]=$(find_or_create groups "$g" '&domain_id=default' \
    "$(jq -nc --arg n "$g" '{group:{name:$n, domain_id:"default", description:"federated users mapped by local-oidc-mapping"}}')")
done
out=$(ks GET "/role_assignments?role.id=$MEMBER")
have=$(jq -r '.role_assignments[] | "\(.group.id // "-")@\(.scope.project.id // "-")"' <<<"$out")
for ga in federated-demo@demo federated-demo@demo-lab federated-solo@fed-solo; do
  g=${G[${ga%@*}]} p=${P[${ga#*@}]}
  grep -qx "$g@$p" <<<"$have" && continue
  ks PUT "/projects/$p/groups/$g/roles/$MEMBER" >/dev/null; log "granted member on ${ga#*@} to group ${ga%@*}"
done

# ------------------------------------------------- provider, mapping, protocol ----
FED=/OS-FEDERATION
idp=$(ks_maybe "$FED/identity_providers/$IDP_ID")
if [[ -z $idp ]]; then
  ks PUT "$FED/identity_providers/$IDP_ID" "$(jq -nc --arg d "$FED_DOMAIN" --arg r "$OIDC_URL" \
    '{identity_provider:{domain_id:$d, remote_ids:[$r], enabled:true, description:"Iris local OpenID provider (scripts/openstack/oidc)"}}')" >/dev/null
  log "created identity provider $IDP_ID ($OIDC_URL)"
elif [[ $(jq -c '.identity_provider.remote_ids' <<<"$idp") != "[\"$OIDC_URL\"]" ]]; then
  # the provider's port moved (IRIS_OIDC_PORT): its issuer is the remote id
  ks PATCH "$FED/identity_providers/$IDP_ID" "$(jq -nc --arg r "$OIDC_URL" '{identity_provider:{remote_ids:[$r]}}')" >/dev/null
  log "identity provider $IDP_ID now trusts issuer $OIDC_URL"
fi

rule() { # group-claim keystone-group -> one mapping rule
  jq -nc --arg claim "$1" --arg group "$2" '{
    remote: [{type:"OIDC-preferred_username"}, {type:"OIDC-email"}, {type:"OIDC-groups", any_one_of:[$claim]}],
    local:  [{user:{name:"{0}", email:"{1}"}}, {group:{name:$group, domain:{name:"Default"}}}]}'
}
# signed in, but member of nothing: what a new user of a research cloud sees before an admin adds them
VISITORS=$(jq -nc '{remote: [{type:"OIDC-preferred_username"}, {type:"OIDC-email"}, {type:"OIDC-groups", any_one_of:["visitors"]}],
  local: [{user:{name:"{0}", email:"{1}"}}]}')
RULES=$(jq -sc '.' <<<"$(rule demo-team federated-demo) $(rule solo-lab federated-solo) $VISITORS")
MAPPING=$IDP_ID-mapping
mapping=$(ks_maybe "$FED/mappings/$MAPPING")
if [[ -z $mapping ]]; then
  ks PUT "$FED/mappings/$MAPPING" "$(jq -nc --argjson r "$RULES" '{mapping:{rules:$r}}')" >/dev/null
  log "created mapping $MAPPING"
elif [[ $(jq -cS '.mapping.rules' <<<"$mapping") != "$(jq -cS '.' <<<"$RULES")" ]]; then
  ks PATCH "$FED/mappings/$MAPPING" "$(jq -nc --argjson r "$RULES" '{mapping:{rules:$r}}')" >/dev/null
  log "updated mapping $MAPPING"
fi

protocol=$(ks_maybe "$FED/identity_providers/$IDP_ID/protocols/$FED_PROTOCOL")
if [[ -z $protocol ]]; then
  ks PUT "$FED/identity_providers/$IDP_ID/protocols/$FED_PROTOCOL" "{\"protocol\":{\"mapping_id\":\"$MAPPING\"}}" >/dev/null
  log "created protocol $FED_PROTOCOL on $IDP_ID"
elif [[ $(jq -r '.protocol.mapping_id' <<<"$protocol") != "$MAPPING" ]]; then
  ks PATCH "$FED/identity_providers/$IDP_ID/protocols/$FED_PROTOCOL" "{\"protocol\":{\"mapping_id\":\"$MAPPING\"}}" >/dev/null
fi

# ------------------------------------------------------ application credential ----
# Created by demo itself (application credentials belong to a user and carry the project
# of the token that made them). Its secret is ours to choose, so a re-seed can check it.
APPCRED_NAME=iris-demo-appcred
appcred_works() { # id -> 0 if Keystone issues a token for it with our secret
  [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -X POST "$KEYSTONE_URL/auth/tokens" -H 'Content-Type: application/json' \
    -d "$(jq -nc --arg id "$1" --arg s "$APPCRED_SECRET" '{auth:{identity:{methods:["application_credential"],application_credential:{id:$id,secret:$s}}}}')") == 201 ]]
}
token_of demo demo
out=$(api GET "$KEYSTONE_URL/users/${U[demo]}/application_credentials?name=$APPCRED_NAME" "$T")
APPCRED_ID=$(jq -r '.application_credentials[0].id // empty' <<<"$out")
if [[ -n $APPCRED_ID ]] && ! appcred_works "$APPCRED_ID"; then
  api DELETE "$KEYSTONE_URL/users/${U[demo]}/application_credentials/$APPCRED_ID" "$T" >/dev/null
  log "deleted application credential $APPCRED_NAME (its secret was not IRIS_APPCRED_SECRET)"
  APPCRED_ID=
fi
if [[ -z $APPCRED_ID ]]; then
  out=$(api POST "$KEYSTONE_URL/users/${U[demo]}/application_credentials" "$T" -H 'Content-Type: application/json' \
    -d "$(jq -nc --arg n "$APPCRED_NAME" --arg s "$APPCRED_SECRET" \
      '{application_credential:{name:$n, secret:$s, description:"seeded by Iris: scripts sign in with this (project demo)"}}')")
  APPCRED_ID=$(jq -r .application_credential.id <<<"$out")
  log "created application credential $APPCRED_NAME for demo on project demo"
fi
