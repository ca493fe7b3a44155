namespace Placement.Agent.Tests;

/// <summary>
/// A small Intel host: a host bridge and a root port (both left out), an IGD with two 64-bit BARs,
/// I/O ports and a ROM (left out: the domain's sysfs reader lists BARs 0-5 only), an xHCI controller, and a NIC behind the root port. Its DMAR table has an
/// INCLUDE_PCI_ALL unit and three RMRRs: one for the xHCI and an absent 00:1a.0, one for the IGD,
/// one for an absent 00:1d.0 only.
/// </summary>
internal static class WorkstationHost
{
    public static HostTreeBuilder Devices(this HostTreeBuilder tree) => tree
        .Function("0000:00:00.0", "0x8086", "0x3e30", "0x060000", "-1")
        .Function("0000:00:02.0", "0x8086", "0x3e92", "0x030000", "-1",
            Resource.Memory64(0xf6000000, 0x1000000, prefetchable: false), Resource.Empty,
            Resource.Memory64(0xe0000000, 0x10000000, prefetchable: true), Resource.Empty,
            Resource.IoPorts(0xf000, 0x40), Resource.Empty,
            Resource.Rom(0xc0000, 0x20000))
        .Function("0000:00:14.0", "0x8086", "0xa36d", "0x0c0330", "0",
            Resource.Memory64(0xf7100000, 0x10000, prefetchable: false))
        .Function("0000:00:1c.0", "0x8086", "0xa338", "0x060400", "0")
        .Function("0000:01:00.0", "0x8086", "0x1533", "0x020000", "0",
            Resource.Memory32(0xf7000000, 0x80000), Resource.Empty, Resource.Empty,
            Resource.Memory32(0xf7080000, 0x4000));

    public static byte[] Dmar() => new DmarBuilder()
        .IncludeAllUnit(0xfed90000)
        .Rmrr(0x7a800000, 0x7a81dfff, (0x00, 0x14, 0), (0x00, 0x1a, 0))
        .Rmrr(0x7b000000, 0x7f7fffff, (0x00, 0x02, 0))
        .Rmrr(0x7a900000, 0x7a900fff, (0x00, 0x1d, 0))
        .Build();

    /// <summary>The inventory of this host with <paramref name="memoryMiB"/> and <paramref name="iommu"/>; regions only with the DMAR table.</summary>
    public static string Inventory(ulong memoryMiB, bool iommu, bool regions)
    {
        var protectedText = iommu ? "true" : "false";
        var regionText = regions
            ? """
              [
                  {
                    "start": "0x7a800000",
                    "end": "0x7a81e000",
                    "devices": [
                      "0000:00:14.0"
                    ]
                  },
                  {
                    "start": "0x7b000000",
                    "end": "0x7f800000",
                    "devices": [
                      "0000:00:02.0"
                    ]
                  }
                ]
              """
            : "[]";
        return $$"""
            {
              "architecture": "x86_64",
              "memoryMiB": {{memoryMiB}},
              "physAddressBits": 46,
              "iommu": {{protectedText}},
              "devices": [
                {
                  "sbdf": "0000:00:02.0",
                  "iommuProtected": {{protectedText}},
                  "vendorId": "0x8086",
                  "deviceId": "0x3e92",
                  "classCode": "0x030000",
                  "bars": [
                    {
                      "index": 0,
                      "kind": "memory",
                      "size": "0x1000000",
                      "is64Bit": true,
                      "prefetchable": false
                    },
                    {
                      "index": 2,
                      "kind": "memory",
                      "size": "0x10000000",
                      "is64Bit": true,
                      "prefetchable": true
                    },
                    {
                      "index": 4,
                      "kind": "io",
                      "size": "0x40",
                      "is64Bit": false,
                      "prefetchable": false
                    }
                  ]
                },
                {
                  "sbdf": "0000:00:14.0",
                  "iommuProtected": {{protectedText}},
                  "vendorId": "0x8086",
                  "deviceId": "0xa36d",
                  "classCode": "0x0c0330",
                  "numaNode": 0,
                  "bars": [
                    {
                      "index": 0,
                      "kind": "memory",
                      "size": "0x10000",
                      "is64Bit": true,
                      "prefetchable": false
                    }
                  ]
                },
                {
                  "sbdf": "0000:01:00.0",
                  "iommuProtected": {{protectedText}},
                  "vendorId": "0x8086",
                  "deviceId": "0x1533",
                  "classCode": "0x020000",
                  "numaNode": 0,
                  "bars": [
                    {
                      "index": 0,
                      "kind": "memory",
                      "size": "0x80000",
                      "is64Bit": false,
                      "prefetchable": false
                    },
                    {
                      "index": 3,
                      "kind": "memory",
                      "size": "0x4000",
                      "is64Bit": false,
                      "prefetchable": false
                    }
                  ]
                }
              ],
              "reservedRegions": {{regionText}}
            }

            """;
    }
}
