using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Persistence.Tests;

/// <summary>Valid arm64 inventories for storage tests: every part of the platform filled in.</summary>
internal static class HostArmInventories
{
    /// <summary>
    /// 4 GiB in two banks, a firmware region, a pool, a GICv3 with two redistributor regions, a
    /// console, and two devices with MMIO and SPIs (one with none), in a 44-bit space.
    /// </summary>
    public static HostInventory GicV3() => new(
        CpuArchitecture.Arm64,
        ByteSize.FromMiB(4096),
        44,
        true,
        new Dictionary<string, string> { ["rack"] = "a7" },
        [
            new PciDevice(new PciAddress(2, 1, 0, 0), "NIC", true, [new Bar(0, BarKind.Memory, new ByteSize(0x20000), true, true)])
            {
                Mmio = [Range(0x1000_0000, 0x1001_0000), Range(0x1100_0000, 0x1100_1000)],
                Spis = [40, 41],
            },
            new PciDevice(new PciAddress(2, 2, 0, 0), "NVMe", false, []),
        ],
        [new ReservedRegion(Range(0x9_0000_0000, 0x9_0000_4000), [new PciAddress(2, 1, 0, 0)])])
    {
        Arm = new ArmPlatform(
            [Range(0x4000_0000, 0x8000_0000), Range(0x8_8000_0000, 0x9_4000_0000)],
            [Range(0x7f00_0000, 0x7f10_0000)],
            [Range(0x8_8000_0000, 0x8_c000_0000)],
            new Gic(GicVersion.V3, Range(0x800_0000, 0x801_0000), null, [Range(0x80a_0000, 0x8ba_0000), Range(0x8c0_0000, 0x8e0_0000)]),
            new ConsoleUart(Range(0x900_0000, 0x900_1000), 33)),
    };

    /// <summary><see cref="GicV3"/> with a GICv2, no console and no pool.</summary>
    public static HostInventory GicV2() => GicV3() with
    {
        Arm = GicV3().Arm! with
        {
            DirectMapPool = [],
            Gic = new Gic(GicVersion.V2, Range(0x800_0000, 0x800_1000), Range(0x801_0000, 0x801_2000), []),
            Console = null,
        },
    };

    private static AddressRange Range(ulong start, ulong end) => new(new PhysicalAddress(start), new PhysicalAddress(end));
}
