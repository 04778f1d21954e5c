#!/usr/bin/env bash
# npm run cluster: the production topology on this machine. Debian's nginx terminates TLS (a
# self-signed cert made here) in front of two `next start` replicas of one build, round-robin,
# against the local Keystone + Glance. Prints the URL and the logins; stop with npm run cluster:down.
#   env: IRIS_CLUSTER_HTTPS_PORT (8443+offset), IRIS_CLUSTER_HTTP_PORT (8080+offset),
#        IRIS_CLUSTER_REPLICA_PORT (3270+offset, and the next port), IRIS_CLUSTER_BYTE_PATH (node|nginx),
#        IRIS_CLUSTER_BUILD (1: always rebuild; default: build unless this cluster's build is there),
#        IRIS_CLUSTER_STATE ($IRIS_OPENSTACK_STATE/cluster); offset = IRIS_PORT_OFFSET (0)
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/cluster/lib.sh
source scripts/cluster/lib.sh
[[ $BYTE_PATH == node || $BYTE_PATH == nginx ]] || die "IRIS_CLUSTER_BYTE_PATH must be node or nginx"

bash scripts/setup.sh
if ! command -v nginx >/dev/null; then
  [[ $(id -u) == 0 ]] || die "need root to install nginx"
  log "apt-get install nginx"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  # the package's own service is not used (and not started where policy-rc.d forbids it)
  apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends nginx >/dev/null
fi
bash scripts/openstack/ensure.sh
# shellcheck disable=SC1091
source scripts/stack-env.sh
bash scripts/cluster/down.sh >/dev/null

load_secrets
mkdir -p "$CLUSTER"/nginx/{tls,tmp}

# --- one build for both replicas: same BUILD_ID, deployment id and server-actions key ----------
STAMP=$CLUSTER/build.stamp
if [[ ${IRIS_CLUSTER_BUILD:-0} == 1 || ! -f .next/BUILD_ID || ! -f $STAMP || ! -s $CLUSTER/deployment-id || $(cat "$STAMP") != "$(cat .next/BUILD_ID)" ]]; then
  DEPLOYMENT_ID=iris-$(git rev-parse --short HEAD 2>/dev/null || echo local)-$(date +%s)
  echo "$DEPLOYMENT_ID" >"$CLUSTER/deployment-id"
  log "next build (deployment $DEPLOYMENT_ID)"
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=$ACTIONS_KEY NEXT_DEPLOYMENT_ID=$DEPLOYMENT_ID npx next build >"$CLUSTER/log/build.log" 2>&1 ||
    { tail -30 "$CLUSTER/log/build.log" >&2; die "next build failed (log: $CLUSTER/log/build.log)"; }
  cp .next/BUILD_ID "$STAMP"
fi

# --- replicas ----------------------------------------------------------------------------------
for i in "${!REPLICAS[@]}"; do start_replica "$i"; done
for i in "${!REPLICAS[@]}"; do wait_replica "$i"; done

# --- nginx: config from the templates, self-signed cert, started on its own (no service manager)
[[ -s $CLUSTER/nginx/tls/cert.pem ]] || openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj /CN=localhost \
  -addext 'subjectAltName=DNS:localhost,IP:127.0.0.1' \
  -keyout "$CLUSTER/nginx/tls/key.pem" -out "$CLUSTER/nginx/tls/cert.pem" 2>/dev/null
glance_hostport=$(sed -n 's#^GLANCE_URL=https\?://##p' "$OPENSTACK_STATE/endpoints.env" | cut -d/ -f1)
[[ -n $glance_hostport ]] || die "no GLANCE_URL in $OPENSTACK_STATE/endpoints.env"
NGX_REPLICA_A=127.0.0.1:$(replica_port 0)
NGX_REPLICA_B=127.0.0.1:$(replica_port 1)
export NGX_STATE=$CLUSTER/nginx NGX_HTTPS_PORT=$HTTPS_PORT NGX_HTTP_PORT=$HTTP_PORT NGX_REPLICA_A NGX_REPLICA_B \
  NGX_GLANCE=$glance_hostport NGX_NGINX_SECRET=$NGINX_SECRET NGX_UPLOAD_MAX=$UPLOAD_MAX_BYTES
# shellcheck disable=SC2016  # envsubst's list of the names it may replace (nginx's own $vars stay)
vars='${NGX_STATE} ${NGX_HTTPS_PORT} ${NGX_HTTP_PORT} ${NGX_REPLICA_A} ${NGX_REPLICA_B} ${NGX_GLANCE} ${NGX_NGINX_SECRET} ${NGX_UPLOAD_MAX}'
render() { (umask 077; envsubst "$vars" <"scripts/cluster/nginx/$1.template" >"$CLUSTER/nginx/$2"); }
render nginx.conf nginx.conf
render proxy-to-iris.conf proxy-to-iris.conf
render "byte-path-$BYTE_PATH.conf" byte-path.conf
mkdir -p "$CLUSTER"/nginx/tmp/{body,proxy,fastcgi,uwsgi,scgi}
# workers run as www-data when nginx starts as root: they write only their temp dirs
[[ $(id -u) == 0 ]] && chown -R www-data "$CLUSTER/nginx/tmp" && chmod 711 "$CLUSTER" "$CLUSTER/nginx"
nginx -t -q -p "$CLUSTER/nginx" -c "$CLUSTER/nginx/nginx.conf" -e "$CLUSTER/nginx/error.log"
nginx -p "$CLUSTER/nginx" -c "$CLUSTER/nginx/nginx.conf" -e "$CLUSTER/nginx/error.log"
URL=https://localhost:$HTTPS_PORT
for _ in $(seq 40); do curl -ks -o /dev/null "$URL/login" && break; sleep 0.25; done
curl -ksf -o /dev/null "$URL/login" || die "nginx does not answer on $URL (log: $CLUSTER/nginx/error.log)"

cat <<TXT

  Iris cluster at $URL   (self-signed certificate: $CLUSTER/nginx/tls/cert.pem)
    nginx :$HTTPS_PORT (https), :$HTTP_PORT (redirects to https); byte path: $BYTE_PATH
    replicas: a on 127.0.0.1:$(replica_port 0), b on 127.0.0.1:$(replica_port 1)  (X-Iris-Replica names the one that answered)
    logs: $CLUSTER/log/replica-{a,b}.log, $CLUSTER/nginx/{access,error}.log

  Sign in with domain "Default" and one of:
    demo    / demo-secret      member of projects demo and demo-lab
    alt     / alt-secret       member of project alt
    curator / curator-secret   member of images-official
    admin   / admin-secret     cloud administrator

  Stop with: npm run cluster:down   (the OpenStack services keep running: npm run openstack:down)
TXT
