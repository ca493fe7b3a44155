using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Layout;

/// <summary>§4: the RDM entries a domain gets, in the order libxl builds them.</summary>
/// <remarks>Plain loops: this runs for every plan (docs/performance.md).</remarks>
public static class RdmEntries
{
    public static List<RdmEntry> Collect(HostInventory host, PlanRequest request) =>
        Collect(host, request, new DeviceScopes(host, request.Devices));

    public static List<RdmEntry> Collect(HostInventory host, PlanRequest request, DeviceScopes scopes)
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
            foreach (var region in scopes.RegionsOf(device.Address))
            {
                // Same start: the device's policy overrides; when two devices disagree the last wins.
                var same = IndexOfStart(entries, region.Range.Start);
                if (same >= 0)
                {
                    entries[same] = entries[same] with { Policy = policy };
                }
                else
                {
                    entries.Add(new RdmEntry(region.Range, policy, RdmSource.Device));
                }
            }
        }

        return entries;
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
