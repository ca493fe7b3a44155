
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

    /// <summary>The PCI vendor id, 0 to 0xffff; null when the inventory gives none (so for the other parts of the identity).</summary>
    public int? VendorId { get; set; }

    public int? DeviceId { get; set; }

    /// <summary>The 24-bit class code: class, subclass, programming interface.</summary>
    public int? ClassCode { get; set; }

    public int? NumaNode { get; set; }

    /// <summary>The device's labels (a jsonb object, for containment queries).</summary>
    public Dictionary<string, string> Labels { get; set; } = [];

    public List<BarRow> Bars { get; init; } = [];
}
