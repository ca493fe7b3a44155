using Placement.Domain.Inventory;

namespace Placement.Domain.Fleet;

/// <summary>
/// Which hosts a placement looks at: of <see cref="Architecture"/> (any when null), carrying every
/// label of <see cref="Labels"/> with its value, and named in <see cref="Names"/> (any when null).
/// </summary>
public sealed record HostFilter(CpuArchitecture? Architecture, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<HostName>? Names)
{
    public static HostFilter Any { get; } = new(null, new Dictionary<string, string>(), null);

    public bool Admits(HostName host, HostInventory inventory) =>
        (Architecture is null || inventory.Architecture == Architecture)
        && (Names is null || Names.Contains(host))
        && LabelRules.Includes(inventory.Labels, Labels);
}
