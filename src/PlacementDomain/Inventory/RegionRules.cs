using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Inventory;

internal static class RegionRules
{
    public static IEnumerable<InventoryViolation> Check(IReadOnlyList<ReservedRegion> regions, IReadOnlySet<PciAddress> devices, PhysicalAddress top)
    {
        if (regions.Count > InventoryRules.MaxReservedRegions)
        {
            yield return new("reservedRegions", "too-many", $"A host has at most {InventoryRules.MaxReservedRegions} reserved regions.");
            yield break;
        }

        for (var i = 0; i < regions.Count; i++)
        {
            foreach (var violation in CheckOne(regions[i], $"reservedRegions[{i}]", devices, top))
            {
                yield return violation;
            }
        }

        foreach (var overlap in RangeRules.Overlaps(regions.Select(r => r.Range).ToList(), i => $"reservedRegions[{i}]", "the firmware's regions never overlap."))
        {
            yield return overlap;
        }
    }

    private static IEnumerable<InventoryViolation> CheckOne(ReservedRegion region, string path, IReadOnlySet<PciAddress> devices, PhysicalAddress top)
    {
        foreach (var violation in RangeRules.Check(region.Range, path, ReservedRegion.Alignment, top))
        {
            yield return violation;
        }

        if (region.Devices.Count == 0)
        {
            yield return new($"{path}.devices", "region-without-devices", "A reserved region names at least one device (Xen ignores an RMRR without device scope).");
        }

        foreach (var duplicate in InventoryRules.Duplicates(region.Devices, i => $"{path}.devices[{i}]", "Device"))
        {
            yield return duplicate;
        }

        for (var i = 0; i < region.Devices.Count; i++)
        {
            if (!devices.Contains(region.Devices[i]))
            {
                yield return new($"{path}.devices[{i}]", "region-device-unknown", $"Device {region.Devices[i]} is not in the host's device list.");
            }
        }
    }
}
