#!/usr/bin/env bash
# Runs every test project. Uses the PostgreSQL server named by PLACEMENT_TEST_DATABASE (a
# connection string whose user may create databases) or else starts a throwaway one.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/postgres.sh"

if [[ -z "${PLACEMENT_TEST_DATABASE:-}" ]]; then
  pg_ensure_installed
  scratch=$(mktemp -d /tmp/placement-test-pg.XXXXXX)
  chmod 755 "$scratch"
  trap 'pg_stop "$scratch/data"; rm -rf "$scratch"' EXIT
  pg_init "$scratch/data" --no-sync
  # Throwaway data: durability settings off for speed.
  port=$(pg_free_port)
  pg_start "$scratch/data" "$port" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300
  export PLACEMENT_TEST_DATABASE="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
fi

log=$(mktemp)
status=0
dotnet test "$root/PlacementService.sln" -c Release "$@" 2>&1 | tee "$log" || status=$?
# One closing line for every project together.
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1) } }
     END { printf "tests: %d passed, %d failed\n", p, f }' FS='[ ,]+' "$log"
rm -f "$log"
exit "$status"
