# PostgreSQL helpers shared by scripts/run.sh and scripts/test.sh (sourced, not run).
# PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user.

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$dir" && -x "$dir/initdb" ]] && echo "$dir"
}

pg_ensure_installed() {
  if [[ -n "$(pg_bin)" ]]; then
    return 0
  fi
  if [[ $(id -u) -ne 0 ]]; then
    echo "PostgreSQL is not installed. Install it (sudo apt-get install -y postgresql) or set a connection string (see README.md)." >&2
    exit 1
  fi
  echo "Installing PostgreSQL with apt-get..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  [[ -n "$(pg_bin)" ]] || { echo "apt-get did not provide PostgreSQL." >&2; exit 1; }
}

# Runs a PostgreSQL command as the user that may own a cluster.
pg_as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_init DATA_DIR [initdb options...]: creates the cluster unless it exists.
pg_init() {
  local data=$1
  shift
  [[ -f "$data/PG_VERSION" ]] && return 0
  mkdir -p "$data"
  [[ $(id -u) -eq 0 ]] && chown postgres "$data" "$(dirname "$data")"
  pg_as_owner "$(pg_bin)/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 "$@" >/dev/null
}

pg_is_running() {
  pg_as_owner "$(pg_bin)/pg_ctl" -D "$1" status >/dev/null 2>&1
}

# pg_start DATA_DIR PORT [extra server settings...]: listens on 127.0.0.1 only.
pg_start() {
  local data=$1 port=$2
  shift 2
  pg_is_running "$data" && return 0
  local options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data $*"
  if ! pg_as_owner "$(pg_bin)/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start -o "$options" >/dev/null; then
    echo "PostgreSQL did not start on port $port; its log:" >&2
    tail -n 20 "$data/server.log" >&2
    return 1
  fi
}

pg_stop() {
  pg_is_running "$1" && pg_as_owner "$(pg_bin)/pg_ctl" -D "$1" -m fast -w stop >/dev/null
  return 0
}

# True when something accepts connections on 127.0.0.1:PORT.
pg_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# A TCP port on 127.0.0.1 that nothing listens on now.
pg_free_port() {
  local port
  for port in $(shuf -i 20000-60000 -n 50); do
    if ! pg_port_in_use "$port"; then
      echo "$port"
      return 0
    fi
  done
  echo "No free port found." >&2
  return 1
}

pg_create_database() {
  local port=$1 name=$2 psql
  psql="$(pg_bin)/psql"
  if [[ -z $("$psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'") ]]; then
    "$psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE \"$name\"" >/dev/null
  fi
}
