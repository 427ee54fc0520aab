#!/usr/bin/env bash
# Browser tests and chart export need a Chromium, and fonts for every script the data holds:
# DejaVu for Latin text, IPA Gothic for Japanese (絆, source titles). Installs Debian's packages
# for what is missing.
set -euo pipefail
need=()
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 \
   && ! command -v google-chrome >/dev/null 2>&1; then
  need+=(chromium)
fi
if command -v dpkg >/dev/null 2>&1; then
  for font in fonts-dejavu-core fonts-ipafont-gothic; do
    dpkg -s "$font" >/dev/null 2>&1 || need+=("$font")
  done
fi
[ ${#need[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's ${need[*]} for browser tests and chart export..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
  exit 0
fi
if printf '%s\n' "${need[@]}" | grep -qx chromium; then
  echo "error: no Chromium found. Browser tests and PNG/SVG export need one:" >&2
  echo "  Debian/Ubuntu: sudo apt-get install chromium   (or set BROWSER_PATH to a Chrome binary)" >&2
  exit 1
fi
echo "warning: fonts missing (${need[*]}): Japanese text may show as boxes in exports" >&2
