using Placement.Domain.Inventory;
using Placement.Domain.Pci;

namespace Placement.Domain.Layout;

/// <summary>
/// The RMRRs whose device scope lists each requested device, in the host's order, found in one
/// pass over the host's regions (every plan needs them three times: §4, §6 and the outcomes).
/// </summary>
public sealed class DeviceScopes
{
    private readonly Dictionary<PciAddress, List<ReservedRegion>> regions;

    public DeviceScopes(HostInventory host, IReadOnlyList<DeviceRequest> devices)
    {
        regions = new Dictionary<PciAddress, List<ReservedRegion>>(devices.Count);
        for (var i = 0; i < devices.Count; i++)
        {
            regions.TryAdd(devices[i].Address, []);
        }

        for (var r = 0; r < host.ReservedRegions.Count; r++)
        {
            var region = host.ReservedRegions[r];
            for (var i = 0; i < region.Devices.Count; i++)
            {
                if (regions.TryGetValue(region.Devices[i], out var ofDevice))
                {
                    ofDevice.Add(region);
                }
            }
        }
    }

    /// <summary>The regions of a requested device; empty for a device that was not requested.</summary>
    public IReadOnlyList<ReservedRegion> RegionsOf(PciAddress device) => regions.TryGetValue(device, out var ofDevice) ? ofDevice : [];
}
