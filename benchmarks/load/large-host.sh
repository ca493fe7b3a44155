#!/usr/bin/env bash
# Prints the inventory of the benchmark host: 64 devices (two BARs each) on buses 1 and 2, and 32
# reserved regions of 16 KiB, each shared by two devices (as benchmarks/PlacementBenchmarks).
set -euo pipefail
devices=""
for i in $(seq 0 63); do
  devices+=$(printf '{"sbdf":"0000:%02x:%02x.0","iommuProtected":true,"bars":[{"index":0,"size":"0x%x","is64Bit":true,"prefetchable":true},{"index":2,"size":"0x4000"}]},' \
    $((1 + i / 32)) $((i % 32)) $((0x100000 << (i % 4))))
done
regions=""
for i in $(seq 0 31); do
  if ((i < 4)); then start=$((0xE0000 + i * 0x4000))
  elif ((i < 8)); then start=$((0x40000000 + i * 0x100000))
  elif ((i < 16)); then start=$((0xA0000000 + i * 0x1000000))
  elif ((i < 24)); then start=$((0xF8000000 + i * 0x10000))
  else start=$((0x200000000 + i * 0x10000000)); fi
  a=$((2 * i)); b=$((2 * i + 1))
  regions+=$(printf '{"start":"0x%x","end":"0x%x","devices":["0000:%02x:%02x.0","0000:%02x:%02x.0"]},' \
    "$start" $((start + 0x4000)) $((1 + a / 32)) $((a % 32)) $((1 + b / 32)) $((b % 32)))
done
printf '{"architecture":"x86_64","memoryMiB":262144,"physAddressBits":46,"iommu":true,"devices":[%s],"reservedRegions":[%s]}\n' "${devices%,}" "${regions%,}"
