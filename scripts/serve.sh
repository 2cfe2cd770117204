#!/usr/bin/env bash
# npm run serve: installs the npm packages (when the lock file or package.json changed since the last install),
# builds the site into out/ and serves it at http://localhost:3000 (PORT=... for another port).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/next ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
  || [ package.json -nt node_modules/.package-lock.json ]; then
  # npm ci installs exactly the lock file; it refuses a lock file that no longer matches package.json.
  if ! npm ci --no-audit --no-fund; then
    echo "package-lock.json past niet bij package.json: npm install werkt het bij." >&2
    npm install --no-audit --no-fund
  fi
fi
npm run build
exec node scripts/serve.mjs
