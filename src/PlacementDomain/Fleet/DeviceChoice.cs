using Placement.Domain.Inventory;

namespace Placement.Domain.Fleet;

/// <summary>
/// Chooses one host's devices for device requests: a placement's, or a move's to devices of the
/// same model. Each request takes, of the free devices that match it and that no other request
/// took, the first by: the findings the device adds (<see cref="IDeviceCosts"/>: to a placement's
/// plan, or to a moving domain's fixed layout; errors, then warnings, so a device whose RMRR
/// collides with guest RAM loses to an identical one whose RMRR does not), no reserved regions,
/// on the preferred NUMA node, lowest address. Requests with fewer devices to choose from choose
/// first, so that "an A100" is served before "any GPU" takes it: when the devices of any two
/// requests are nested or disjoint, no request goes short while some choice serves them all
/// (crossing requests may, as no full matching is searched). Each NUMA node of the devices is preferred in turn (under
/// same-NUMA-node the only one allowed); the choice adding the fewest findings, then with the
/// fewest devices with regions, then the fewest off the node, then the lowest addresses, is kept.
/// </summary>
internal static class DeviceChoice
{
    /// <summary>A placement's devices, each ranked by what it adds to the plan of the request's settings (<see cref="DeviceCosts"/>).</summary>
    public static IReadOnlyList<Pick>? Choose(PlacementRequest request, CandidateHost host) =>
        Choose(request.Devices, request.SameNumaNode, host, devices => new DeviceCosts(host, request.Settings, devices));

    /// <param name="costsOf">What the devices that may be chosen would add, each ranked by it.</param>
    /// <returns>The devices in the order of the requests, each request's by address; null when some request cannot have its count.</returns>
    public static IReadOnlyList<Pick>? Choose(
        IReadOnlyList<DeviceWanted> wanted, bool sameNumaNode, CandidateHost host, Func<IEnumerable<PciDevice>, IDeviceCosts> costsOf)
    {
        if (Matching(wanted, host) is not { } matching)
        {
            return null;
        }

        var costs = costsOf(matching.SelectMany(m => m).Distinct());
        var options = new List<DeviceOption>[wanted.Count];
        for (var w = 0; w < wanted.Count; w++)
        {
            var policy = wanted[w].Policy;
            options[w] = matching[w].ConvertAll(d => costs.Option(d, policy));
        }

        var best = wanted.Count == 0 ? DeviceSelection.Empty : null;
        foreach (var node in Nodes(matching, sameNumaNode))
        {
            if (DeviceSelection.Select(wanted, options, node, sameNumaNode) is { } selection && (best is null || selection.CompareTo(best) < 0))
            {
                best = selection;
            }
        }

        return best?.Picks;
    }

    /// <summary>Per request, the free devices that match it; null when one request has fewer than its count.</summary>
    private static List<PciDevice>[]? Matching(IReadOnlyList<DeviceWanted> wanted, CandidateHost host)
    {
        var matching = new List<PciDevice>[wanted.Count];
        for (var w = 0; w < wanted.Count; w++)
        {
            matching[w] = [];
        }

        foreach (var device in host.Inventory.Devices)
        {
            if (host.Usage.OwnerOf(device.Address) is not null)
            {
                continue;
            }

            for (var w = 0; w < wanted.Count; w++)
            {
                if (wanted[w].Matches(device))
                {
                    matching[w].Add(device);
                }
            }
        }

        for (var w = 0; w < wanted.Count; w++)
        {
            if (matching[w].Count < wanted[w].Count)
            {
                return null;
            }
        }

        return matching;
    }

    /// <summary>The NUMA nodes to prefer in turn: those of the devices; without them, none (null) unless one node is required.</summary>
    private static List<int?> Nodes(List<PciDevice>[] matching, bool required)
    {
        var nodes = matching.SelectMany(m => m).Select(d => d.Identity.NumaNode).OfType<int>().Distinct().Order().Select(n => (int?)n).ToList();
        return nodes.Count > 0 || required ? nodes : [null];
    }
}
