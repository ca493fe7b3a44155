namespace Placement.Persistence.Domains;

/// <summary>
/// One line of the assignment history: a device assigned, refused or released. A refused create
/// has no domain: its line names the host and keeps the request.
/// </summary>
public sealed class AssignmentEventRow
{
    public long Id { get; set; }

    public Guid? DomainId { get; set; }

    public required string HostName { get; set; }

    /// <summary>The domain's name; for a refused create, the name it asked for.</summary>
    public required string DomainName { get; set; }

    /// <summary><c>assigned</c>, <c>refused</c>, <c>released</c> or <c>migrated</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>For a migration (done or refused): the host the domain left, or would have.</summary>
    public string? FromHost { get; set; }

    public string? Sbdf { get; set; }

    public string? RdmPolicy { get; set; }

    public string? Outcome { get; set; }

    public required string Findings { get; set; }

    /// <summary>The refused create request (settings and devices); null otherwise.</summary>
    public string? Request { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The caller (token sub) whose request wrote the line; null for lines older than authentication.</summary>
    public string? Caller { get; set; }
}
