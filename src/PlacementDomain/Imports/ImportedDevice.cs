using Placement.Domain.Pci;

namespace Placement.Domain.Imports;

/// <summary>
/// A PCI function read from a file, with what the format tells of it: ids and class code (null
/// when not printed), the NUMA node (null when not printed) and its memory and I/O BARs.
/// </summary>
public sealed record ImportedDevice(PciAddress Address, ushort? VendorId, ushort? DeviceId, uint? ClassCode, IReadOnlyList<ImportedBar> Bars)
{
    public int? NumaNode { get; init; }

    /// <summary>The name the format prints for it (lspci's description), when any.</summary>
    public string? Description { get; init; }
}
