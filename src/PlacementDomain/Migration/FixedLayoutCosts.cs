using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;

namespace Placement.Domain.Migration;

/// <summary>
/// What a free device of a target would add to a move on its own: the errors and warnings of
/// attaching it alone, checked as a migration check checks it against the domain's fixed layout.
/// The layout cannot change, so a device's regions only add findings: its IOMMU flag is its floor.
/// </summary>
internal sealed class FixedLayoutCosts(MovingDomain moving, MigrationTarget target, IEnumerable<PciDevice> devices) : IDeviceCosts
{
    private readonly DeviceScopes scopes = new(target.Inventory, devices.Select(d => new DeviceRequest(d.Address)).ToList());

    public DeviceOption Option(PciDevice device, RdmPolicy? policy)
    {
        var own = target.Inventory.Iommu && device.IommuProtected ? default : DeviceCost.WithoutIommu;
        var request = new DeviceRequest(device.Address, policy);
        return new DeviceOption(device, scopes.RegionsOf(device.Address).Count > 0, own,
            () => DeviceCost.Count(MigrationCheck.CheckDevice(moving, target, request, scopes).Findings));
    }
}
