#!/usr/bin/env bash
# npm run demo: a fresh local Keystone + Glance with seeded data, and Iris on :3000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/openstack/ensure.sh
# shellcheck disable=SC1091
source scripts/stack-env.sh
npx next build
# Loopback only by default: the demo is plain HTTP with published passwords. IRIS_HOST=0.0.0.0
# exposes it (see docs/operations.md: put TLS in front and set PUBLIC_ORIGIN for anything real).
bind=${IRIS_HOST:-127.0.0.1}
port=${PORT:-3000}
if [[ $bind == 127.0.0.1 ]]; then
  reach="Only this machine can reach it (IRIS_HOST=0.0.0.0 npm run demo listens on every interface)."
else
  reach="Listening on $bind over plain HTTP: anyone who can reach it can sign in with the logins below."
fi
cat <<TXT

  Iris is starting at http://$bind:$port  (Ctrl-C to stop; the OpenStack services keep running)
  $reach

  Sign in with domain "Default" and one of:
    demo    / demo-secret      member of projects demo and demo-lab
    alt     / alt-secret       member of project alt (demo shares an image with it)
    curator / curator-secret   member of images-official (the curated "Official" images)
    admin   / admin-secret     cloud administrator
    quota   / quota-secret     member of quota-lab (small image quotas: 40 MiB, 5 images)

  Or "Sign in with Demo identity provider" (Keystone WebSSO through the local OpenID provider):
    fed-demo  / $FED_DEMO_PASSWORD    mapped to projects demo and demo-lab
    fed-solo  / $FED_SOLO_PASSWORD    mapped to project fed-solo
    fed-guest / $FED_GUEST_PASSWORD   signed in, but mapped to no project
  Or "Application credential": ID $APPCRED_ID, secret $APPCRED_SECRET (user demo, project demo)

  Stop OpenStack later with: npm run openstack:down
TXT
exec node --initial-old-space-size=128 server/start.mjs -H "$bind" -p "$port"
