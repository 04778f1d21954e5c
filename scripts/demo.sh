#!/usr/bin/env bash
# npm run demo: a fresh local Keystone + Glance with seeded data, and Iris on :3000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/openstack/ensure.sh
# shellcheck disable=SC1091
source scripts/stack-env.sh
npx next build
cat <<TXT

  Iris is starting at http://localhost:3000  (Ctrl-C to stop; the OpenStack services keep running)

  Sign in with domain "Default" and one of:
    demo    / demo-secret      member of projects demo and demo-lab
    alt     / alt-secret       member of project alt (demo shares an image with it)
    curator / curator-secret   member of images-official (the curated "Official" images)
    admin   / admin-secret     cloud administrator
    quota   / quota-secret     member of quota-lab (small image quotas: 40 MiB, 5 images)

  Stop OpenStack later with: npm run openstack:down
TXT
exec node node_modules/next/dist/bin/next start -H 0.0.0.0 -p "${PORT:-3000}"
