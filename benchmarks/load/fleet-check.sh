#!/usr/bin/env bash
# Latency of one domain's migration check over a fleet (POST /v1/domains/{id}/migration-checks
# with {}: every x86_64 host but its own). Starts its own throwaway PostgreSQL and a Release build
# of the service, then runs the harness benchmarks/PlacementLoad in fleet-check mode: registers
# the hosts (64 devices, 8 regions each) with parallel PUTs, places tenant domains, creates the
# domain (4 GiB, 2 devices), warms up, and times sequential checks (top 100, then all results).
#   benchmarks/load/fleet-check.sh [hosts=10000] [requests=20]
set -euo pipefail
hosts=${1:-10000}
requests=${2:-20}
source "$(dirname "$0")/stack.sh"
dotnet build "$root/benchmarks/PlacementLoad" -c Release --nologo -v quiet >/dev/null
stack_start
dotnet "$root/benchmarks/PlacementLoad/bin/Release/net10.0/PlacementLoad.dll" fleet-check "$base_url" "$hosts" "$requests"
