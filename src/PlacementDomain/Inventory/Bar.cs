using Placement.Domain.Memory;

namespace Placement.Domain.Inventory;

/// <summary>
/// One base address register of a PCI function: index 0-5 for memory and I/O BARs, 6 for the
/// expansion ROM (as hvmloader numbers them). <see cref="Size"/> is in bytes, a power of two.
/// </summary>
public sealed record Bar(int Index, BarKind Kind, ByteSize Size, bool Is64Bit, bool Prefetchable)
{
    public const int RomIndex = 6;

    /// <summary>Smallest decodable size per kind (PCI 3.0 §6.2.5): memory 16 B, I/O 4 B, ROM 2 KiB.</summary>
    public static ByteSize MinimumSize(BarKind kind) => kind switch
    {
        BarKind.Memory => new ByteSize(16),
        BarKind.Io => new ByteSize(4),
        _ => new ByteSize(2 * ByteSize.KiB),
    };

    /// <summary>Largest decodable size: I/O 256 ports, ROM 16 MiB, a 32-bit memory BAR 2 GiB (it lives below 4G); a 64-bit one is bounded by the address space.</summary>
    public static ByteSize? MaximumSize(BarKind kind, bool is64Bit) => kind switch
    {
        BarKind.Io => new ByteSize(256),
        BarKind.Rom => new ByteSize(16 * ByteSize.MiB),
        _ when !is64Bit => new ByteSize(2 * ByteSize.GiB),
        _ => null,
    };
}
