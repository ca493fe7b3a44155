using Placement.Domain.Inventory;

namespace Placement.Persistence.Hosts;

/// <summary>An inventory with its generation (the ETag), timestamps and the caller of its last write.</summary>
public sealed record StoredHost(HostName Name, HostInventory Inventory, long Generation, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? UpdatedBy = null);

/// <summary>One row of a host listing: enough to choose a host without loading its devices.</summary>
public sealed record HostSummary(
    string Name,
    string Architecture,
    long MemoryMiB,
    bool Iommu,
    IReadOnlyDictionary<string, string> Labels,
    int DeviceCount,
    int ReservedRegionCount,
    long Generation,
    DateTimeOffset UpdatedAt);

/// <summary>Filters of a host listing; <see cref="After"/> is the last name of the previous page.</summary>
public sealed record HostQuery(CpuArchitecture? Architecture, IReadOnlyDictionary<string, string> Labels, string? After, int Limit);

public sealed record HostPage(IReadOnlyList<HostSummary> Items, string? LastName);
