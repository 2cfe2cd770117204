#!/usr/bin/env bash
# Builds the static export (out/), serves it with Debian's nginx and the committed configuration, and runs the
# whole Playwright suite against it (STATIC_EXPORT=1 adds the tests of the islands, which only the export has).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${STATIC_PORT:-3180}"

BUILD_TARGET=static npm run build

bash scripts/serve-static.sh start "$port"
trap 'bash scripts/serve-static.sh stop "$port"' EXIT

STATIC_EXPORT=1 BASE_URL="http://127.0.0.1:$port" npx playwright test
