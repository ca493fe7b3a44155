#!/usr/bin/env bash
# Latency of POST /v1/hosts/{host}/plans on a host of 64 devices and 32 reserved regions, the
# typical request asking for 8 devices. Starts its own throwaway PostgreSQL and a Release build of
# the service on 127.0.0.1, loads it with wrk (apt-get install wrk), prints wrk's report.
#   benchmarks/load/plan-endpoint.sh [seconds=20] ["connection counts" = "1 4 8"]
set -euo pipefail
duration=${1:-20}
connections=${2:-"1 4 8"}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
source "$(dirname "$0")/stack.sh"
stack_start
port=${base_url##*:}

"$root/benchmarks/load/large-host.sh" >"$scratch/host.json"
curl -sf -X PUT "http://127.0.0.1:$port/v1/hosts/bench" -H 'Content-Type: application/json' --data @"$scratch/host.json" >/dev/null
devices=$(for i in 0 4 8 12 16 20 24 28; do printf '{"sbdf":"0000:01:%02x.0","rdmPolicy":"relaxed"},' "$i"; done)
body="{\"memoryMiB\":8192,\"rdm\":{\"policy\":\"relaxed\"},\"devices\":[${devices%,}]}"
curl -sf -X POST "http://127.0.0.1:$port/v1/hosts/bench/plans" -H 'Content-Type: application/json' --data "$body" | head -c 200
echo
cat >"$scratch/plan.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$body'
LUA
# Warm-up (JIT tiering, connection pools), not reported.
wrk -t1 -c4 -d5s -s "$scratch/plan.lua" "http://127.0.0.1:$port/v1/hosts/bench/plans" >/dev/null
for c in $connections; do
  wrk -t1 -c"$c" -d"${duration}s" --latency -s "$scratch/plan.lua" "http://127.0.0.1:$port/v1/hosts/bench/plans"
done
