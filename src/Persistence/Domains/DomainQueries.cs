using Placement.Domain.Domains;
using Placement.Domain.Layout;
using Placement.Domain.Pci;

namespace Placement.Persistence.Domains;

/// <summary>One row of a domain listing.</summary>
public sealed record DomainSummary(
    Guid Id, string Host, string Name, DomainState State, long MemoryMiB, IReadOnlyList<string> Devices, DateTimeOffset CreatedAt, DateTimeOffset? DestroyedAt);

/// <summary>Filters of a domain listing; <see cref="After"/> is the last id of the previous page.</summary>
public sealed record DomainQuery(string? Host, DomainState? State, Guid? After, int Limit);

public sealed record DomainPage(IReadOnlyList<DomainSummary> Items, Guid? LastId);

public enum AssignmentEventKind
{
    Assigned,
    Refused,
    Released,
    Migrated,

    /// <summary>The domain rebooted, keeping its layout, static banks and devices.</summary>
    Rebooted,
}

/// <summary>
/// One line of history. <see cref="Device"/> is null for a refused create (which concerns the whole
/// request: see <see cref="Request"/>; <see cref="DomainId"/> is null for it too) and for a
/// migration, done or refused (<see cref="Host"/> is the target, <see cref="FromHost"/> the source).
/// </summary>
public sealed record AssignmentEvent(
    long Id,
    Guid? DomainId,
    string Host,
    string DomainName,
    AssignmentEventKind Kind,
    PciAddress? Device,
    RdmPolicy? Policy,
    AssignmentOutcome? Outcome,
    IReadOnlyList<Finding> Findings,
    DomainRequest? Request,
    DateTimeOffset At,
    string? FromHost = null,
    string? Caller = null);

public sealed record EventPage(IReadOnlyList<AssignmentEvent> Items, long? LastId);
