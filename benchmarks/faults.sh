#!/usr/bin/env bash
# The faults DutyLists must survive, repeatable: each prints what it did and what it found, and the script exits
# non-zero if any check fails. Run it after any change to importing, storing or serving lists.
#
#   dotnet build -c Release src/DutyLists.Web
#   benchmarks/faults.sh            # all of them
#   benchmarks/faults.sh kill-cli   # or some of: kill-cli kill-web race load disk
#
# 1. kill-cli: kill -9 of the `import` command at KILLS varied moments.
# 2. kill-web: kill -9 of the app at KILLS varied moments after a web import's 确认导入 was posted.
#    After each kill: PRAGMA integrity_check is ok and every township shows one whole revision, old or new.
# 3. race: two admins confirm imports for one township at the same moment: one wins, the other is told of the
#    conflict and nothing of its import is stored.
# 4. load: wrk on a township page, a search and the API for LOAD_SECONDS while the list is re-imported over and
#    over by the command: no non-2xx answer, p99 reported, every API answer holds one revision, never a mix.
# 5. disk: an import into a database whose file system is full: a clear message, exit 1, the database intact and
#    the old revision still current. Needs root (it mounts a small tmpfs); skipped otherwise.
#
# Revisions alternate between the seed document of 加尕斯台镇 and a copy with every 负责 written 承担, so that a
# mix of two revisions shows: the current revision's duties containing 负责 are either all the seed's or none.
# Needs curl, sqlite3 and wrk (apt-get install curl sqlite3 wrk). Only 127.0.0.1 is used.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${PORT:-5191}
KILLS=${KILLS:-10}
LOAD_SECONDS=${LOAD_SECONDS:-20}
BASE="http://127.0.0.1:$PORT"
APP_DIR="$ROOT/src/DutyLists.Web"
DLL="$APP_DIR/bin/Release/net10.0/DutyLists.Web.dll"
SEED="$ROOT/seed-data/000_f5af6753a9603a24.txt"
ADMIN=faults-admin
PASSWORD='faults-Ad3min-pw-2026'
[[ -f $DLL ]] || { echo "build first: dotnet build -c Release src/DutyLists.Web" >&2; exit 2; }
for tool in curl sqlite3 wrk; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install $tool)" >&2; exit 2; }
done
if curl -s -o /dev/null "$BASE/healthz"; then
  echo "something already answers on port $PORT" >&2
  exit 2
fi

work=$(mktemp -d)
DB="$work/dutylists.db"
app_pid=
failures=0
stop_app() {
  if [[ -n $app_pid ]]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=
  fi
}
cleanup() {
  stop_app
  if mountpoint -q "$work/full" 2>/dev/null; then umount "$work/full"; fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "  FAIL: $*"; failures=$((failures + 1)); }

# The app and its commands run from the app's folder, so that appsettings.json applies (Production logging).
app_env() { env ConnectionStrings__DutyLists="Data Source=$1" DutyLists__SeedDataPath="$ROOT/seed-data" "${@:2}"; }
cli() { (cd "$APP_DIR" && app_env "$DB" dotnet "$DLL" "$@"); }

start_app() {
  (cd "$APP_DIR" && exec env ConnectionStrings__DutyLists="Data Source=$DB" DutyLists__SeedDataPath="$ROOT/seed-data" \
    ASPNETCORE_URLS="$BASE" dotnet "$DLL") >>"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 300); do
    curl -s -o /dev/null "$BASE/healthz" && return 0
    sleep 0.1
  done
  tail -20 "$work/app.log" >&2
  echo "the app did not start" >&2
  cp "$DB" "${FAILED_DB:-/dev/null}" 2>/dev/null || true
  exit 1
}

