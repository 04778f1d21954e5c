#!/usr/bin/env bash
# npm test: install what is missing, start + seed the real local Keystone and Glance,
# then typecheck, lint, unit tests, production build, Playwright e2e in Debian's Chromium, the
# stack's own smoke checks (Glance features for issues 17/18, federated sign-in for issue 16), and
# the cluster e2e (nginx, installed by scripts/cluster/up.sh, in front of two replicas: issue 15).
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "setup"; bash scripts/setup.sh
step "local Keystone + Glance"; bash scripts/openstack/ensure.sh
# shellcheck disable=SC1091
source scripts/stack-env.sh
step "typecheck"; npx tsc --noEmit
step "lint"; npx eslint . --max-warnings=0
step "unit tests"; npx vitest run
step "build"; npx next build
step "e2e"; CI=${CI:-true} npx playwright test "$@"
step "stack smoke: Glance features"; bash scripts/openstack/smoke-glance.sh
step "stack smoke: federated sign-in"; node scripts/openstack/sso-smoke.mjs
# its global setup runs `npm run cluster` (its own build and ports: nginx :8443, replicas :3270/3271)
# and its teardown `npm run cluster:down`; a failed start still stops whatever it started
step "cluster e2e: nginx + two replicas"
CI=${CI:-true} npx playwright test -c playwright.cluster.config.ts || { bash scripts/cluster/down.sh; exit 1; }
