#!/usr/bin/env bash
# Runs every test, then the database tests a second time against PostgreSQL. On Debian, as root, first installs
# what the tests need and is not there yet: Chromium and a Chinese font for the browser tests, PostgreSQL for the
# second run (a throwaway cluster on 127.0.0.1, removed afterwards).
set -uo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei" || missing+=(fonts-wqy-microhei)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]}"
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null
  else
    echo "Missing ${missing[*]}: install them (apt-get install ${missing[*]}) for the browser and PostgreSQL tests." >&2
  fi
fi

dotnet test DutyLists.sln --configuration Release "$@"
status=$?

# The same database tests on PostgreSQL. initdb refuses to run as root, so the cluster belongs to the postgres user.
pg_bin=$(compgen -G "/usr/lib/postgresql/*/bin" | sort -V | tail -1)
if [ -n "$pg_bin" ] && [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
  pg_dir=$(mktemp -d)
  chown postgres:postgres "$pg_dir"
  port=${DUTYLISTS_PG_PORT:-55432}
  stop_cluster() { su postgres -c "$pg_bin/pg_ctl -D $pg_dir/data -m immediate stop" >/dev/null 2>&1; rm -rf "$pg_dir"; }
  trap stop_cluster EXIT
  if su postgres -c "$pg_bin/initdb -D $pg_dir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$pg_dir/initdb.log" 2>&1 &&
     su postgres -c "$pg_bin/pg_ctl -D $pg_dir/data -o '-c listen_addresses=127.0.0.1 -p $port -k $pg_dir' -w -l $pg_dir/server.log start" >/dev/null; then
    echo "PostgreSQL on 127.0.0.1:$port: running the database tests again"
    for project in tests/DutyLists.Data.Tests tests/DutyLists.Web.Tests; do
      DUTYLISTS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres" \
        dotnet test "$project" --configuration Release --no-build "$@" || status=1
    done
  else
    echo "Could not start PostgreSQL:" >&2
    cat "$pg_dir/initdb.log" "$pg_dir/server.log" >&2 2>/dev/null
    status=1
  fi
else
  echo "PostgreSQL tests skipped: they need Debian's postgresql and root to start a throwaway cluster." >&2
fi
exit $status
