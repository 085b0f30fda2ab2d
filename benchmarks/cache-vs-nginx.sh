#!/usr/bin/env bash
# The app's output-cached township page against nginx serving the same page saved as a file.
# Publishes the app (ReadyToRun), starts it on a fresh SQLite file with the seed documents, saves PAGE as HTML,
# serves that file with nginx, and runs wrk against both with the same connections and duration. Prints wrk's
# latency percentiles and requests per second for each, the app's resident memory, and the ratio.
#
#   apt-get install -y nginx-light wrk
#   benchmarks/cache-vs-nginx.sh                 # PAGE=/townships/1 CONNECTIONS=10 DURATION=15s THREADS=2
set -euo pipefail

cd "$(dirname "$0")/.."
PAGE=${PAGE:-/townships/1}
CONNECTIONS=${CONNECTIONS:-10}
THREADS=${THREADS:-2}
DURATION=${DURATION:-15s}
APP_PORT=${APP_PORT:-5301}
NGINX_PORT=${NGINX_PORT:-5302}

work=$(mktemp -d)
app_pid=
cleanup() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [[ -f $work/nginx.pid ]] && nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet publish src/DutyLists.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" >/dev/null
seed_data="$PWD/seed-data"
(cd "$work/app" && ConnectionStrings__DutyLists="Data Source=$work/app.db" DutyLists__SeedDataPath="$seed_data" \
  ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT" exec dotnet DutyLists.Web.dll) >"$work/app.log" 2>&1 &
app_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/healthz"; do sleep 0.1; done

mkdir -p "$work/www"
curl -sf "http://127.0.0.1:$APP_PORT$PAGE" -o "$work/www/page.html"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp; uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / { root $work/www; default_type "text/html; charset=utf-8"; try_files /page.html =404; }
  }
}
CONF
mkdir -p "$work/tmp"
nginx -c "$work/nginx.conf"

echo "page: $PAGE ($(wc -c <"$work/www/page.html") bytes), wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
# Warm both: the first request fills the output cache.
wrk -t1 -c1 -d2s "http://127.0.0.1:$APP_PORT$PAGE" >/dev/null
wrk -t1 -c1 -d2s "http://127.0.0.1:$NGINX_PORT/" >/dev/null

run() { wrk --latency -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$1" | tee "$work/$2.txt" | grep -E "Requests/sec|  50%|  90%|  99%"; }
echo "== app (output cache)"
run "http://127.0.0.1:$APP_PORT$PAGE" app
echo "app resident memory: $(awk '/VmRSS/ {print $2 " kB"}' /proc/$app_pid/status)"
echo "== nginx (static file)"
run "http://127.0.0.1:$NGINX_PORT/" nginx
app_rps=$(awk '/Requests\/sec/ {print $2}' "$work/app.txt")
nginx_rps=$(awk '/Requests\/sec/ {print $2}' "$work/nginx.txt")
echo "throughput ratio nginx/app: $(awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN { printf "%.2f", n / a }')"
