
namespace Placement.Persistence.Hosts;

public sealed class ReservedRegionRow
{
    public required string HostName { get; set; }

    public long Start { get; set; }

    /// <summary>Exclusive.</summary>
    public long End { get; set; }

    /// <summary>Canonical addresses of the devices in the region's scope, in inventory order.</summary>
    public required List<string> Devices { get; set; }
}
