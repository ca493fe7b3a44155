using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Inventory;

/// <summary>
/// A PCI function of a host that may be passed through. <see cref="IommuProtected"/> is false for
/// a device whose DMA the IOMMU does not translate (it may reach all memory).
/// </summary>
public sealed record PciDevice(PciAddress Address, string? Description, bool IommuProtected, IReadOnlyList<Bar> Bars)
{
    /// <summary>arm64: the host-physical MMIO ranges of the device (mapped 1:1 into a direct-mapped domain).</summary>
    public IReadOnlyList<AddressRange> Mmio { get; init; } = [];

    /// <summary>arm64: the shared peripheral interrupts the device raises.</summary>
    public IReadOnlyList<int> Spis { get; init; } = [];

    /// <summary>Vendor, device, class, NUMA node and labels, as far as the inventory gives them.</summary>
    public DeviceIdentity Identity { get; init; } = DeviceIdentity.None;
}
