#!/usr/bin/env bash
# Installs what the tests need from the system when it is missing (Debian's Chromium and
# ChromeDriver for the browser tests, fonts for stable layout, Node.js for the search client's
# tests, Maven). The README's test command is `scripts/test-prerequisites.sh && mvn -B -ntp verify`.
# Safe to run again: it installs nothing that is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
# A known font keeps Chromium's text metrics (layout at 320 px, printed page counts) the same everywhere.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v mvn >/dev/null 2>&1 || need+=(maven)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing missing packages: ${need[*]}" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

