#!/usr/bin/env bash
# Bounded load (ADR 0025). 1) <requests> plans at once on one host at the inventory limits: the
# answers by status and code, and the service's RSS before, just after and 10 s / 30 s after.
# 2) A second instance on the same database, and <pair> domain creates at once spread over both,
# each instance with the default pool (20): the answers, and any 53300 in either log.
#   benchmarks/load/burst.sh [requests=1000] [pair=800]
# Every request comes from one caller (127.0.0.1), so by default its rate limit is raised to let the
# burst reach the concurrency limit; PLACEMENT_LOAD_RATE=default keeps the default rate limit.
set -euo pipefail
requests=${1:-1000}
pair=${2:-800}
if [[ "${PLACEMENT_LOAD_RATE:-raised}" == raised ]]; then
  export Limits__PermitsPerSecondPerCaller=100000 Limits__BurstPerCaller=100000
fi
source "$(dirname "$0")/stack.sh"
stack_start
dotnet build "$root/benchmarks/PlacementLoad" -c Release --nologo -v quiet >/dev/null
load="$root/benchmarks/PlacementLoad/bin/Release/net10.0/PlacementLoad.dll"
rss() { awk '/VmHWM|VmRSS/ { printf "%s %d MiB  ", $1, $2 / 1024 }' "/proc/$1/status"; echo; }

python3 "$root/benchmarks/load/limits-host.py" >"$scratch/host.json"
echo "host at the limits ($(wc -c <"$scratch/host.json") bytes): $(curl -s -o /dev/null -w '%{http_code}' -X PUT "$base_url/v1/hosts/limits" \
  -H 'Content-Type: application/json' --data-binary @"$scratch/host.json")"
devices=$(for i in 0 4 8 12 16 20 24 28; do printf '{"sbdf":"0000:01:%02x.%d","rdmPolicy":"relaxed"},' $((i / 8)) $((i % 8)); done)
echo "{\"memoryMiB\":8192,\"rdm\":{\"policy\":\"relaxed\"},\"devices\":[${devices%,}]}" >"$scratch/plan.json"
echo "{\"name\":\"vm-burst\",\"memoryMiB\":8192,\"rdm\":{\"policy\":\"relaxed\"},\"devices\":[${devices%,}]}" >"$scratch/create.json"
echo "one plan: $(curl -s -o /dev/null -w '%{http_code}' -X POST "$base_url/v1/hosts/limits/plans" -H 'Content-Type: application/json' --data @"$scratch/plan.json")"

echo "== $requests plans at once, one instance"
echo "before:     $(rss "$api_pid")"
dotnet "$load" burst "$base_url" "$requests" /v1/hosts/limits/plans "$scratch/plan.json"
echo "just after: $(rss "$api_pid")"
sleep 10
echo "10 s after: $(rss "$api_pid")"
sleep 20
echo "30 s after: $(rss "$api_pid")"

echo "== $pair creates at once, two instances"
port2=$(pg_free_port)
dotnet "$root/src/PlacementApi/bin/Release/net10.0/PlacementApi.dll" --urls "http://127.0.0.1:$port2" >"$scratch/api2.log" 2>&1 &
api2_pid=$!
trap 'kill "$api2_pid" 2>/dev/null; [[ -n "$api_pid" ]] && kill "$api_pid" 2>/dev/null; pg_stop "$scratch/data"; rm -rf "$scratch"' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port2/health/ready" >/dev/null && break; sleep 0.5; done
dotnet "$load" burst "$base_url,http://127.0.0.1:$port2" "$pair" /v1/hosts/limits/domains "$scratch/create.json"
echo "max_connections: $(psql -h 127.0.0.1 -p "$(sed -n 4p "$scratch/data/postmaster.pid")" -U postgres -d placement -Atc 'SHOW max_connections' 2>/dev/null || echo '?')"
echo "53300 in the logs: $(cat "$scratch/api.log" "$scratch/api2.log" | grep -c -E '53300|too many clients|too many connections' || true)"
echo "first instance: $(rss "$api_pid")"
echo "second instance: $(rss "$api2_pid")"
