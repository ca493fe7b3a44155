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

        foreach (var (first, second) in AddressRange.FindOverlaps(regions.Select(r => r.Range).ToList()))
        {
            yield return new($"reservedRegions[{second}]", "region-overlap",
                $"{regions[second].Range} overlaps reservedRegions[{first}] {regions[first].Range}; the firmware's regions never overlap.");
        }
    }

    private static IEnumerable<InventoryViolation> CheckOne(ReservedRegion region, string path, IReadOnlySet<PciAddress> devices, PhysicalAddress top)
    {
        var (start, end) = (region.Range.Start, region.Range.End);
        if (region.Range.IsEmpty)
        {
            yield return new($"{path}.end", "region-empty", $"end must lie above start {start}; ranges are [start, end).");
        }

        if (!start.IsAlignedTo(ReservedRegion.Alignment))
        {
            yield return new($"{path}.start", "region-not-aligned", $"start {start} is not 4 KiB aligned.");
        }

        if (!end.IsAlignedTo(ReservedRegion.Alignment))
        {
            // An inclusive end of 2^64 - 1 has no exclusive form: end + 1 would overflow.
            var hint = (end.Value & 0xfff) == 0xfff && end.Value != ulong.MaxValue ? $" end is exclusive: for an inclusive end of {end} write {end + new ByteSize(1)}." : "";
            yield return new($"{path}.end", "region-not-aligned", $"end {end} is not 4 KiB aligned.{hint}");
        }

        if (end > top)
        {
            yield return new($"{path}.end", "region-beyond-address-space", $"end {end} lies beyond the host's physical address space (top {top}).");
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
