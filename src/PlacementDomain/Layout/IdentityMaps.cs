using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Layout;

/// <summary>
/// §6 step 2: each RMRR of a device joining a domain is identity-mapped into the domain's fixed
/// layout. It may not be guest RAM (a dropped RDM stays RAM), the firmware's area, a BAR of the
/// domain or a different identity map already there; a kept RDM or unused hole space is fine. Strict refuses,
/// relaxed attaches with a warning.
/// </summary>
public static class IdentityMaps
{
    /// <param name="existing">The identity maps the domain has already: the RMRRs of its devices.</param>
    public static List<Finding> Check(
        DomainLayout layout, PciAddress device, IReadOnlyList<ReservedRegion> regions, IReadOnlyList<AddressRange> existing, RdmPolicy policy)
    {
        var findings = new List<Finding>();
        for (var i = 0; i < regions.Count; i++)
        {
            var region = regions[i];
            if (ObstacleOf(layout, region.Range, existing) is { } obstacle)
            {
                findings.Add(Finding.ByPolicy(policy, FindingCodes.IdentityMapConflict,
                    $"Cannot set up identity map {region.Range} for {device}: {obstacle}.", region.Range, device));
            }
        }

        return findings;
    }

    /// <summary>What an identity map of <paramref name="range"/> would hit in the layout, in words; null when nothing.</summary>
    public static string? ObstacleOf(DomainLayout layout, AddressRange range, IReadOnlyList<AddressRange> existing)
    {
        for (var i = 0; i < layout.ReservedDeviceMemory.Count; i++)
        {
            var entry = layout.ReservedDeviceMemory[i];
            if (entry.Status == RdmStatus.Dropped && entry.Range.Overlaps(range))
            {
                return $"the RDM {entry.Range} was dropped at creation and is guest RAM";
            }
        }

        if (layout.Ram.OverlapsRam(range))
        {
            return "it is guest RAM";
        }

        // The same area a kept RDM may not take at creation (rdm-in-firmware-area): hvmloader's own memory.
        if (FirmwareView.DynamicArea.Overlaps(range))
        {
            return $"it lies in the firmware's area {FirmwareView.DynamicArea}";
        }

        for (var i = 0; i < layout.Bars.Count; i++)
        {
            var bar = layout.Bars[i];
            if (bar.Window != BarWindow.Io && bar.Range.Overlaps(range))
            {
                return $"BAR {bar.Index} of {bar.Device} is at {bar.Range}";
            }
        }

        for (var i = 0; i < existing.Count; i++)
        {
            var map = existing[i];
            if (map != range && map.Overlaps(range))
            {
                return $"it overlaps the identity map {map}";
            }
        }

        return null;
    }
}
