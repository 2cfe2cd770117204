#!/usr/bin/env bash
# Makes sure what the tests need is on this machine: the npm packages and a Chromium for Playwright.
# On Debian (CI, our dev machines) that is the distribution's chromium; elsewhere Playwright's own browser.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/next ] || [ package.json -nt node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "npm-pakketten installeren..."
  npm ci --no-audit --no-fund
fi

# Debian packages the suite uses: chromium (browser tests), nginx (static export smoke test), java (HTML checker).
missing=()
[ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Installeren met apt-get: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  exit 0
fi
# Without root: Playwright's own Chromium can stand in for Debian's; nginx and java must come from the system.
if [ "${missing[*]}" = "chromium" ] && ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1; then
  exit 0
fi
echo "Niet gevonden: ${missing[*]}. Installeer ze met de pakketbeheerder van uw systeem" >&2
echo "(voor Chromium kan ook: npx playwright install chromium)." >&2
exit 1
