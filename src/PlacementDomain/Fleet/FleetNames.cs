namespace Placement.Domain.Fleet;

/// <summary>The names of placement strategies, as requests and stored placements write them.</summary>
public static class FleetNames
{
    private static readonly Dictionary<string, PlacementStrategy> StrategyByName = new(StringComparer.Ordinal)
    {
        ["spread"] = PlacementStrategy.Spread,
        ["pack"] = PlacementStrategy.Pack,
    };

    public static IReadOnlyDictionary<string, PlacementStrategy> Strategies => StrategyByName;

    public static string Name(this PlacementStrategy strategy) => StrategyByName.First(s => s.Value == strategy).Key;
}
