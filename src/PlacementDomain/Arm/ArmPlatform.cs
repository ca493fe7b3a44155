using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

public enum GicVersion
{
    V2 = 2,
    V3 = 3,
}

/// <summary>
/// The host's interrupt controller: the distributor (GICD) and, for GICv2, the CPU interface
/// (GICC); for GICv3, the redistributor regions (GICR), one 128 KiB frame pair per CPU.
/// </summary>
public sealed record Gic(GicVersion Version, AddressRange Distributor, AddressRange? CpuInterface, IReadOnlyList<AddressRange> Redistributors)
{
    /// <summary>The GICv2 distributor's frame: 4 KiB.</summary>
    public static readonly ByteSize V2DistributorSize = new(0x1000);

    /// <summary>The GICv2 CPU interface's frame: 8 KiB.</summary>
    public static readonly ByteSize CpuInterfaceSize = new(0x2000);

    /// <summary>The GICv3 distributor's frame: 64 KiB.</summary>
    public static readonly ByteSize V3DistributorSize = new(0x10000);

    /// <summary>A GICv3 distributor and its redistributor regions start on 64 KiB boundaries.</summary>
    public static readonly ByteSize V3Alignment = new(0x10000);

    /// <summary>The distributor's frame of <paramref name="version"/> (any version other than 3 has GICv2's).</summary>
    public static ByteSize DistributorSize(GicVersion version) => version == GicVersion.V3 ? V3DistributorSize : V2DistributorSize;

    /// <summary>True when both describe the same controller: redistributor regions in any order.</summary>
    public bool SameAs(Gic other) =>
        Version == other.Version && Distributor == other.Distributor && CpuInterface == other.CpuInterface
        && ArmPlatform.SameRanges(Redistributors, other.Redistributors);
}

/// <summary>The host's console UART: its MMIO range and interrupt (SPI).</summary>
public sealed record ConsoleUart(AddressRange Range, int Spi);

/// <summary>
/// What an arm64 host adds to its inventory (docs/xen-rules.md §8): its RAM banks, the regions its
/// firmware keeps (never guest RAM), the direct-map pool (RAM set aside for 1:1 domains), its GIC
/// and its console UART. The host's <c>memory</c> is the sum of its RAM banks.
/// </summary>
public sealed record ArmPlatform(
    IReadOnlyList<AddressRange> MemoryBanks,
    IReadOnlyList<AddressRange> FirmwareReserved,
    IReadOnlyList<AddressRange> DirectMapPool,
    Gic Gic,
    ConsoleUart? Console)
{
    /// <summary>Banks, firmware regions, pool ranges, device MMIO and the console are 4 KiB aligned.</summary>
    public static readonly ByteSize PageSize = new(4 * ByteSize.KiB);

    /// <summary>True when both lists hold the same ranges, in any order.</summary>
    public static bool SameRanges(IReadOnlyList<AddressRange> a, IReadOnlyList<AddressRange> b) =>
        a.OrderBy(r => r.Start).ThenBy(r => r.End).SequenceEqual(b.OrderBy(r => r.Start).ThenBy(r => r.End));
}
