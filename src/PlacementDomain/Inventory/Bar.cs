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

    /// <summary>I/O BARs decode at most 256 ports.</summary>
    public static readonly ByteSize MaximumIoSize = new(256);
}
