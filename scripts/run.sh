#!/usr/bin/env bash
# Runs Placement Service on http://127.0.0.1:$PLACEMENT_PORT (default 5080; Swagger UI at /swagger).
# With ConnectionStrings__Placement set it uses that database; otherwise it keeps a local
# PostgreSQL cluster in .data/postgres (port PLACEMENT_PG_PORT, default 55432), started here and
# stopped on exit (as root, in /var/lib/placement-service/postgres when the `postgres` user cannot
# enter the repository). Either way it applies migrations first. It builds only when a source or
# project file changed since the last build. It trusts tokens signed with a local key it creates in
# .data/token-signing-key (scripts/token.sh mints them) and prints an admin token. Ctrl-C (SIGINT) or SIGTERM stops the API, waits
# for it, then stops the local PostgreSQL.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/lib/postgres.sh"
source "$root/scripts/lib/tokens.sh"

api_port=${PLACEMENT_PORT:-5080}
api="$root/src/PlacementApi/bin/Release/net10.0/PlacementApi.dll"
data=""
child=""

# Stops whatever runs in the background (the migrate step or the API) and waits for it, then the
# local PostgreSQL; on every way out: the API's exit, an error, Ctrl-C or SIGTERM.
stop_all() {
  trap - EXIT INT TERM
  if [[ -n "$child" ]] && kill -0 "$child" 2>/dev/null; then
    kill -TERM "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  if [[ -n "$data" ]]; then
    pg_stop "$data"
  fi
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a command in the background and waits for it, so that a signal to this script is handled
# at once (bash runs traps only between commands, never while a foreground command runs).
run_child() {
  "$@" &
  child=$!
  local status=0
  wait "$child" || status=$?
  child=""
  return "$status"
}

if pg_port_in_use "$api_port"; then
  echo "Port $api_port on 127.0.0.1 is in use (another Placement Service still running?): stop it, or set PLACEMENT_PORT to a free port (PLACEMENT_PORT=5081 ./scripts/run.sh)." >&2
  exit 1
fi

if [[ -z "${ConnectionStrings__Placement:-}" ]]; then
  pg_ensure_installed
  data="$root/.data/postgres"
  if [[ $(id -u) -eq 0 ]] && ! runuser -u postgres -- test -x "$root"; then
    # PostgreSQL runs as `postgres`, which cannot enter a repository under, say, /root.
    data="/var/lib/placement-service/postgres"
    echo "The postgres user cannot reach $root: the local database lives in $data instead." >&2
  fi
  port=${PLACEMENT_PG_PORT:-55432}
  if ! pg_is_running "$data" && pg_port_in_use "$port"; then
    echo "Port $port on 127.0.0.1 is in use, so the local PostgreSQL cannot listen there: set PLACEMENT_PG_PORT to a free port (PLACEMENT_PG_PORT=55433 ./scripts/run.sh), or ConnectionStrings__Placement to a database of your own." >&2
    data=""
    exit 1
  fi
  mkdir -p "$(dirname "$data")"
  chmod 755 "$(dirname "$data")"
  pg_init "$data"
  pg_start "$data" "$port"
  pg_create_database "$port" placement
  export ConnectionStrings__Placement="Host=127.0.0.1;Port=$port;Database=placement;Username=postgres"
fi

# Build only when the code is newer than the built service, or a settings file differs from its
# copy beside it (a `dotnet build` with nothing to do still costs several seconds).
stale() {
  local bin settings
  bin=$(dirname "$api")
  [[ -f "$api" ]] || return 0
  [[ -n $(find "$root/src" "$root/Directory.Build.props" "$root/Directory.Packages.props" "$root/global.json" \
    \( -name bin -o -name obj \) -prune -o -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name global.json \) \
    -newer "$api" -print -quit) ]] && return 0
  for settings in "$root"/src/PlacementApi/appsettings*.json; do
    cmp -s "$settings" "$bin/$(basename "$settings")" || return 0
  done
  return 1
}
if stale; then
  run_child dotnet build "$root/src/PlacementApi" -c Release --nologo -v quiet
fi
run_child dotnet "$api" migrate
# Tokens: the local key, unless the environment names an identity provider (Authority) of its own.
if [[ -z "${Authentication__Schemes__Bearer__Authority:-}" ]]; then
  token_ensure_key
  token_configure_service
  echo "Admin token (12 h; scripts/token.sh ROLE [SUB] mints others; Swagger UI: Authorize):"
  echo "Bearer $(token_mint admin "${USER:-$(id -un)}" 12)"
fi
echo "Placement Service: http://127.0.0.1:$api_port/swagger (Ctrl-C stops it)"
run_child dotnet "$api" --urls "http://127.0.0.1:$api_port"
