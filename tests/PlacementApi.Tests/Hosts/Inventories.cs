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

    /// <summary>An Arm server with an SMMU-protected NIC and no reserved regions.</summary>
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
          "reservedRegions": []
        }
        """)!.AsObject();
}
