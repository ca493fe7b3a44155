#!/usr/bin/env bash
# Fleet placement: POST /v1/placements (4 GiB and one A100, strict, limit 10) at 1 and 8 clients,
# and placed creates (POST /v1/domains) at 8, over fleets of each size given. For each size, starts
# its own throwaway PostgreSQL and a Release build of the service, then runs the harness
# benchmarks/PlacementLoad in fleet-placement mode: registers 250 template hosts (64 devices: 16
# A100s, 32 NICs, 16 NVMe drives on 4 NUMA nodes; 8 regions) with parallel PUTs, copies their rows
# under new names up to the size, creates the live domains through the API, warms up for 5 s, and
# times each load for the given seconds.
#   benchmarks/load/fleet-placement.sh ["host counts" = "1000 10000"] [seconds=20]
set -euo pipefail
sizes=${1:-"1000 10000"}
seconds=${2:-20}
source "$(dirname "$0")/stack.sh"
dotnet build "$root/benchmarks/PlacementLoad" -c Release --nologo -v quiet >/dev/null
for hosts in $sizes; do
  echo "== $hosts hosts"
  (
    stack_start
    dotnet "$root/benchmarks/PlacementLoad/bin/Release/net10.0/PlacementLoad.dll" fleet-placement "$base_url" "$hosts" "$seconds"
  )
done
