using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Fleet;

/// <summary>
/// The order of placement candidates: fewer warnings first; then the strategy's (spread: more free
/// memory left first; pack: less); then host name, ordinal, so that the order is total.
/// </summary>
internal sealed class PlacementRanking(PlacementStrategy strategy) : IComparer<PlacementRanking.Key>
{
    public readonly record struct Key(int Warnings, ByteSize FreeMemory, HostName Host);

    public static Key KeyOf(PlacementCandidate candidate) => new(candidate.Warnings, candidate.FreeMemory, candidate.Host);

    public int Compare(Key a, Key b)
    {
        var order = a.Warnings.CompareTo(b.Warnings);
        order = order != 0 ? order : ByStrategy(a.FreeMemory, b.FreeMemory);
        return order != 0 ? order : string.CompareOrdinal(a.Host.Value, b.Host.Value);
    }

    /// <summary>
    /// The order hosts must be read in for a placement to stop early: the strategy's order of their
    /// free memory (which the domain's memory shifts equally for all), then name.
    /// </summary>
    public int CompareStreamOrder(CandidateHost a, CandidateHost b)
    {
        var order = ByStrategy(a.FreeMemory, b.FreeMemory);
        return order != 0 ? order : string.CompareOrdinal(a.Host.Value, b.Host.Value);
    }

    private int ByStrategy(ByteSize a, ByteSize b) => strategy == PlacementStrategy.Spread ? b.CompareTo(a) : a.CompareTo(b);
}
