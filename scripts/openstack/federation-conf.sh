# shellcheck shell=bash disable=SC2154  # DEBUG, KS_USER come from up.sh, put_file from lib.sh
# federation-conf.sh: sourced by up.sh. Writes the configs of the federation parts:
#   $STATE/apache/keystone-httpd.conf   Apache httpd serving all of Keystone through mod_wsgi,
#                                       with mod_auth_openidc guarding the WebSSO paths
#   $STATE/keystone/sso_callback_template.html   the page Keystone answers WebSSO with: it
#                                       POSTs the new token to the ?origin= (a trusted dashboard)
#   $STATE/oidc/config.json             the local OpenID provider (oidc/provider.mjs): issuer,
#                                       its one client (Keystone's mod_auth_openidc), the users
# Why Apache serves all of Keystone rather than fronting gunicorn: README.md ("Federation").

# secret name: a random hex string made once per state dir (mode 600), then reused, so a
# restart neither invalidates mod_auth_openidc's cookies nor changes the client secret
secret() {
  local f=$STATE/oidc/$1
  [[ -s $f ]] || (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$f")
  cat "$f"
}
KEYSTONE_ORIGIN=${KEYSTONE_URL%/v3}
# a vanity path inside the protected WebSSO location: mod_auth_openidc answers it itself
OIDC_REDIRECT_URI=$KEYSTONE_ORIGIN/v3/auth/OS-FEDERATION/websso/$FED_PROTOCOL/redirect
OIDC_CLIENT_ID=keystone
OIDC_CLIENT_SECRET=$(secret client-secret)

# ------------------------------------------------------- the OpenID provider ----
# The groups claim is what Keystone's mapping (seed-federation.sh) turns into projects:
# demo-team -> demo + demo-lab, solo-lab -> fed-solo; fed-guest's group (visitors) maps to a user with no project.
jq -n --arg issuer "$OIDC_URL" --arg host "$HOST" --argjson port "$OIDC_PORT" \
  --arg cid "$OIDC_CLIENT_ID" --arg csecret "$OIDC_CLIENT_SECRET" --arg redirect "$OIDC_REDIRECT_URI" \
  --arg cookie "$(secret cookie-key)" --arg jwks "$STATE/oidc/jwks.json" \
  --arg pdemo "$FED_DEMO_PASSWORD" --arg psolo "$FED_SOLO_PASSWORD" --arg pguest "$FED_GUEST_PASSWORD" '{
    issuer: $issuer, host: $host, port: $port, name: "Iris demo identity provider",
    client: {id: $cid, secret: $csecret, name: "OpenStack Keystone (local Iris stack)", redirectUris: [$redirect]},
    cookieKeys: [$cookie], jwksFile: $jwks,
    users: [
      {username: "fed-demo",  password: $pdemo,  name: "Federated Demo", email: "fed-demo@example.org",  groups: ["demo-team"]},
      {username: "fed-solo",  password: $psolo,  name: "Federated Solo", email: "fed-solo@example.org",  groups: ["solo-lab"]},
      {username: "fed-guest", password: $pguest, name: "Federated Guest", email: "fed-guest@example.org", groups: ["visitors"]}
    ]}' | put_file "$STATE/oidc/config.json"
chmod 600 "$STATE/oidc/config.json"

# ------------------------------------------------------ Keystone's SSO page ----
# Keystone fills in $host (the trusted origin) and $token with string.Template. The token
# travels in the POST body, never in a URL.
put_file "$STATE/keystone/sso_callback_template.html" <<'HTML'
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Signing you in…</title></head>
<body>
<form id="sso" name="sso" action="$host" method="post">
  <p>Signing you in…</p>
  <input type="hidden" name="token" value="$token">
  <noscript><button type="submit">Continue</button></noscript>
</form>
<script>document.forms.sso.submit();</script>
</body>
</html>
HTML

