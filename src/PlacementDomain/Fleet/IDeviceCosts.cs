using Placement.Domain.Inventory;
using Placement.Domain.Layout;

namespace Placement.Domain.Fleet;

/// <summary>
/// What each free device would add to the findings of what it joins, for <see cref="DeviceChoice"/>
/// to rank it by: a new domain's plan (<see cref="DeviceCosts"/>), or a moving domain's fixed layout.
/// </summary>
internal interface IDeviceCosts
{
    /// <param name="policy">The device's own RDM policy, if it has one.</param>
    DeviceOption Option(PciDevice device, RdmPolicy? policy);
}
