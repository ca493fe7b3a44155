namespace Placement.Persistence.Domains;

/// <summary>A domain as stored. Its settings, layout and creation findings are JSON documents: they never change.</summary>
public sealed class DomainRow
{
    public Guid Id { get; set; }

    public required string HostName { get; set; }

    public required string Name { get; set; }

    /// <summary><c>live</c> or <c>destroyed</c>.</summary>
    public required string State { get; set; }

    public long MemoryMiB { get; set; }

    public required string Settings { get; set; }

    public required string Layout { get; set; }

    public required string Findings { get; set; }

    /// <summary>How a placed create chose the host and devices (a JSON document); null for a create on a named host.</summary>
    public string? Placement { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DestroyedAt { get; set; }
}
