using System.Text.Json.Nodes;

namespace Placement.Api.Tests.Hosts;

/// <summary>Inventory documents as a client sends them.</summary>
public static class Inventories
{
    /// <summary>The x86 example of the product description: an IGD and an xHCI controller with their RMRRs.</summary>
    public static JsonObject Laptop() => JsonNode.Parse("""
        {
          "architecture": "x86_64",
          "memoryMiB": 65536,
          "physAddressBits": 46,
          "iommu": true,
          "labels": { "rack": "r12" },
          "devices": [
            { "sbdf": "0000:00:02.0", "description": "Intel IGD", "iommuProtected": true,
              "bars": [ { "index": 0, "kind": "memory", "size": "0x1000000", "is64Bit": true, "prefetchable": false } ] },
            { "sbdf": "0000:00:14.0", "description": "USB xHCI" }
          ],
          "reservedRegions": [
            { "start": "0xab80a000", "end": "0xab81e000", "devices": ["0000:00:14.0"] },
            { "start": "0xad000000", "end": "0xaf800000", "devices": ["0000:00:02.0"] }
          ]
        }
        """)!.AsObject();

    /// <summary>
    /// An Arm server with an SMMU-protected NIC and no reserved regions: 128 GiB in two RAM banks
    /// (1 GiB at 1 GiB, 127 GiB at 34 GiB), a GICv2 below RAM; no firmware regions, pool or console.
    /// </summary>
    public static JsonObject Arm() => JsonNode.Parse("""
        {
          "architecture": "arm64",
          "memoryMiB": 131072,
          "physAddressBits": 48,
          "iommu": true,
          "labels": { "rack": "r12" },
          "devices": [
            { "sbdf": "0002:01:00.0", "description": "NIC",
              "bars": [ { "index": 0, "kind": "memory", "size": "0x20000", "is64Bit": true, "prefetchable": true } ] }
          ],
          "reservedRegions": [],
          "arm": {
            "memoryBanks": [ { "start": "0x40000000", "end": "0x80000000" }, { "start": "0x880000000", "end": "0x2840000000" } ],
            "gic": { "version": 2, "distributorBase": "0x8000000", "cpuInterfaceBase": "0x8010000" }
          }
        }
        """)!.AsObject();

    /// <summary>
    /// <see cref="Arm"/> with every part of the platform: a firmware region and a 16 GiB direct-map
    /// pool, a GICv3 with two redistributor regions, a console, and a second device with MMIO and SPIs.
    /// </summary>
    public static JsonObject ArmGicV3() => Arm().Edited("""
        {
          "devices[1]": { "sbdf": "0002:02:00.0", "description": "SATA", "iommuProtected": false,
                          "mmio": [ { "start": "0x10000000", "end": "0x10004000" }, { "start": "0x10100000", "end": "0x10101000" } ],
                          "spis": [ 35, 36 ] },
          "arm": {
            "memoryBanks": [ { "start": "0x40000000", "end": "0x80000000" }, { "start": "0x880000000", "end": "0x2840000000" } ],
            "firmwareReserved": [ { "start": "0x7f000000", "end": "0x7f100000" } ],
            "directMapPool": [ { "start": "0x1000000000", "end": "0x1400000000" } ],
            "gic": { "version": 3, "distributorBase": "0x8000000",
                     "redistributors": [ { "start": "0x80a0000", "end": "0x8ba0000" }, { "start": "0x8c00000", "end": "0x8e00000" } ] },
            "console": { "base": "0x9000000", "size": "0x1000", "spi": 33 }
          }
        }
        """);

    /// <summary>A valid arm section for a host of <paramref name="memoryMiB"/>: one RAM bank from 1 GiB, a GICv2, a console.</summary>
    public static JsonObject ArmSection(long memoryMiB) => JsonNode.Parse($$"""
        {
          "memoryBanks": [ { "start": "0x40000000", "end": {{0x4000_0000 + (memoryMiB << 20)}} } ],
          "gic": { "version": 2, "distributorBase": "0x8000000", "cpuInterfaceBase": "0x8010000" },
          "console": { "base": "0x9000000", "size": "0x1000", "spi": 33 }
        }
        """)!.AsObject();

    /// <summary>A JSON list of <paramref name="count"/> adjacent ranges of <paramref name="size"/> bytes from <paramref name="start"/>.</summary>
    public static string Ranges(ulong start, int count, ulong size = 0x1000) =>
        new JsonArray(Enumerable.Range(0, count)
            .Select(i => (JsonNode)new JsonObject { ["start"] = Hex(start + ((ulong)i * size)), ["end"] = Hex(start + ((ulong)(i + 1) * size)) })
            .ToArray()).ToJsonString();

    private static string Hex(ulong value) => $"0x{value:x}";
}
