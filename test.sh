#!/usr/bin/env bash
# Runs every test of the Hub. Installs what the tests need and is missing (PostgreSQL and
# Chromium, from Debian's packages), starts a throwaway PostgreSQL on a free port, runs the
# whole solution's tests against it and the real browser, and tears the server down again.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} from Debian's packages..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d -t hub-pg-XXXXXX)
pg_user=$(id -un)
as_pg() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root.
  pg_user=postgres
  chown postgres "$pg_dir"
  as_pg() { runuser -u postgres -- "$@"; }
fi

stop_postgres() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U "$pg_user" --auth=trust -E UTF8 >/dev/null
started=""
for _ in 1 2 3 4 5 6 7 8 9 10; do
  port=$((20000 + RANDOM % 30000))
  if as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 30 \
       -o "-p $port -c listen_addresses=127.0.0.1 -k $pg_dir -c fsync=on" start >/dev/null; then
    started=yes
    break
  fi
done
[ -n "$started" ] || { cat "$pg_dir/server.log"; echo "PostgreSQL did not start" >&2; exit 1; }
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export HUB_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=$pg_user;Database=postgres;Pooling=true"
export HUB_TEST_POSTGRES_BIN="$pg_bin"
export HUB_TEST_CHROMIUM="$(command -v chromium)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build Hub.sln -c Release --nologo -v quiet
log="$pg_dir/test.log"
status=0
dotnet test Hub.sln -c Release --no-build --nologo 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test projects.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: $passed passed, $failed failed"
exit $status
