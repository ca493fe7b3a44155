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
public sealed record Gic(GicVersion Version, AddressRange Distributor, AddressRange? CpuInterface, IReadOnlyList<AddressRange> Redistributors);

/// <summary>The host's console UART: its MMIO range and interrupt (SPI).</summary>
public sealed record ConsoleUart(AddressRange Range, int Spi);

/// <summary>
/// What an arm64 host adds to its inventory (xen-semantics §8): its RAM banks, the regions its
/// firmware keeps (never guest RAM), the direct-map pool (RAM set aside for 1:1 domains), its GIC
/// and its console UART. The host's <c>memory</c> is the sum of its RAM banks.
/// </summary>
public sealed record ArmPlatform(
    IReadOnlyList<AddressRange> MemoryBanks,
    IReadOnlyList<AddressRange> FirmwareReserved,
    IReadOnlyList<AddressRange> DirectMapPool,
    Gic Gic,
    ConsoleUart? Console);
