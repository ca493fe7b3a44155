using Placement.Domain.Inventory;

namespace Placement.Persistence.Hosts;

/// <summary>What a write expects of the stored host (HTTP <c>If-Match</c> / <c>If-None-Match</c>).</summary>
public sealed record HostPrecondition
{
    private HostPrecondition(long? generation, bool? exists) => (Generation, Exists) = (generation, exists);

    public static HostPrecondition None { get; } = new(null, null);

    /// <summary><c>If-Match: *</c>: the host must exist.</summary>
    public static HostPrecondition MustExist { get; } = new(null, true);

    /// <summary><c>If-None-Match: *</c>: the host must not exist yet.</summary>
    public static HostPrecondition MustNotExist { get; } = new(null, false);

    public long? Generation { get; }

    public bool? Exists { get; }

    public static HostPrecondition AtGeneration(long generation) => new(generation, true);

    public bool IsMetBy(long? currentGeneration) =>
        (Exists is null || Exists == currentGeneration.HasValue)
        && (Generation is null || Generation == currentGeneration);
}

public enum HostWriteStatus
{
    Created,
    Replaced,
    Deleted,
    NotFound,
    PreconditionFailed,

    /// <summary>Live domains use what the write would change or remove: see <see cref="HostWrite.Conflicts"/>.</summary>
    InUse,
}

/// <summary>The result of a write; <see cref="CurrentGeneration"/> is what a failed precondition met.</summary>
public sealed record HostWrite(
    HostWriteStatus Status, StoredHost? Host = null, long? CurrentGeneration = null, IReadOnlyList<InventoryViolation>? Conflicts = null);
