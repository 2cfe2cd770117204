#!/usr/bin/env bash
# Builds the static export (out/), serves it with Debian's nginx and the committed configuration, and runs the
# whole Playwright suite against it (STATIC_EXPORT=1 adds the tests of the islands, which only the export has).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${STATIC_PORT:-3180}"
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

BUILD_TARGET=static npm run build

prefix=$(mktemp -d)
mkdir -p "$prefix/conf/conf.d" "$prefix/logs"
cp deploy/nginx/botwijzer-security-headers.conf "$prefix/conf/conf.d/"
sed -e "s#listen 80;#listen 127.0.0.1:$port;#" -e "s#root /var/www/botwijzer;#root $PWD/out;#" \
  deploy/nginx/botwijzer.conf > "$prefix/conf/conf.d/botwijzer.conf"
cat > "$prefix/conf/nginx.conf" <<CONF
daemon on;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  types { application/wasm wasm; }
  access_log off;
  client_body_temp_path $prefix/tmp; proxy_temp_path $prefix/tmp; fastcgi_temp_path $prefix/tmp;
  uwsgi_temp_path $prefix/tmp; scgi_temp_path $prefix/tmp;
  include $prefix/conf/conf.d/botwijzer.conf;
}
CONF
mkdir -p "$prefix/tmp"
"$nginx_bin" -p "$prefix" -c "$prefix/conf/nginx.conf"
trap '"$nginx_bin" -p "$prefix" -c "$prefix/conf/nginx.conf" -s stop || true' EXIT

STATIC_EXPORT=1 BASE_URL="http://127.0.0.1:$port" npx playwright test
