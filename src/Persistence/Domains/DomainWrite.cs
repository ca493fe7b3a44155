using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Migration;

namespace Placement.Persistence.Domains;

/// <summary>What a domain write came to.</summary>
public abstract record DomainWrite
{
    public sealed record Created(StoredDomain Domain) : DomainWrite;

    /// <summary>Nothing was created; the refusal is history line <paramref name="RefusalId"/>.</summary>
    public sealed record CreateRefused(IReadOnlyList<DeviceOutcome> Devices, IReadOnlyList<Finding> Findings, long RefusalId) : DomainWrite;

    public sealed record Rebooted(StoredDomain Domain) : DomainWrite;

    public sealed record Attached(StoredDomain Domain, StoredAssignment Assignment) : DomainWrite;

    public sealed record AttachRefused(DeviceOutcome Outcome, long RefusalId) : DomainWrite;

    public sealed record Released : DomainWrite;

    public sealed record Migrated(StoredDomain Domain, TargetVerdict Verdict) : DomainWrite;

    /// <summary>The check failed: nothing moved; the refusal is history line <paramref name="RefusalId"/>.</summary>
    public sealed record MigrationRefused(TargetVerdict Verdict, long RefusalId) : DomainWrite;

    /// <summary>Another migration moved the domain while this one waited for it.</summary>
    public sealed record DomainMoved(string Host) : DomainWrite;

    public sealed record HostNotFound : DomainWrite;

    public sealed record DomainNotFound : DomainWrite;

    public sealed record DomainDestroyed : DomainWrite;

    public sealed record DeviceNotAssigned : DomainWrite;

    /// <summary>The request is not for the host's architecture (arm settings on x86_64, none on arm64).</summary>
    public sealed record ArchitectureMismatch(CpuArchitecture Host) : DomainWrite;

    /// <summary>arm64 domains do not migrate.</summary>
    public sealed record ArchitectureNotSupported(CpuArchitecture Architecture) : DomainWrite;

    public sealed record NameTaken(Guid Holder) : DomainWrite;

    /// <summary>The same key and request came before: here is the first answer.</summary>
    public sealed record Replayed(RecordedResponse Response) : DomainWrite;

    /// <summary>The key came before with another request.</summary>
    public sealed record KeyReused : DomainWrite;
}
