using Placement.Domain.Arm;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Inventory;

/// <summary>
/// What a replacement inventory may not change while live domains use the host: the devices they
/// hold (a device with its BARs, MMIO and SPIs is one thing to the guest that has it), the memory
/// they use, the architecture, the address space their BARs were placed in, the IOMMU their devices
/// rely on, and an arm64 host's platform but for its direct-map pool. The RMRRs of a held device may
/// change (a firmware update): the domain keeps the identity maps of its last boot, and its next
/// reboot recomputes the layout with the new ones, or is refused (§4 step 3).
/// </summary>
public static class InventoryInUse
{
    public const string DeviceInUse = "device-in-use";
    public const string MemoryInUse = "memory-in-use";
    public const string HostInUse = "host-in-use";

    public static List<InventoryViolation> Check(HostInventory current, HostInventory replacement, HostUsage usage)
    {
        var violations = new List<InventoryViolation>();
        if (!usage.IsInUse)
        {
            return violations;
        }

        if (replacement.Architecture != current.Architecture)
        {
            violations.Add(new("architecture", HostInUse, "The architecture may not change while domains live on the host."));
        }

        if (replacement.Memory < usage.Memory)
        {
            violations.Add(new("memoryMiB", MemoryInUse,
                $"Live domains use {usage.Memory.Bytes / ByteSize.MiB} MiB; the host may not have less."));
        }

        if (replacement.PhysAddressBits < current.PhysAddressBits)
        {
            violations.Add(new("physAddressBits", HostInUse,
                "The physical address space may not shrink while domains live on the host: their high BARs were placed up to its top."));
        }

        if (current.Iommu && !replacement.Iommu && usage.Owners.Count > 0)
        {
            violations.Add(new("iommu", HostInUse, "The IOMMU may not be turned off while devices are assigned."));
        }

        violations.AddRange(ArmInUse.Check(current.Arm, replacement.Arm));
        foreach (var (address, owner) in usage.Owners.OrderBy(o => o.Key))
        {
            CheckDevice(current, replacement, address, owner, violations);
        }

        return violations;
    }

    private static void CheckDevice(HostInventory current, HostInventory replacement, PciAddress address, Guid owner, List<InventoryViolation> violations)
    {
        var before = Find(current, address);
        var index = IndexOf(replacement, address);
        if (index < 0)
        {
            violations.Add(new("devices", DeviceInUse, $"Device {address} is assigned to domain {owner}: it may not be removed."));
            return;
        }

        if (before is null || !SameDevice(before, replacement.Devices[index]))
        {
            violations.Add(new($"devices[{index}]", DeviceInUse, $"Device {address} is assigned to domain {owner}: it may not change."));
        }
    }

    private static bool SameDevice(PciDevice a, PciDevice b) =>
        a.Description == b.Description && a.IommuProtected == b.IommuProtected && a.Bars.OrderBy(x => x.Index).SequenceEqual(b.Bars.OrderBy(x => x.Index))
        && ArmPlatform.SameRanges(a.Mmio, b.Mmio) && a.Spis.Order().SequenceEqual(b.Spis.Order());

    private static PciDevice? Find(HostInventory host, PciAddress address) => host.Devices.FirstOrDefault(d => d.Address == address);

    private static int IndexOf(HostInventory host, PciAddress address)
    {
        for (var i = 0; i < host.Devices.Count; i++)
        {
            if (host.Devices[i].Address == address)
            {
                return i;
            }
        }

        return -1;
    }
}
