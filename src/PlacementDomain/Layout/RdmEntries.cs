using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Layout;

/// <summary>§4: the RDM entries a domain gets, in the order libxl builds them.</summary>
/// <remarks>Plain loops: this runs for every plan (docs/performance.md).</remarks>
public static class RdmEntries
{
    public static List<RdmEntry> Collect(HostInventory host, X86Request request) =>
        Collect(host, request, new DeviceScopes(host, request.Devices));

    public static List<RdmEntry> Collect(HostInventory host, X86Request request, DeviceScopes scopes)
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
        else if (request.Strategy is RdmStrategy.Explicit or RdmStrategy.Pool)
        {
            var source = request.Strategy == RdmStrategy.Explicit ? RdmSource.Explicit : RdmSource.Pool;
            foreach (var range in AddressRange.Union(request.Reserve))
            {
                entries.Add(new RdmEntry(range, request.EffectiveGlobalPolicy, source));
            }
        }

        for (var d = 0; d < request.Devices.Count; d++)
        {
            var device = request.Devices[d];
            var policy = request.PolicyOf(device);
            foreach (var region in scopes.RegionsOf(device.Address))
            {
                // Already reserved (the same start, or inside a wider explicit or pool range): the
                // device's policy overrides; when two devices disagree the last wins.
                var covering = IndexOfCovering(entries, region.Range);
                if (covering >= 0)
                {
                    entries[covering] = entries[covering] with { Policy = policy };
                }
                else
                {
                    entries.Add(new RdmEntry(region.Range, policy, RdmSource.Device));
                }
            }
        }

        return entries;
    }

    /// <summary>
    /// §4's same start, or (explicit and pool ranges only can be wider than an RMRR) an entry that
    /// contains the range. An entry with the same start but shorter does not cover it: the RMRR is
    /// appended whole rather than left partly unreserved.
    /// </summary>
    private static int IndexOfCovering(List<RdmEntry> entries, AddressRange range)
    {
        var containing = -1;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i].Range;
            if (entry.Start == range.Start && entry.End >= range.End)
            {
                return i;
            }

            if (containing < 0 && entry.Contains(range))
            {
                containing = i;
            }
        }

        return containing;
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
