using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Layout;

/// <summary>§4: the RDM entries a domain gets, in the order libxl builds them.</summary>
/// <remarks>Plain loops: this runs for every plan (docs/performance.md).</remarks>
public static class RdmEntries
{
    public static List<RdmEntry> Collect(HostInventory host, PlanRequest request)
    {
        var regions = host.ReservedRegions;
        var entries = new List<RdmEntry>(regions.Count);
        if (request.Strategy == RdmStrategy.Host)
        {
            // Sorted by start so that the result never depends on how the inventory was written.
            foreach (var region in IsSortedByStart(regions) ? regions : regions.OrderBy(r => r.Range.Start).ToList())
            {
                entries.Add(new RdmEntry(region.Range, request.EffectiveGlobalPolicy, RdmSource.Host));
            }
        }

        for (var d = 0; d < request.Devices.Count; d++)
        {
            var device = request.Devices[d];
            var policy = request.PolicyOf(device);
            for (var r = 0; r < regions.Count; r++)
            {
                if (!InScope(regions[r], device.Address))
                {
                    continue;
                }

                // Same start: the device's policy overrides; when two devices disagree the last wins.
                var same = IndexOfStart(entries, regions[r].Range.Start);
                if (same >= 0)
                {
                    entries[same] = entries[same] with { Policy = policy };
                }
                else
                {
                    entries.Add(new RdmEntry(regions[r].Range, policy, RdmSource.Device));
                }
            }
        }

        return entries;
    }

    /// <summary>True when <paramref name="region"/>'s device scope lists <paramref name="device"/>.</summary>
    public static bool InScope(ReservedRegion region, PciAddress device)
    {
        var scope = region.Devices;
        for (var i = 0; i < scope.Count; i++)
        {
            if (scope[i] == device)
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOfStart(List<RdmEntry> entries, PhysicalAddress start)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Range.Start == start)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsSortedByStart(IReadOnlyList<ReservedRegion> regions)
    {
        for (var i = 1; i < regions.Count; i++)
        {
            if (regions[i].Range.Start < regions[i - 1].Range.Start)
            {
                return false;
            }
        }

        return true;
    }
}
