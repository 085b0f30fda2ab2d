#!/usr/bin/env bash
# The interactive front end's speed and memory: publishes the web app (Release), starts it on a database, and reports
#  1. the prerendered page (PAGE, a township by default): median server time of the first response, with wrk (one
#     connection, DURATION, every request its own query string so that the output cache never answers);
#  2. the bytes of MudBlazor's and Blazor's CSS and JS as a browser gets them (compression, caching headers);
#  3. time to interactive in headless Chromium, median of RUNS fresh browser contexts;
#  4. a filter change: from the frame that carries the click to the frame that carries the render batch, median;
#  5. memory after a full garbage collection with 0, 20 and 50 circuits open (resident set and managed heap).
# Steps 3–5 use benchmarks/circuits/driver.mjs (Node and playwright-core with Debian's Chromium); the heap is read with
# dotnet-gcdump, whose collection forces the full collection.
#
#   benchmarks/circuits.sh                                   # the seed documents, in a new SQLite database
#   DB="Data Source=/tmp/s1k.db" PAGE=/townships/500 benchmarks/circuits.sh   # a corpus made as for scale.sh
#
# APP=dir reuses a publish made before (dotnet publish src/DutyLists.Web -c Release -o dir). Needs wrk, curl, node,
# npm, chromium (apt-get install wrk curl nodejs npm chromium fonts-wqy-microhei). Only 127.0.0.1 is ever loaded.
set -euo pipefail

cd "$(dirname "$0")/.."
repo=$(pwd)
PORT=${PORT:-5098}
PAGE=${PAGE:-/townships/1}
DURATION=${DURATION:-10s}
RUNS=${RUNS:-10}
FILTER_RUNS=${FILTER_RUNS:-30}
PROVIDER=${PROVIDER:-Sqlite}
CIRCUITS=${CIRCUITS:-"0 20 50"}
BASE="http://127.0.0.1:$PORT"

if curl -s -o /dev/null "$BASE/healthz"; then
  echo "something already answers on port $PORT" >&2
  exit 1
fi

work=$(mktemp -d)
app_pid=
driver_pid=
cleanup() {
  [[ -n $driver_pid ]] && kill "$driver_pid" 2>/dev/null
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

(cd benchmarks/circuits && [[ -d node_modules/playwright-core ]] || npm ci --no-audit --no-fund >/dev/null)
tools=${TOOLS:-$HOME/.dotnet/dutylists-bench-tools}
[[ -x $tools/dotnet-gcdump ]] || dotnet tool install dotnet-gcdump --version 10.0.750501 --tool-path "$tools" >/dev/null

if [[ -z ${APP:-} ]]; then
  echo "publishing the web app (Release)…" >&2
  dotnet publish src/DutyLists.Web -c Release -o "$work/app" >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
  APP=$work/app
fi

DB=${DB:-"Data Source=$work/seed.db"}
# From the published folder, so that its appsettings.json applies (Production) and its compressed assets are served.
(cd "$APP" && exec env DutyLists__Database="$PROVIDER" ConnectionStrings__DutyLists="$DB" \
  DutyLists__SeedDataPath="$repo/seed-data" ASPNETCORE_URLS="$BASE" dotnet DutyLists.Web.dll) >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 1800); do
  curl -s -o /dev/null "$BASE/healthz" && break
  sleep 0.1
done
curl -sf -o /dev/null "$BASE/healthz" || { cat "$work/app.log" >&2; exit 1; }

rows=$(curl -s "$BASE$PAGE" | grep -o 'data-duty-id=' | wc -l)
echo "page $PAGE: $rows duty rows in the prerendered HTML"
echo

echo "## 1. Prerendered page (wrk -t1 -c1 -d$DURATION, each request its own query string)"
cat >"$work/uniq.lua" <<'LUA'
local counter = 0
request = function()
  counter = counter + 1
  local path = wrk.path .. (string.find(wrk.path, "?", 1, true) and "&" or "?") .. "n=" .. counter
  return wrk.format(nil, path)
