#!/usr/bin/env bash
# Runs the standard load scenarios and writes the reports: docs/performance.md (the default run,
# SQLite) and docs/performance-postgresql.md (PostgreSQL, a throwaway server unless $HUB_POSTGRES
# names one). Extra arguments go to both bench runs, e.g. --scenarios ideas-50.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/throwaway-postgres.sh
use_postgres

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
dotnet build Hub.sln -c Release --nologo -v quiet
bench="dotnet tools/Hub.LoadTest/bin/Release/net10.0/Hub.LoadTest.dll bench"
$bench --out docs/performance.md "$@"
$bench --postgres "$HUB_POSTGRES" --out docs/performance-postgresql.md "$@"
