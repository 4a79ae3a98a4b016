#!/usr/bin/env bash
# Starts the production topology on this machine: two silos and two web nodes (Orleans clients)
# on one PostgreSQL. Uses $HUB_POSTGRES if set, otherwise a throwaway server that goes away with
# the script. Open both web nodes, join the same session on each: every participant sees the
# same events in the same order. Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/throwaway-postgres.sh
use_postgres

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Hub.sln -c Release --nologo -v quiet

logs=$(mktemp -d -t hub-cluster-XXXXXX)
keys="$logs/keys"
mkdir -p "$keys"
silo=src/Hub.Silo/bin/Release/net10.0/Hub.Silo.dll
web=src/Hub.Web/bin/Release/net10.0/Hub.Web.dll
export Hub__Storage__Provider=PostgreSql Hub__Storage__ConnectionString="$HUB_POSTGRES"
export Hub__Cluster__ClusterId="hub-local-$$"

pids=()
stop_all() {
  ((${#pids[@]})) && kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  stop_throwaway_postgres 2>/dev/null || true
}
trap stop_all EXIT INT TERM

(cd src/Hub.Silo && dotnet "../../$silo" migrate) >"$logs/migrate.log"

for n in 1 2; do
  (cd src/Hub.Silo && Hub__Cluster__SiloPort=$((11110 + n)) Hub__Cluster__GatewayPort=$((30000 + n)) \
    exec dotnet "../../$silo") >"$logs/silo-$n.log" 2>&1 &
  pids+=($!)
done

for n in 1 2; do
  # Only the first web node seeds the demo; both share the keys that sign rejoin tokens and cookies.
  (cd src/Hub.Web && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$((5080 + n))" \
    Hub__Orleans__Mode=Client Hub__DataProtection__KeysDirectory="$keys" \
    Hub__Demo__Seed=$([ "$n" -eq 1 ] && echo true || echo false) \
    exec dotnet "../../$web") >"$logs/web-$n.log" 2>&1 &
  pids+=($!)
done

for n in 1 2; do
  # A web node prints its sign-in link once it has joined the cluster and listens.
  until grep -q 'Admin sign-in' "$logs/web-$n.log" 2>/dev/null; do
    kill -0 "${pids[@]}" 2>/dev/null || { tail -n 40 "$logs"/*.log; echo "A node stopped." >&2; exit 1; }
    sleep 0.5
  done
done

echo
echo "Two silos (ports 11111, 11112) and two web nodes on PostgreSQL:"
for n in 1 2; do
  echo "  web node $n: http://127.0.0.1:$((5080 + n))   $(grep -m1 -o 'Admin sign-in.*' "$logs/web-$n.log" || true)"
done
grep -m1 -o 'Demo session.*' "$logs/web-1.log" || true
echo "Logs in $logs. Ctrl+C stops everything."
wait