end
LUA
wrk -t1 -c1 -d3s -s "$work/uniq.lua" "$BASE$PAGE" >/dev/null
wrk -t1 -c1 -d"$DURATION" --latency -s "$work/uniq.lua" "$BASE$PAGE" >"$work/wrk.txt"
awk '/^ +50%/ { print "median " $2 } /^ +90%/ { print "p90 " $2 } /^ +99%/ { print "p99 " $2 } /Requests\/sec/ { print "requests/s " $2 }' "$work/wrk.txt"
echo

echo "## 2. CSS and JS as the browser gets them"
printf '| %s | %s | %s | %s | %s |\n' asset "bytes sent (br)" encoding "bytes uncompressed" cache-control
# blazor.web.js as the page links it, and under the fingerprinted name the build also serves it by.
fingerprinted=$(grep -o '_framework/blazor\.web\.[a-z0-9]*\.js' "$APP/DutyLists.Web.staticwebassets.endpoints.json" | head -1)
for asset in _content/MudBlazor/MudBlazor.min.css _content/MudBlazor/MudBlazor.min.js _framework/blazor.web.js $fingerprinted; do
  headers=$(curl -s -D - -o "$work/asset" -H 'Accept-Encoding: br, gzip' "$BASE/$asset")
  sent=$(stat -c %s "$work/asset")
  plain=$(curl -s -H 'Accept-Encoding: identity' "$BASE/$asset" | wc -c)
  encoding=$(grep -i '^content-encoding:' <<<"$headers" | cut -d' ' -f2 | tr -d '\r')
  cache=$(grep -i '^cache-control:' <<<"$headers" | cut -d' ' -f2- | tr -d '\r')
  printf '| %s | %s | %s | %s | %s |\n' "$asset" "$sent" "${encoding:-none}" "$plain" "${cache:-none}"
done
echo

echo "## 3. Time to interactive (headless Chromium, $RUNS fresh contexts)"
node benchmarks/circuits/driver.mjs tti "$BASE" "$PAGE" "$RUNS"
echo

echo "## 4. Filter change ($FILTER_RUNS clicks on a category facet)"
node benchmarks/circuits/driver.mjs filter "$BASE" "$PAGE" "$FILTER_RUNS"
echo

echo "## 5. Memory after a full collection, by open circuits"
heap() {
  # dotnet-gcdump forces a full blocking collection before it walks the heap; its report ends with the total.
  rm -f "$work/heap.gcdump"
  "$tools/dotnet-gcdump" collect -p "$app_pid" -o "$work/heap.gcdump" >/dev/null 2>&1
  "$tools/dotnet-gcdump" report "$work/heap.gcdump" 2>/dev/null | awk '/GC Heap bytes/ { gsub(",", "", $1); printf "%.1f", $1 / 1048576 }'
}
rss() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$app_pid/status"; }

coproc DRIVER { node benchmarks/circuits/driver.mjs hold "$BASE" "$PAGE" 2>&1; }
driver_pid=$DRIVER_PID
read -r line <&"${DRIVER[0]}"
[[ $line == ready ]] || { echo "driver: $line" >&2; exit 1; }
printf '| %s | %s | %s |\n' "open circuits" "resident set (MiB)" "managed heap (MiB)"
for n in $CIRCUITS; do
  echo "open $n" >&"${DRIVER[1]}"
  read -r line <&"${DRIVER[0]}"
  [[ $line == "opened $n" ]] || { echo "driver: $line" >&2; exit 1; }
  sleep 2
  h=$(heap)
  sleep 1
  printf '| %s | %s | %s |\n' "$n" "$(rss)" "$h" | tee -a "$work/memory.txt"
done
echo "quit" >&"${DRIVER[1]}"
sleep 2
kill "$driver_pid" 2>/dev/null || true
driver_pid=
echo
awk -F'|' '/^\| [0-9]+ \|/ { n = $2 + 0; r = $3 + 0; h = $4 + 0; if (first == "") { first = n; r0 = r; h0 = h } else if (n > first) { printf "per circuit from %d to %d open: %.2f MiB resident, %.2f MiB managed\n", first, n, (r - r0) / (n - first), (h - h0) / (n - first) } }' "$work/memory.txt"
