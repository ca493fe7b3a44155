using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Pci;

namespace Placement.Persistence.Domains;

public enum DomainState
{
    Live,
    Destroyed,
}

/// <summary>A device a domain holds now, with the outcome and findings it was assigned with.</summary>
public sealed record StoredAssignment(PciAddress Device, RdmPolicy Policy, AssignmentOutcome Outcome, IReadOnlyList<Finding> Findings, DateTimeOffset AssignedAt)
{
    /// <summary>The assignment a device's outcome in a plan, hotplug or move becomes at <paramref name="at"/>.</summary>
    public static StoredAssignment Of(DeviceOutcome outcome, DateTimeOffset at) => new(outcome.Device, outcome.Policy, outcome.Outcome, outcome.Findings, at);
}

/// <summary>
/// A domain: the request it was created from, the layout it keeps for life (x86_64 or arm64), the findings of its
/// creation, and the devices it holds now (none once destroyed).
/// </summary>
public sealed record StoredDomain(
    Guid Id,
    HostName Host,
    string Name,
    DomainState State,
    PlanRequest Request,
    GuestLayout Layout,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<StoredAssignment> Devices,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DestroyedAt)
{
    /// <summary>An x86_64 domain as a hotplug or migration check sees it.</summary>
    public LiveDomain ToLiveDomain() => Layout is DomainLayout layout
        ? new(Id, Request.GlobalPolicy, layout, Devices.Select(d => d.Device).ToList())
        : throw new InvalidOperationException($"Domain {Id} is an arm64 domain.");

    /// <summary>The layout of an arm64 domain; null for an x86_64 one.</summary>
    public ArmLayout? ArmLayout => Layout as ArmLayout;
}

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
    PlanRequest? Request,
    DateTimeOffset At,
    string? FromHost = null);

public sealed record EventPage(IReadOnlyList<AssignmentEvent> Items, long? LastId);
