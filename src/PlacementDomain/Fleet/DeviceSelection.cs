using Placement.Domain.Inventory;

namespace Placement.Domain.Fleet;

/// <summary>
/// The devices chosen for every request with one NUMA node preferred (<see cref="DeviceChoice"/>),
/// and what makes one choice better than another: the findings they add, then how many have
/// reserved regions, then how many are off the node, then their addresses.
/// </summary>
internal sealed record DeviceSelection(IReadOnlyList<Pick> Picks, DeviceCost Cost, int WithRegions, int OffNode) : IComparable<DeviceSelection>
{
    public static DeviceSelection Empty { get; } = new([], default, 0, 0);

    /// <param name="required">Only devices on <paramref name="node"/> may be chosen.</param>
    public static DeviceSelection? Select(IReadOnlyList<DeviceWanted> wanted, List<DeviceOption>[] options, int? node, bool required)
    {
        var available = Array.ConvertAll(options, o => o.FindAll(d => !required || d.IsOn(node)));
        var order = Enumerable.Range(0, wanted.Count).OrderBy(w => available[w].Count).ToList();
        var taken = new HashSet<PciDevice>(ReferenceEqualityComparer.Instance);
        var picks = new List<Pick>();
        var (cost, withRegions, offNode) = (default(DeviceCost), 0, 0);
        foreach (var w in order)
        {
            var ranked = First(available[w].FindAll(d => !taken.Contains(d.Device)), wanted[w].Count, node);
            if (ranked.Count < wanted[w].Count)
            {
                return null;
            }

            foreach (var option in ranked)
            {
                taken.Add(option.Device);
                picks.Add(new Pick(w, option.Device));
                (cost, withRegions, offNode) = (cost + option.Cost, withRegions + (option.HasRegions ? 1 : 0), offNode + (option.IsOn(node) ? 0 : 1));
            }
        }

        picks.Sort((a, b) => a.Wanted != b.Wanted ? a.Wanted.CompareTo(b.Wanted) : a.Device.Address.CompareTo(b.Device.Address));
        return new DeviceSelection(picks, cost, withRegions, offNode);
    }

    public int CompareTo(DeviceSelection? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = Cost.CompareTo(other.Cost);
        order = order != 0 ? order : WithRegions.CompareTo(other.WithRegions);
        order = order != 0 ? order : OffNode.CompareTo(other.OffNode);
        for (var i = 0; order == 0 && i < Picks.Count && i < other.Picks.Count; i++)
        {
            order = Picks[i].Device.Address.CompareTo(other.Picks[i].Device.Address);
        }

        return order;
    }

    /// <summary>
    /// The first <paramref name="count"/> of <paramref name="open"/> by rank, evaluating devices in
    /// the order of the best rank they could have (their floor for what they add) and stopping once
    /// the next could not rank before the count-th found: in the usual case, devices without
    /// regions or whose regions add nothing, only about <paramref name="count"/> are evaluated.
    /// </summary>
    private static List<DeviceOption> First(List<DeviceOption> open, int count, int? node)
    {
        open.Sort((a, b) => Compare(a.Floor, b.Floor, a, b, node));
        var first = new List<DeviceOption>(count + 1);
        foreach (var option in open)
        {
            if (first.Count == count && Compare(option.Floor, first[^1].Cost, option, first[^1], node) >= 0)
            {
                break;
            }

            var at = first.FindIndex(f => Compare(option.Cost, f.Cost, option, f, node) < 0);
            first.Insert(at < 0 ? first.Count : at, option);
            if (first.Count > count)
            {
                first.RemoveAt(count);
            }
        }

        return first;
    }

    /// <summary>Fewer findings added (null: fewer than any), then no regions, then on <paramref name="node"/>, then the lower address.</summary>
    private static int Compare(DeviceCost? costA, DeviceCost? costB, DeviceOption a, DeviceOption b, int? node)
    {
        var order = Nullable.Compare(costA, costB);
        order = order != 0 ? order : a.HasRegions.CompareTo(b.HasRegions);
        order = order != 0 ? order : b.IsOn(node).CompareTo(a.IsOn(node));
        return order != 0 ? order : a.Device.Address.CompareTo(b.Device.Address);
    }
}
