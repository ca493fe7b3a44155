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

public sealed class HostLabelRow
{
    public required string HostName { get; set; }

    public required string Key { get; set; }

    public required string Value { get; set; }
}

public sealed class DeviceRow
{
    public required string HostName { get; set; }

    /// <summary>Canonical <c>ssss:bb:dd.f</c>.</summary>
    public required string Sbdf { get; set; }

    public string? Description { get; set; }

    public bool IommuProtected { get; set; }

    /// <summary>arm64: the device's MMIO ranges (jsonb).</summary>
    public List<RangeRow> Mmio { get; set; } = [];

    /// <summary>arm64: the SPIs the device raises.</summary>
    public List<int> Spis { get; set; } = [];

    public List<BarRow> Bars { get; init; } = [];
}

public sealed class BarRow
{
    public required string HostName { get; set; }

    public required string Sbdf { get; set; }

    public int Index { get; set; }

    public required string Kind { get; set; }

    public long Size { get; set; }

    public bool Is64Bit { get; set; }

    public bool Prefetchable { get; set; }
}

public sealed class ReservedRegionRow
{
    public required string HostName { get; set; }

    public long Start { get; set; }

    /// <summary>Exclusive.</summary>
    public long End { get; set; }

    /// <summary>Canonical addresses of the devices in the region's scope, in inventory order.</summary>
    public required List<string> Devices { get; set; }
}
