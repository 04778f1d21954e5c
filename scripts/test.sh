#!/usr/bin/env bash
# npm test: install what is missing, start + seed the real local Keystone and Glance,
# then typecheck, lint, unit tests, production build, Playwright e2e in Debian's Chromium, and the
# stack's own smoke checks (Glance features for issues 17/18, federated sign-in for issue 16).
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