# Integrity and wholeness: each township's current revision holds exactly the duties of one document.
seed_marked=$(grep -c '负责' "$SEED" || true)
check_database() {
  local label=$1 integrity mixed
  integrity=$(sqlite3 "$DB" 'PRAGMA integrity_check;')
  [[ $integrity == ok ]] || fail "$label: integrity_check says $integrity"
  # Per township: duties of the current revision, and of those how many contain 负责. For 加尕斯台镇 that count is
  # the seed's (its revision is the seed) or 0 (the 承担 copy); for every township the duty count matches its
  # revision's own first import.
  mixed=$(sqlite3 "$DB" "
    WITH cur AS (
      SELECT t.Id AS township, d.Kind, d.Name FROM Townships t JOIN Duties d ON d.RevisionId = t.CurrentRevisionId),
    counts AS (
      SELECT township, COUNT(*) AS n, SUM(instr(Name, '负责') > 0) AS marked FROM cur GROUP BY township)
    SELECT COUNT(*) FROM counts c
    WHERE c.n <> (SELECT COUNT(*) FROM Duties d JOIN Revisions r ON r.Id = d.RevisionId
                  WHERE r.TownshipId = c.township AND r.Number = 1)
       OR (c.township = 1 AND c.marked NOT IN (0, (SELECT SUM(instr(d.Name, '负责') > 0) FROM Duties d
            JOIN Revisions r ON r.Id = d.RevisionId WHERE r.TownshipId = 1 AND r.Number = 1)));")
  [[ $mixed == 0 ]] || fail "$label: $mixed township(s) show a revision that is not whole"
}

current_revision() { sqlite3 "$DB" 'SELECT CurrentRevisionId FROM Townships WHERE Id = 1;'; }

# The next document to import: whichever of the two the current revision is not.
next_document() {
  local marked
  marked=$(sqlite3 "$DB" "SELECT SUM(instr(d.Name, '负责') > 0) FROM Townships t JOIN Duties d ON d.RevisionId = t.CurrentRevisionId WHERE t.Id = 1;")
  if [[ ${marked:-0} == 0 ]]; then echo "$work/000_seed.txt"; else echo "$work/000_revised.txt"; fi
}

# --- web session helpers: the pages are forms with an antiforgery token and a _handler name.
field() { grep -o "name=\"$2\" value=\"[^\"]*\"" "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
login() {
  local jar=$1 page="$work/login.$RANDOM.html"
  curl -s -c "$jar" -b "$jar" -o "$page" "$BASE/account/login"
  curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' "$BASE/account/login" \
    --data-urlencode "_handler=login" --data-urlencode "__RequestVerificationToken=$(field "$page" __RequestVerificationToken)" \
    --data-urlencode "Input.UserName=$ADMIN" --data-urlencode "Input.Password=$PASSWORD"
}
# Uploads a document and prints the preview's address.
stage() {
  local jar=$1 file=$2 page="$work/upload.$RANDOM.html"
  curl -s -c "$jar" -b "$jar" -o "$page" "$BASE/admin/import"
  curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$BASE/admin/import" \
    -F "_handler=upload" -F "__RequestVerificationToken=$(field "$page" __RequestVerificationToken)" \
    -F "Upload.File=@$file;type=text/plain"
}
# Posts 确认导入 on a preview page (fetched beforehand into $3) and prints the HTTP status.
confirm() {
  local jar=$1 preview=$2 page=$3
  curl -s -c "$jar" -b "$jar" -o "$page.answer" -w '%{http_code}' "$preview" \
    --data-urlencode "_handler=confirm-import" \
    --data-urlencode "__RequestVerificationToken=$(field "$page" __RequestVerificationToken)" \
    --data-urlencode "Confirm.TownshipId=$(field "$page" Confirm.TownshipId)" \
    --data-urlencode "Confirm.RevisionId=$(field "$page" Confirm.RevisionId)"
}

cp "$SEED" "$work/000_seed.txt"
sed 's/负责/承担/g' "$SEED" >"$work/000_revised.txt"

echo "first run: importing the seed documents"
start_app
stop_app
printf '%s\n' "$PASSWORD" | cli create-admin "$ADMIN" >/dev/null
check_database "after the first run"

want() { [[ " ${*:2} " == *" all "* || " ${*:2} " == *" $1 "* ]]; }
selected=("${@:-all}")

if want kill-cli "${selected[@]}"; then
  # One import left to finish first: the kills are spread from 0.3 s (still starting) to just past its time.
  started=$(date +%s.%N)
  cli import "$(next_document)" >/dev/null
  full=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
  echo "kill-cli: kill -9 of the import command, $KILLS times (an import uninterrupted took ${full}s)"
  for i in $(seq 1 "$KILLS"); do
    delay=$(awk -v i="$i" -v n="$KILLS" -v t="$full" 'BEGIN { printf "%.2f", 0.3 + (t - 0.1) * (i - 1) / (n > 1 ? n - 1 : 1) }')
    before=$(current_revision)
    (cd "$APP_DIR" && exec env ConnectionStrings__DutyLists="Data Source=$DB" dotnet "$DLL" import "$(next_document)") >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null && outcome=killed || outcome=finished
    wait "$pid" 2>/dev/null || true
    echo "  after ${delay}s: $outcome; current revision $before -> $(current_revision)"
    check_database "kill-cli #$i"
  done
fi

if want kill-web "${selected[@]}"; then
  echo "kill-web: kill -9 of the app after 确认导入 was posted, $KILLS times"
  for i in $(seq 1 "$KILLS"); do
    delay=$(awk -v i="$i" -v n="$KILLS" 'BEGIN { printf "%.3f", 0.0 + 1.2 * (i - 1) / (n > 1 ? n - 1 : 1) }')
    start_app
    jar="$work/jar.kill$i"
    [[ $(login "$jar") == 302 ]] || fail "kill-web #$i: sign-in failed"
    preview=$(stage "$jar" "$(next_document)")
    [[ -n $preview ]] || { fail "kill-web #$i: the upload was not staged"; stop_app; continue; }
    curl -s -b "$jar" -o "$work/preview$i.html" "$preview"
    before=$(current_revision)
    confirm "$jar" "$preview" "$work/preview$i.html" >/dev/null 2>&1 &
    sleep "$delay"
    kill -9 "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=
    echo "  after ${delay}s: current revision $before -> $(current_revision)"
    check_database "kill-web #$i"
  done
fi

if want race "${selected[@]}"; then
  echo "race: two admins confirm imports for one township at the same moment"
  start_app
  jar1="$work/jar.race1" jar2="$work/jar.race2"
  login "$jar1" >/dev/null
  login "$jar2" >/dev/null
  document=$(next_document)
  preview1=$(stage "$jar1" "$document")
  preview2=$(stage "$jar2" "$document")
  curl -s -b "$jar1" -o "$work/race1.html" "$preview1"
  curl -s -b "$jar2" -o "$work/race2.html" "$preview2"
  revisions_before=$(sqlite3 "$DB" 'SELECT COUNT(*) FROM Revisions WHERE TownshipId = 1;')
  confirm "$jar1" "$preview1" "$work/race1.html" >"$work/race1.status" &
  racer1=$!
  confirm "$jar2" "$preview2" "$work/race2.html" >"$work/race2.status" &
  racer2=$!
  wait "$racer1" "$racer2" || true
  revisions_after=$(sqlite3 "$DB" 'SELECT COUNT(*) FROM Revisions WHERE TownshipId = 1;')
  # The winner is sent on to the revision history (302); the other sees the preview again with 409 Conflict.
  answers=$(sort <(cat "$work/race1.status"; echo) <(cat "$work/race2.status"; echo) | xargs)
  echo "  answers: $answers; revisions $revisions_before -> $revisions_after"
  [[ $((revisions_after - revisions_before)) == 1 ]] || fail "race: $((revisions_after - revisions_before)) revisions stored, not 1"
  [[ $answers == "302 409" ]] || fail "race: answers $answers, not one 302 and one 409"
  check_database "race"
  stop_app
fi

if want load "${selected[@]}"; then
  echo "load: wrk for ${LOAD_SECONDS}s on pages, search and the API while the list is re-imported"
  start_app
  cat >"$work/mix.lua" <<'LUA'
-- Round robin over a township page, a search and the API; counts non-2xx answers and API answers that mix the two
-- documents (负责 and 承担 in the duty names of one answer: the seed has 3 names with 承担, the copy has no 负责).
-- done() runs in wrk's main Lua state, so the counters are the threads' globals, gathered there with thread:get.
local paths = { "/townships/1?kind=basic", "/search?q=%E6%B6%88%E9%98%B2", "/api/townships/1/duties?kind=basic" }
local threads = {}
setup = function(thread) table.insert(threads, thread) end
i, bad, mixed, api = 0, 0, 0, 0
request = function()
  i = i + 1
  return wrk.format(nil, paths[(i % #paths) + 1])
end
response = function(status, headers, body)
  if status < 200 or status > 299 then bad = bad + 1 end
  if body and string.find(body, '"name"', 1, true) then
    api = api + 1
    local _, marked = string.gsub(body, "负责", "")
    local _, revised = string.gsub(body, "承担", "")
    if marked > 0 and revised > 3 then mixed = mixed + 1 end
  end
end
done = function(summary, latency, requests)
  local bad, mixed, api = 0, 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("bad")
    mixed = mixed + thread:get("mixed")
    api = api + thread:get("api")
  end
  io.write(string.format("p50 %.1fms p99 %.1fms requests %d non-2xx %d api-answers %d mixed %d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, bad, api, mixed))
end
LUA
  imports=0
  end_at=$((SECONDS + LOAD_SECONDS))
  (while ((SECONDS < end_at)); do
     cli import "$(next_document)" >/dev/null 2>&1 && echo ok
   done) >"$work/imports.log" &
  importer=$!
  wrk -t2 -c4 -d"${LOAD_SECONDS}s" -s "$work/mix.lua" "$BASE" | tee "$work/wrk.log" | tail -1 | sed 's/^/  /'
  wait "$importer" || true
  imports=$(grep -c ok "$work/imports.log" || true)
  echo "  re-imports during the run: $imports"
  result=$(tail -1 "$work/wrk.log")
  [[ $result == *"non-2xx 0 "* ]] || fail "load: answers other than 2xx"
  [[ $result == *"mixed 0"* ]] || fail "load: an answer mixed two revisions"
  ((imports > 0)) || fail "load: no import completed during the run"
  [[ $result != *"api-answers 0 "* ]] || fail "load: no API answer was checked"
  stop_app
  check_database "load"
fi

if want disk "${selected[@]}"; then
  echo "disk: an import into a full file system"
  if [[ $(id -u) != 0 ]] || ! mkdir -p "$work/full" || ! mount -t tmpfs -o size=64m tmpfs "$work/full" 2>/dev/null; then
    echo "  skipped: needs root to mount a small tmpfs"
  else
    sqlite3 "$DB" "VACUUM INTO '$work/full/dutylists.db';"
    before=$(sqlite3 "$work/full/dutylists.db" 'SELECT CurrentRevisionId FROM Townships WHERE Id = 1;')
    # Leave a few hundred kilobytes: enough to open the database, not to store a revision and its search keys.
    free_kb=$(df -k --output=avail "$work/full" | tail -1)
    dd if=/dev/zero of="$work/full/filler" bs=1k count=$((free_kb - 300)) status=none 2>/dev/null || true
    set +e
    message=$(cd "$APP_DIR" && env ConnectionStrings__DutyLists="Data Source=$work/full/dutylists.db" dotnet "$DLL" import "$(next_document)" 2>&1)
    code=$?
    set -e
    echo "  exit $code: $(echo "$message" | tail -1)"
    ((code == 1)) || fail "disk: exit code $code, not 1"
    [[ $message != *"   at "* ]] || fail "disk: a stack trace was printed"
    rm -f "$work/full/filler"
    integrity=$(sqlite3 "$work/full/dutylists.db" 'PRAGMA integrity_check;')
    after=$(sqlite3 "$work/full/dutylists.db" 'SELECT CurrentRevisionId FROM Townships WHERE Id = 1;')
    echo "  integrity_check: $integrity; current revision $before -> $after"
    [[ $integrity == ok ]] || fail "disk: integrity_check says $integrity"
    [[ $before == "$after" ]] || fail "disk: the current revision changed"
  fi
fi

if ((failures)); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "every check held"
