#!/usr/bin/env bash
# Serves the site (out/) with Debian's nginx and the configuration in deploy/nginx, the way a server would, on
# 127.0.0.1:PORT. Used by test-nginx.sh and audit.mjs.
#   scripts/serve-nginx.sh start 3180    scripts/serve-nginx.sh stop 3180
# nginx started as root runs its workers as `nobody`, who may not be able to read a checkout in a private folder:
# the site and the configuration are copied to a world-readable folder under /tmp first.
set -euo pipefail
cd "$(dirname "$0")/.."
action="${1:?start of stop}"
port="${2:?poort}"
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
prefix="/tmp/botwijzer-nginx-$port"

if [ "$action" = stop ]; then
  [ -f "$prefix/nginx.pid" ] && "$nginx_bin" -p "$prefix" -c "$prefix/conf/nginx.conf" -s stop 2>/dev/null || true
  exit 0
fi

[ -f out/index.html ] || { echo "Geen site in out/: draai eerst npm run build." >&2; exit 1; }
[ -f build/nginx/botwijzer-security-headers.conf ] || { echo "Geen build/nginx/: draai eerst npm run build." >&2; exit 1; }
"$0" stop "$port"
rm -rf "$prefix"
mkdir -p "$prefix/conf/conf.d" "$prefix/logs" "$prefix/tmp" "$prefix/site"
cp -R out/. "$prefix/site/"
chmod -R a+rX "$prefix"
cp build/nginx/botwijzer-security-headers.conf "$prefix/conf/conf.d/"
sed -e "s#listen 80;#listen 127.0.0.1:$port;#" -e "s#root /var/www/botwijzer;#root $prefix/site;#" \
  deploy/nginx/botwijzer.conf > "$prefix/conf/conf.d/botwijzer.conf"
cat > "$prefix/conf/nginx.conf" <<CONF
daemon on;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $prefix/tmp; proxy_temp_path $prefix/tmp; fastcgi_temp_path $prefix/tmp;
  uwsgi_temp_path $prefix/tmp; scgi_temp_path $prefix/tmp;
  include $prefix/conf/conf.d/botwijzer.conf;
}
CONF
"$nginx_bin" -p "$prefix" -c "$prefix/conf/nginx.conf"
