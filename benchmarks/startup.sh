#!/usr/bin/env bash
# Start-up from an empty database to serving: starts the Release build of the web app RUNS times (default 5), each
# with a fresh SQLite file, and times from process start until GET /healthz first answers 200 (polled every 50 ms).
# Prints each time and the median. Run from anywhere; it works from the repository root so the app finds seed-data/.
#
#   dotnet build -c Release src/DutyLists.Web
#   benchmarks/startup.sh            # or RUNS=9 PORT=5099 benchmarks/startup.sh
#   PUBLISHED=1 benchmarks/startup.sh   # the deployed form: published ReadyToRun (see docs/performance.md)
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
PORT=${PORT:-5099}
TIMEOUT_S=${TIMEOUT_S:-60}
DLL=src/DutyLists.Web/bin/Release/net10.0/DutyLists.Web.dll
APP_DIR=src/DutyLists.Web
URL="http://127.0.0.1:$PORT/healthz"

work=$(mktemp -d)
if [[ ${PUBLISHED:-0} == 1 ]]; then
  # Precompiled to native code (ReadyToRun), as docs/deployment advice publishes it: no JIT of EF Core at start.
  dotnet publish src/DutyLists.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$work/published" >/dev/null
  APP_DIR="$work/published"
  DLL="$APP_DIR/DutyLists.Web.dll"
fi

if [[ ! -f $DLL ]]; then
  echo "missing $DLL: run 'dotnet build -c Release src/DutyLists.Web' first" >&2
  exit 1
fi
if curl -s -o /dev/null "$URL"; then
  echo "something already answers on port $PORT" >&2
  exit 1
fi

app_pid=
cleanup() {
  if [[ -n $app_pid ]]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

SEED_DATA="$PWD/seed-data"
DLL=$(realpath "$DLL")
times=()
for i in $(seq 1 "$RUNS"); do
  db="$work/startup$i.db"
  start=$(date +%s%N)
  # From the app's folder, as `dotnet run` and a deployment start it, so that appsettings.json is the content root's.
  (cd "$APP_DIR" && ConnectionStrings__DutyLists="Data Source=$db" DutyLists__SeedDataPath="$SEED_DATA" \
    ASPNETCORE_URLS="http://127.0.0.1:$PORT" exec dotnet "$DLL") >"$work/app$i.log" 2>&1 &
  app_pid=$!
  deadline=$((start + TIMEOUT_S * 1000000000))
  until curl -sf -o /dev/null "$URL"; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "run $i: the app exited before serving; its log:" >&2
      cat "$work/app$i.log" >&2
      exit 1
    fi
    if (($(date +%s%N) > deadline)); then
      echo "run $i: no answer from $URL within ${TIMEOUT_S}s" >&2
      exit 1
    fi
    sleep 0.05
  done
  end=$(date +%s%N)
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=
  ms=$(((end - start) / 1000000))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done

median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "median: ${median} ms over $RUNS runs"
