#!/usr/bin/env bash
# Sourced by demo.sh and test.sh: the environment Iris needs to talk to the local stack.
STATE=${IRIS_OPENSTACK_STATE:-/tmp/iris-openstack}
# shellcheck disable=SC1091
source "$STATE/seed.env"
# Keystone as up.sh last wrote it (IRIS_KEYSTONE_PORT may move it); Glance comes from its catalog
_endpoint_keystone=$(sed -n 's/^KEYSTONE_URL=//p' "$STATE/endpoints.env" 2>/dev/null)
export KEYSTONE_URL=${KEYSTONE_URL:-${_endpoint_keystone:-http://127.0.0.1:${IRIS_KEYSTONE_PORT:-5000}/v3}}
unset _endpoint_keystone
# sign-in choices: password, the local OpenID provider through Keystone's WebSSO, application credentials
_endpoint() { sed -n "s/^$1=//p" "$STATE/endpoints.env" 2>/dev/null; }
_idp=$(_endpoint FEDERATION_IDP) _protocol=$(_endpoint FEDERATION_PROTOCOL) _issuer=$(_endpoint OIDC_ISSUER)
if [[ -n $_idp && -n $_protocol ]]; then
  export WEBSSO_CHOICES=${WEBSSO_CHOICES:-"credentials=Keystone password,$_idp=Demo identity provider,application_credential=Application credential"}
  export WEBSSO_IDP_MAPPING=${WEBSSO_IDP_MAPPING:-"$_idp=$_idp:$_protocol"}
  [[ -n $_issuer ]] && export WEBSSO_IDP_HEALTH_URLS=${WEBSSO_IDP_HEALTH_URLS:-"$_idp=$_issuer/.well-known/openid-configuration"}
fi
unset -f _endpoint; unset _idp _protocol _issuer
# the catalog has two image regions (scripts/openstack/glance-features.sh): Iris uses RegionOne's
export OS_REGION=${OS_REGION:-RegionOne}
export OFFICIAL_IMAGE_OWNERS=${OFFICIAL_IMAGE_OWNERS:-$P_OFFICIAL=images-official}
# one secret per state dir, so demo and test sessions survive restarts of Iris
[[ -s $STATE/session-secret ]] || (umask 077; openssl rand -hex 32 > "$STATE/session-secret")
export SESSION_SECRET=${SESSION_SECRET:-$(cat "$STATE/session-secret")}
export NEXT_TELEMETRY_DISABLED=1
