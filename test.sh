#!/usr/bin/env bash
# Runs every test of the Hub. Installs what the tests need and is missing (PostgreSQL and
# Chromium, from Debian's packages), starts a throwaway PostgreSQL on a free port, runs the
# whole solution's tests against it and the real browser, and tears the server down again.
set -euo pipefail
cd "$(dirname "$0")"

source scripts/throwaway-postgres.sh
install_missing chromium
start_throwaway_postgres

export HUB_TEST_POSTGRES="$HUB_POSTGRES"
export HUB_TEST_POSTGRES_BIN="$pg_bin"
chromium_path=$(command -v chromium)
export HUB_TEST_CHROMIUM="$chromium_path"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build Hub.sln -c Release --nologo -v quiet
log="$pg_dir/test.log"
status=0
# The fault tests start and kill whole processes and time how fast the Hub recovers: they run
# after the others, alone, so that their timings are the Hub's and not the machine's.
faults=tests/Hub.Faults.Tests/Hub.Faults.Tests.csproj
dotnet test Hub.sln -c Release --no-build --nologo --filter "FullyQualifiedName!~Hub.Faults.Tests" 2>&1 | tee "$log" || status=$?
dotnet test "$faults" -c Release --no-build --nologo 2>&1 | tee -a "$log" || status=$?

# One closing line for the whole run, summed over the test projects.
passed=$({ grep -oE 'Passed: +[0-9]+' "$log" || true; } | awk '{s+=$2} END {print s+0}')
failed=$({ grep -oE 'Failed: +[0-9]+' "$log" || true; } | awk '{s+=$2} END {print s+0}')
echo "tests: $passed passed, $failed failed"
exit $status
