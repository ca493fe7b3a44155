using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using static Placement.Domain.Tests.Inventory.TestInventory;

namespace Placement.Domain.Tests.Inventory;

/// <summary>Arm64 inventories for rule tests: valid as they stand; change one thing.</summary>
internal static class ArmTestInventory
{
    public const string Nic = "0002:01:00.0";

    /// <summary>
    /// 4 GiB in two banks (1 GiB at 1 GiB, 3 GiB at 34 GiB) in a 40-bit space, a firmware region in
    /// the first, a 2 GiB pool in the second, a GICv2 and a console below RAM, a NIC with MMIO and SPIs.
    /// </summary>
    public static HostInventory ArmExample() => new(
        CpuArchitecture.Arm64,
        ByteSize.FromMiB(4096),
        40,
        Iommu: true,
        new Dictionary<string, string>(),
        [Device(Nic, "NIC") with { Mmio = [Range(0x1000_0000, 0x1001_0000)], Spis = [40, 41] }],
        [])
    {
        Arm = new ArmPlatform(
            [Range(0x4000_0000, 0x8000_0000), Range(0x8_8000_0000, 0x9_4000_0000)],
            [Range(0x7f00_0000, 0x7f10_0000)],
            [Range(0x8_8000_0000, 0x9_0000_0000)],
            GicV2(0x800_0000, 0x801_0000),
            new ConsoleUart(Range(0x900_0000, 0x900_1000), 33)),
    };

    /// <summary><see cref="ArmExample"/> with a GICv3 whose one redistributor region covers 32 CPUs.</summary>
    public static HostInventory GicV3Example() => WithGic(GicV3(0x800_0000, Range(0x80a_0000, 0x8ba_0000)));

    public static ArmPlatform Platform => ArmExample().Arm!;

    public static HostInventory WithPlatform(ArmPlatform platform) => ArmExample() with { Arm = platform };

    public static HostInventory WithGic(Gic gic) => WithPlatform(Platform with { Gic = gic });

    /// <summary>The example with these banks, its memory their sum (so the sum rule holds), and no pool.</summary>
    public static HostInventory WithBanks(params AddressRange[] banks) =>
        WithPlatform(Platform with { MemoryBanks = banks, DirectMapPool = [] }) with
        {
            Memory = new ByteSize(banks.Aggregate(0UL, (sum, bank) => sum + bank.Size.Bytes)),
        };

    public static HostInventory WithDevice(PciDevice device) => ArmExample() with { Devices = [device] };

    public static PciDevice NicDevice => ArmExample().Devices[0];

    public static Gic GicV2(ulong distributor, ulong cpuInterface) =>
        new(GicVersion.V2, Frame(distributor, Gic.V2DistributorSize), Frame(cpuInterface, Gic.CpuInterfaceSize), []);

    public static Gic GicV3(ulong distributor, params AddressRange[] redistributors) =>
        new(GicVersion.V3, Frame(distributor, Gic.V3DistributorSize), null, redistributors);

    public static AddressRange Range(ulong start, ulong end) => new(new PhysicalAddress(start), new PhysicalAddress(end));

    public static AddressRange Frame(ulong start, ByteSize size) => AddressRange.FromSize(new PhysicalAddress(start), size);

    /// <summary><paramref name="count"/> adjacent 4 KiB ranges from <paramref name="start"/>.</summary>
    public static AddressRange[] Pages(ulong start, int count) =>
        Enumerable.Range(0, count).Select(i => Range(start + ((ulong)i * 0x1000), start + ((ulong)(i + 1) * 0x1000))).ToArray();
}
