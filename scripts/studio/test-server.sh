#!/usr/bin/env bash
# The studio on a scratch copy of content/, for tests/studio: never the real articles.
# STUDIO_SCRATCH is the copy's parent folder (it gets a fresh content/ each run); PORT_STUDIO the port.
set -euo pipefail
: "${STUDIO_SCRATCH:?}" "${PORT_STUDIO:?}"
rm -rf "$STUDIO_SCRATCH"
mkdir -p "$STUDIO_SCRATCH"
cp -r content "$STUDIO_SCRATCH/content"
export STUDIO=1 CONTENT_DIR="$STUDIO_SCRATCH/content" NEXT_TELEMETRY_DISABLED=1
exec node_modules/.bin/next dev -p "$PORT_STUDIO" -H 127.0.0.1
