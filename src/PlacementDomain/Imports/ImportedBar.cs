using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Imports;

/// <summary>
/// A base address register read from a file. <see cref="Index"/> is null when the format prints
/// none (<c>lspci -v</c>); <see cref="Address"/> is null when unassigned. <see cref="Size"/> is in
/// bytes. Only the function's own BARs: never expansion ROMs, bridge windows or SR-IOV VF BARs.
/// </summary>
public sealed record ImportedBar(int? Index, BarKind Kind, PhysicalAddress? Address, ByteSize Size, bool Is64Bit, bool Prefetchable)
{
    /// <summary>lspci printed <c>[disabled]</c>: decoding is off, the BAR still needs room in a guest.</summary>
    public bool Disabled { get; init; }
}
