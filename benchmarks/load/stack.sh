# Sourced by the load scripts: starts a throwaway PostgreSQL and a Release build of the service on
# 127.0.0.1, sets $base_url, and stops both on exit. PLACEMENT_LOAD_DURABLE=1 keeps PostgreSQL's
# fsync and synchronous commit on (the default turns them off, as for any throwaway cluster).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/scripts/lib/postgres.sh"

stack_start() {
  pg_ensure_installed
  scratch=$(mktemp -d /tmp/placement-load.XXXXXX)
  chmod 755 "$scratch"
  api_pid=""
  trap '[[ -n "$api_pid" ]] && kill "$api_pid" 2>/dev/null; pg_stop "$scratch/data"; rm -rf "$scratch"' EXIT
  pg_init "$scratch/data" --no-sync
  if [[ "${PLACEMENT_LOAD_DURABLE:-0}" == 1 ]]; then
    pg_start "$scratch/data" "$(pg_free_port)"
  else
    pg_start "$scratch/data" "$(pg_free_port)" -c fsync=off -c synchronous_commit=off
  fi
  local pg_port
  pg_port=$(sed -n 4p "$scratch/data/postmaster.pid")
  pg_create_database "$pg_port" placement
  export ConnectionStrings__Placement="Host=127.0.0.1;Port=$pg_port;Database=placement;Username=postgres"
  export Serilog__MinimumLevel__Default=Warning

  dotnet build "$root/src/PlacementApi" -c Release --nologo -v quiet >/dev/null
  local api="$root/src/PlacementApi/bin/Release/net10.0/PlacementApi.dll"
  dotnet "$api" migrate >/dev/null
  local port
  port=$(pg_free_port)
  dotnet "$api" --urls "http://127.0.0.1:$port" >"$scratch/api.log" 2>&1 &
  api_pid=$!
  base_url="http://127.0.0.1:$port"
  for _ in $(seq 60); do curl -sf "$base_url/health/ready" >/dev/null && break; sleep 0.5; done
}
