using Placement.Domain.Arm;
using Placement.Domain.Memory;

namespace Placement.Domain.Inventory;

/// <summary>
/// What a virtualization host offers for placement: its RAM, the width of its physical address
/// space, whether it has an IOMMU, free-form labels, the PCI functions that may be passed through,
/// and the reserved device memory regions (RMRRs) with the devices that use them.
/// <see cref="InventoryRules"/> states what makes an inventory valid. The host's name is not part
/// of its inventory: it is the key the inventory is stored under.
/// </summary>
public sealed record HostInventory(
    CpuArchitecture Architecture,
    ByteSize Memory,
    int PhysAddressBits,
    bool Iommu,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<PciDevice> Devices,
    IReadOnlyList<ReservedRegion> ReservedRegions)
{
    /// <summary>The exclusive top of the host's physical address space, 2^<see cref="PhysAddressBits"/>.</summary>
    public PhysicalAddress TopOfAddressSpace => PhysicalAddress.TopOfAddressSpace(PhysAddressBits);

    /// <summary>The RAM banks, firmware regions, direct-map pool, GIC and console of an arm64 host; null on x86_64.</summary>
    public ArmPlatform? Arm { get; init; }
}
