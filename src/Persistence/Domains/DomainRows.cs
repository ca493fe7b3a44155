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

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DestroyedAt { get; set; }
}

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

    public DateTimeOffset AssignedAt { get; set; }

    public DateTimeOffset? ReleasedAt { get; set; }
}

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
}

/// <summary>The outcome of the first request sent with an <c>Idempotency-Key</c>.</summary>
public sealed class IdempotencyKeyRow
{
    public required string Key { get; set; }

    /// <summary>Fingerprint of the method, path and body: the same key with another request is refused.</summary>
    public required string RequestHash { get; set; }

    /// <summary>The outcome as a JSON document (<see cref="OutcomeDocuments"/>).</summary>
    public required string Outcome { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

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
