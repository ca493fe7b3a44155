using Placement.Domain.Pci;

namespace Placement.Domain.Inventory;

/// <summary>
/// A PCI function of a host that may be passed through. <see cref="IommuProtected"/> is false for
/// a device whose DMA the IOMMU does not translate (it may reach all memory).
/// </summary>
public sealed record PciDevice(PciAddress Address, string? Description, bool IommuProtected, IReadOnlyList<Bar> Bars);
