
namespace Placement.Persistence.Hosts;

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
