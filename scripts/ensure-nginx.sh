#!/usr/bin/env bash
# The replica test (tests/e2e/test_replicas.py) puts two dashboard servers behind a real nginx,
# run unprivileged from a temp folder with docs/nginx/kizuna.conf. Use the nginx on PATH (or in
# /usr/sbin), else install Debian's -- without starting the system service on port 80.
set -euo pipefail
PATH="$PATH:/usr/sbin:/sbin"
if command -v nginx >/dev/null 2>&1; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's nginx for the replica test (the system service is not started)..."
  export DEBIAN_FRONTEND=noninteractive
  # Debian's maintainer scripts start a newly installed service through invoke-rc.d, unless
  # policy-rc.d says no (exit 101). Say no for the length of this install only.
  policy=/usr/sbin/policy-rc.d
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod +x "$policy"
    trap 'rm -f "$policy"' EXIT
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends nginx >/dev/null
  command -v nginx >/dev/null && exit 0
fi
echo "error: no nginx found. The replica test (tests/e2e/test_replicas.py) needs one:" >&2
echo "  Debian/Ubuntu: sudo apt-get install nginx   (the test runs its own copy on free ports)" >&2
exit 1
