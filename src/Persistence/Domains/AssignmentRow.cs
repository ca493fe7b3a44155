namespace Placement.Persistence.Domains;

/// <summary>A device given to a domain; live until <see cref="ReleasedAt"/> is set. One live row per host device.</summary>
public sealed class AssignmentRow
{
    public long Id { get; set; }

    public Guid DomainId { get; set; }

    public required string HostName { get; set; }

    public required string Sbdf { get; set; }

    public required string RdmPolicy { get; set; }

    public required string Outcome { get; set; }

    public required string Findings { get; set; }

    /// <summary>The RMRRs identity-mapped for the device (a JSON array of ranges); null for rows written before they were kept.</summary>
    public string? IdentityMaps { get; set; }

    public DateTimeOffset AssignedAt { get; set; }

    public DateTimeOffset? ReleasedAt { get; set; }
}
