namespace Placement.Persistence.Placements;

/// <summary>
/// A placed create that no host could take: nothing was created, so the line has neither host nor
/// domain; it keeps the request and what ruled the hosts out.
/// </summary>
public sealed class PlacementRefusalRow
{
    public long Id { get; set; }

    /// <summary>The name the domain asked for.</summary>
    public required string Name { get; set; }

    /// <summary>The domain's settings, as a domain keeps its request.</summary>
    public required string Settings { get; set; }

    /// <summary>The host filter, device requests and strategy, as a placed domain keeps them (no devices chosen).</summary>
    public required string Placement { get; set; }

    public int Evaluated { get; set; }

    /// <summary>For each code, how many hosts it ruled out (a JSON object).</summary>
    public required string Rejected { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The caller (token sub) whose placed create was refused.</summary>
    public string? Caller { get; set; }
}
