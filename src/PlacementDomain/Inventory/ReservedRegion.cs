using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Inventory;

/// <summary>
/// A reserved device memory region (Intel VT-d RMRR): a host-physical range, 4 KiB aligned at both
/// ends, that the listed devices DMA into and so must find identity-mapped in any guest.
/// <see cref="Range"/> has an exclusive end.
/// </summary>
public sealed record ReservedRegion(AddressRange Range, IReadOnlyList<PciAddress> Devices)
{
    public static readonly ByteSize Alignment = new(4 * ByteSize.KiB);

    /// <summary>True when more than one device DMAs into the region (a shared RMRR).</summary>
    public bool IsShared => Devices.Count > 1;
}
