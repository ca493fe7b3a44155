#!/usr/bin/env bash
# Runs Placement Service on http://127.0.0.1:5080 (Swagger UI at /swagger).
# With ConnectionStrings__Placement set it uses that database; otherwise it keeps a local
# PostgreSQL cluster in .data/postgres (port PLACEMENT_PG_PORT, default 55432), started here and
# stopped on exit (as root, in /var/lib/placement-service/postgres when the `postgres` user cannot
# enter the repository). Either way it applies migrations first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/postgres.sh"

if [[ -z "${ConnectionStrings__Placement:-}" ]]; then
  pg_ensure_installed
  data="$root/.data/postgres"
  if [[ $(id -u) -eq 0 ]] && ! runuser -u postgres -- test -x "$root"; then
    # PostgreSQL runs as `postgres`, which cannot enter a repository under, say, /root.
    data="/var/lib/placement-service/postgres"
    echo "The postgres user cannot reach $root: the local database lives in $data instead." >&2
  fi
  port=${PLACEMENT_PG_PORT:-55432}
  mkdir -p "$(dirname "$data")"
  chmod 755 "$(dirname "$data")"
  pg_init "$data"
  pg_start "$data" "$port"
  trap 'pg_stop "$data"' EXIT
  pg_create_database "$port" placement
  export ConnectionStrings__Placement="Host=127.0.0.1;Port=$port;Database=placement;Username=postgres"
fi

dotnet build "$root/src/PlacementApi" -c Release --nologo -v quiet
api="$root/src/PlacementApi/bin/Release/net10.0/PlacementApi.dll"
dotnet "$api" migrate
echo "Placement Service: http://127.0.0.1:5080/swagger (Ctrl-C stops it)"
dotnet "$api" --urls http://127.0.0.1:5080
