#!/usr/bin/env bash
# Makes sure what the tests need is on this machine: the npm packages and a Chromium for Playwright.
# On Debian (CI, our dev machines) that is the distribution's chromium; elsewhere Playwright's own browser.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/next ] || [ package.json -nt node_modules/.package-lock.json ]; then
  echo "npm-pakketten installeren..."
  npm install --no-audit --no-fund
fi

if [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Chromium installeren met apt-get..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
elif ! ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1; then
  echo "Geen Chromium gevonden. Installeer Debian's chromium, of voer 'npx playwright install chromium' uit." >&2
  exit 1
fi
