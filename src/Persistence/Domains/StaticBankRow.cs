namespace Placement.Persistence.Domains;

/// <summary>
/// A static memory bank of a direct-mapped domain (arm64): held while <see cref="ReleasedAt"/> is
/// null. An exclusion constraint keeps the held banks of a host disjoint. A released bank stays as
/// a row: its memory never returns to the heap before the host reboots (docs/xen-rules.md §8).
/// </summary>
public sealed class StaticBankRow
{
    public long Id { get; set; }

    public Guid DomainId { get; set; }

    public required string HostName { get; set; }

    public long Start { get; set; }

    /// <summary>Exclusive.</summary>
    public long End { get; set; }

    public DateTimeOffset? ReleasedAt { get; set; }
}
