#!/usr/bin/env bash
# Create+destroy throughput: registers hosts, then workers create a domain (one device each) and
# destroy it, over and over. Starts its own throwaway PostgreSQL and a Release build of the
# service; the harness is benchmarks/PlacementLoad.
#   benchmarks/load/domain-lifecycle.sh [seconds=20] ["worker counts" = "8"] [hosts=16]
set -euo pipefail
duration=${1:-20}
workers=${2:-8}
hosts=${3:-16}
source "$(dirname "$0")/stack.sh"
dotnet build "$root/benchmarks/PlacementLoad" -c Release --nologo -v quiet >/dev/null
stack_start
for w in $workers; do
  dotnet "$root/benchmarks/PlacementLoad/bin/Release/net10.0/PlacementLoad.dll" "$base_url" "$w" "$duration" "$hosts"
done
