#!/usr/bin/env python3
"""Prints an inventory at the limits: 4,096 devices (six BARs each) on buses 1-16 and 1,024 reserved
regions of 16 KiB, each shared by four devices, on 1 TiB of memory."""
import json

devices = []
for i in range(4096):
    bus, slot = 1 + i // 256, i % 256
    sbdf = f"0000:{bus:02x}:{slot // 8:02x}.{slot % 8}"
    bars = [{"index": b, "size": hex(0x100000 << (i % 4)) if b == 0 else "0x4000"} for b in range(6)]
    devices.append({"sbdf": sbdf, "iommuProtected": True, "bars": bars})
regions = []
for r in range(1024):
    start = 0x100000000 + r * 0x100000
    regions.append({"start": hex(start), "end": hex(start + 0x4000), "devices": [devices[4 * r + k]["sbdf"] for k in range(4)]})
print(json.dumps({"architecture": "x86_64", "memoryMiB": 1048576, "physAddressBits": 46, "iommu": True,
                  "devices": devices, "reservedRegions": regions}, indent=2))
