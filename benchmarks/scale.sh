#!/usr/bin/env bash
# Speed and memory at scale: starts the Release build of the web app on an existing database (SQLite file or
# PostgreSQL), loads each URL below with wrk (one connection, DURATION each, after 3 s of warm-up; every request with its own
# query string so that the output cache never answers), then searches with a different word on every request (so that
# no search meets the words' kept matches either), samples the app's resident memory through the run, then
# streams an export of every current duty and reports the memory before, at its peak during, and after it.
#
#   dotnet run --project tools/DutyLists.Corpus -c Release -- /tmp/corpus1k 1000 1
#   dotnet build -c Release src/DutyLists.Web
#   (cd src/DutyLists.Web && ConnectionStrings__DutyLists="Data Source=/tmp/scale1k.db" DutyLists__SeedDataPath=/tmp/corpus1k \
#      DUTYLISTS_ADMIN_PASSWORD=… dotnet bin/Release/net10.0/DutyLists.Web.dll create-admin scale)   # the import
#   DB="Data Source=/tmp/scale1k.db" benchmarks/scale.sh
#   PROVIDER=Postgres DB="Host=127.0.0.1;Port=55433;Username=postgres;Database=scale1k" benchmarks/scale.sh
#
# EXPORT=0 leaves the export out. Needs wrk and curl (apt-get install wrk curl). Only 127.0.0.1 is ever loaded.
set -euo pipefail

cd "$(dirname "$0")/.."
PORT=${PORT:-5097}
DURATION=${DURATION:-10s}
PROVIDER=${PROVIDER:-Sqlite}
TOWNSHIP=${TOWNSHIP:-500}
DLL=$(realpath src/DutyLists.Web/bin/Release/net10.0/DutyLists.Web.dll)
BASE="http://127.0.0.1:$PORT"
: "${DB:?set DB to the connection string of a database that holds the corpus}"

if curl -s -o /dev/null "$BASE/healthz"; then
  echo "something already answers on port $PORT" >&2
  exit 1
fi

work=$(mktemp -d)
app_pid=
cleanup() {
  [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

cat >"$work/uniq.lua" <<'LUA'
-- Each request a different query string, so that the output cache never answers.
local counter = 0
request = function()
  counter = counter + 1
  local path = wrk.path .. (string.find(wrk.path, "?", 1, true) and "&" or "?") .. "n=" .. counter
  return wrk.format(nil, path)
end
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
LUA

# From the app's folder, so that appsettings.json applies (Production, no SQL logging).
(cd src/DutyLists.Web && exec env DutyLists__Database="$PROVIDER" ConnectionStrings__DutyLists="$DB" \
  ASPNETCORE_URLS="$BASE" dotnet "$DLL") >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do
  curl -s -o /dev/null "$BASE/healthz" && break
  sleep 0.1
done
curl -sf -o /dev/null "$BASE/healthz" || { cat "$work/app.log" >&2; exit 1; }

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status"; }
peak=0
sample() { local r; r=$(rss_mb); if ((r > peak)); then peak=$r; fi; }

urls=(
  "/townships/$TOWNSHIP"
  "/townships/$TOWNSHIP?kind=cooperative"
  "/townships/$TOWNSHIP?kind=cooperative&category=%E8%87%AA%E7%84%B6%E8%B5%84%E6%BA%90"
  "/search?q=%E6%B2%B3%E9%95%BF%E5%88%B6"
  "/search?q=%E6%B6%88%E9%98%B2"
  "/search?q=%E6%B6%88%E9%98%B2%20%E5%AE%A3%E4%BC%A0"
  "/search?q=%E6%B0%B4%E5%88%A9%E5%B1%80&kind=cooperative"
  "/search?kind=reclaimed&category=%E8%87%AA%E7%84%B6%E8%B5%84%E6%BA%90"
  "/api/townships/$TOWNSHIP/duties?kind=basic"
)

echo "provider $PROVIDER, wrk -t1 -c1 -d$DURATION per URL, resident memory at start $(rss_mb) MB"
printf '| %s | %s | %s | %s | %s | %s |\n' URL p50 p90 p95 p99 requests/s
printf '| --- | ---: | ---: | ---: | ---: | ---: |\n'
for url in "${urls[@]}"; do
  # A running server's steady state: 3 s of the same load first, so that the measured run meets optimised code.
  separator='?'; [[ $url == *\?* ]] && separator='&'
  wrk -t1 -c1 -d3s -s "$work/uniq.lua" "$BASE$url${separator}warm=1" >/dev/null
  wrk -t1 -c1 -d"$DURATION" --latency -s "$work/uniq.lua" "$BASE$url" >"$work/wrk.txt" &
  wrk_pid=$!
  while kill -0 $wrk_pid 2>/dev/null; do sample; sleep 0.5; done
  wait $wrk_pid
  awk -v url="$url" '
    $1 == "50%" { p50 = $2 } $1 == "90%" { p90 = $2 } $1 == "p95" { p95 = $2 } $1 == "99%" { p99 = $2 } $1 == "Requests/sec:" { rps = $2 }
    END { printf "| `%s` | %s | %s | %s | %s | %s |\n", url, p50, p90, p95, p99, rps }' "$work/wrk.txt"
done

# Searches keep a word's matches for the next page or facet click, so a URL list that repeats its words measures that
# cache. This run asks a different word on every request, 600 words cut from duty names, each asked once.
cat >"$work/words.lua" <<'LUA'
local words, i = {}, 0
for line in io.lines(os.getenv("WORDS")) do
  words[#words + 1] = line:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)
end
request = function()
  i = i + 1
  return wrk.format(nil, "/search?q=" .. words[(i - 1) % #words + 1] .. "&n=" .. i)
end
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
LUA
WORDS="$PWD/benchmarks/search-words.txt" wrk -t1 -c1 -d"$DURATION" --latency -s "$work/words.lua" "$BASE/" >"$work/wrk.txt" &
wrk_pid=$!
while kill -0 $wrk_pid 2>/dev/null; do sample; sleep 0.5; done
wait $wrk_pid
awk '$1 == "50%" { p50 = $2 } $1 == "90%" { p90 = $2 } $1 == "p95" { p95 = $2 } $1 == "99%" { p99 = $2 } $1 == "Requests/sec:" { rps = $2 } $2 == "requests" { n = $1 }
  END { printf "| `/search?q=…`, a different word each time (%s requests) | %s | %s | %s | %s | %s |\n", n, p50, p90, p95, p99, rps }' "$work/wrk.txt"

sample
echo
echo "resident memory under the page load: peak $peak MB, now $(rss_mb) MB"

[[ ${EXPORT:-1} == 1 ]] || exit 0
# The export: every current duty of every township as CSV, streamed to a file while memory is sampled.
before=$(rss_mb)
peak=$before
start=$(date +%s.%N)
curl -s -o "$work/export.csv" "$BASE/search/export.csv?n=$RANDOM" &
curl_pid=$!
while kill -0 $curl_pid 2>/dev/null; do sample; sleep 0.2; done
wait $curl_pid
seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
duties=$(curl -s "$BASE/api/townships" | grep -o '"basic":[0-9]*,"cooperative":[0-9]*,"reclaimed":[0-9]*' | grep -o '[0-9]*' | awk '{ t += $1 } END { print t }')
echo "export of all $duties current duties: $(du -m "$work/export.csv" | cut -f1) MB of CSV in ${seconds} s; resident memory $before MB before, peak $peak MB during, $(rss_mb) MB after"
