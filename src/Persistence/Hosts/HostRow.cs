using System.Text.Json.Serialization;

namespace Placement.Persistence.Hosts;

/// <summary>A host as stored. Addresses and sizes are bigint: see docs/decisions/0002.</summary>
public sealed class HostRow
{
    public required string Name { get; set; }

    public required string Architecture { get; set; }

    public long MemoryMiB { get; set; }

    public int PhysAddressBits { get; set; }

    public bool Iommu { get; set; }

    /// <summary>Incremented by every replace; the ETag of the host.</summary>
    public long Generation { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The caller (token sub) of the last write (create or replace).</summary>
    public string? UpdatedBy { get; set; }

    /// <summary>
    /// This row and its children as one JSON document, written with them under the host's lock:
    /// reads take one primary-key lookup (docs/decisions/0007).
    /// </summary>
    [JsonIgnore]
    public string Document { get; set; } = "";

    /// <summary>An arm64 host's platform (jsonb); null on x86_64.</summary>
    public ArmPlatformRow? Arm { get; set; }

    public List<HostLabelRow> Labels { get; init; } = [];

    public List<DeviceRow> Devices { get; init; } = [];

    public List<ReservedRegionRow> ReservedRegions { get; init; } = [];
}
