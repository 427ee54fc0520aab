#!/usr/bin/env bash
# Browser tests and chart export need a Chromium. Use the one on PATH, else install Debian's.
set -euo pipefail
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then
    exit 0
  fi
done
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's chromium for browser tests and chart export..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  command -v chromium >/dev/null && exit 0
fi
echo "error: no Chromium found. Browser tests and PNG/SVG export need one:" >&2
echo "  Debian/Ubuntu: sudo apt-get install chromium   (or set BROWSER_PATH to a Chrome binary)" >&2
exit 1