# -------------------------------------------------- Apache httpd for Keystone ----
APACHE_LOGLEVEL=warn
[[ $DEBUG == True ]] && APACHE_LOGLEVEL="info auth_openidc:debug"
APACHE_USER=
# Apache and mod_wsgi refuse to run requests as root ("WSGI process blocked from running as
# root"): when we are root the children switch to www-data, which owns $STATE/keystone.
[[ $(id -u) == 0 ]] && APACHE_USER="User $KS_USER
Group $KS_USER"
MODS=/usr/lib/apache2/modules
put_file "$STATE/apache/keystone-httpd.conf" <<CONF
# Keystone (identity v3) under Apache httpd + mod_wsgi, written by scripts/openstack/up.sh.
# Started as: apache2 -f $STATE/apache/keystone-httpd.conf -DFOREGROUND (never the system config)
ServerRoot $STATE/apache
ServerName $HOST
Listen $HOST:$KEYSTONE_PORT
PidFile $STATE/apache/run/httpd.pid
DefaultRuntimeDir $STATE/apache/run
Mutex file:$STATE/apache/run default
$APACHE_USER
ErrorLog $LOGD/keystone-httpd.log
LogLevel $APACHE_LOGLEVEL
LogFormat "%h %u %t \"%r\" %>s %b %Dus" iris
CustomLog $LOGD/keystone-access.log iris
ServerTokens Prod
ServerSignature Off
TraceEnable Off
Timeout 120
# Clients keep connections until the server closes them (Glance's keystonemiddleware does): a short
# keep-alive races their next request and they see "other side closed" on a request Keystone never
# read, and Glance refuses a valid token. Iris closes its own idle connections after 1.5 s.
KeepAlive On
KeepAliveTimeout 75

LoadModule mpm_event_module $MODS/mod_mpm_event.so
LoadModule authn_core_module $MODS/mod_authn_core.so
LoadModule authz_core_module $MODS/mod_authz_core.so
LoadModule authz_user_module $MODS/mod_authz_user.so
LoadModule wsgi_module $MODS/mod_wsgi.so
LoadModule auth_openidc_module $MODS/mod_auth_openidc.so

# lean: one child process of threads in front of one Keystone process. The threads only wait
# for the one WSGI process, so they are cheap, and there must be more of them than requests in
# flight: when every worker is busy, mpm_event closes idle keep-alive connections at once
# (event.c: "workers_were_busy" -> process_keepalive_queue), and a client reusing one at that
# moment gets "other side closed" on a request Keystone never read. Seen with 16 (run L,
# 2026-12-02: a test's POST /v3/auth/tokens during a burst; AH00484 logged earlier that day).
StartServers 1
ServerLimit 1
ThreadLimit 64
ThreadsPerChild 64
MaxRequestWorkers 64
MinSpareThreads 1
MaxSpareThreads 65

# One daemon process: Keystone's dogpile memory cache is per process (README.md). One
# thread: two concurrent federated sign-ins both write expiring_user_group_membership, and
# SQLite (even in WAL) answers the second writer "database is locked" -> HTTP 500 at WebSSO.
# Python's GIL let 4 threads use one core anyway. Preloaded (process-group +
# application-group), so the first request does not pay for Keystone's imports.
WSGIRestrictEmbedded On
WSGISocketPrefix $STATE/apache/run/wsgi
WSGIDaemonProcess keystone processes=1 threads=1 display-name=keystone-wsgi lang=C.UTF-8 locale=C.UTF-8
WSGIScriptAlias / $STATE/keystone/keystone_public_wsgi.py process-group=keystone application-group=%{GLOBAL}
WSGIPassAuthorization On
<Directory $STATE/keystone>
  <Files keystone_public_wsgi.py>
    Require all granted
  </Files>
</Directory>

# --- OpenID Connect (mod_auth_openidc) ---------------------------------------------
OIDCProviderMetadataURL $OIDC_URL/.well-known/openid-configuration
OIDCClientID $OIDC_CLIENT_ID
OIDCClientSecret $OIDC_CLIENT_SECRET
OIDCCryptoPassphrase $(secret crypto-passphrase)
OIDCRedirectURI $OIDC_REDIRECT_URI
OIDCResponseType code
OIDCPKCEMethod S256
OIDCScope "openid email profile groups"
# Claims reach Keystone as environment variables OIDC-<claim> (OIDC-iss, OIDC-groups, ...),
# never as request headers a client could also send; Keystone's [federation]
# assertion_prefix = OIDC- reads nothing else. Lists are ;-separated, as Keystone splits them.
OIDCClaimPrefix OIDC-
OIDCClaimDelimiter ;
OIDCPassClaimsAs environment
OIDCRemoteUserClaim preferred_username

# The WebSSO routes Keystone documents: by protocol, and by identity provider + protocol.
<Location /v3/auth/OS-FEDERATION/websso/$FED_PROTOCOL>
  AuthType openid-connect
  Require valid-user
</Location>
<Location /v3/auth/OS-FEDERATION/identity_providers/$IDP_ID/protocols/$FED_PROTOCOL/websso>
  AuthType openid-connect
  Require valid-user
</Location>
CONF
chmod 600 "$STATE/apache/keystone-httpd.conf"   # holds the client secret and passphrase
