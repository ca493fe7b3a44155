using Placement.Domain.Inventory;

namespace Placement.Domain.Layout;

/// <summary>§4: the RDM entries a domain gets, in the order libxl builds them.</summary>
public static class RdmEntries
{
    public static List<RdmEntry> Collect(HostInventory host, PlanRequest request)
    {
        var entries = new List<RdmEntry>();
        if (request.Strategy == RdmStrategy.Host)
        {
            // Sorted by start so that the result never depends on how the inventory was written.
            foreach (var region in host.ReservedRegions.OrderBy(r => r.Range.Start))
            {
                entries.Add(new RdmEntry(region.Range, request.EffectiveGlobalPolicy, RdmSource.Host));
            }
        }

        foreach (var device in request.Devices)
        {
            var policy = request.PolicyOf(device);
            foreach (var region in host.ReservedRegions)
            {
                if (!region.Devices.Contains(device.Address))
                {
                    continue;
                }

                // Same start: the device's policy overrides; when two devices disagree the last wins.
                var same = entries.FindIndex(e => e.Range.Start == region.Range.Start);
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
}
