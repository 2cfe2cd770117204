#!/usr/bin/env bash
# Serves the built site (out/, after npm run build) with nginx and deploy/nginx, and runs the browser tests that
# check what a server adds (tagged @server: headers, clean URLs, the trailing slash, the 404 page, caching,
# compression, an article and a tool) against it. The whole suite runs against scripts/serve.mjs (npm run test:e2e).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${NGINX_PORT:-3180}"

bash scripts/serve-nginx.sh start "$port"
trap 'bash scripts/serve-nginx.sh stop "$port"' EXIT

BASE_URL="http://127.0.0.1:$port" npx playwright test --grep @server --project desktop
