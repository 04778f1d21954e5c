#!/usr/bin/env bash
# Source with a number N (1-9) to give this shell its own local stack and ports, so several
# checkouts can run `npm test` on one machine without sharing Keystone, Glance or Iris:
#   source scripts/dev/isolated-env.sh 3 && npm test
# N=0 (or no argument) leaves the defaults (state /tmp/iris-openstack, ports 5000/9292/8089/3100).
_n=${1:-0}
[[ $_n =~ ^[0-9]$ ]] || { echo "isolated-env.sh: N must be 0-9" >&2; return 1 2>/dev/null || exit 1; }
if ((_n > 0)); then
  export IRIS_OPENSTACK_STATE=/tmp/iris-openstack-$_n
  export IRIS_KEYSTONE_PORT=$((5000 + _n * 100))   # not 5060/5061: fetch refuses those (SIP)
  export IRIS_GLANCE_PORT=$((9292 + _n * 10))
  export IRIS_WEB_DOWNLOAD_PORTS=$((8089 + _n * 10))
  export IRIS_E2E_PORT=$((3100 + _n * 100))
  export PORT=$((3050 + _n * 100))   # between e2e ports: K's demo never meets another K's e2e
  # also moves the OpenID provider (5556+100N) and the SSO smoke receiver (5557+100N)
  export IRIS_PORT_OFFSET=$((_n * 100))
fi
unset _n
