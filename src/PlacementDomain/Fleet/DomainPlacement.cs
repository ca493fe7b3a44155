namespace Placement.Domain.Fleet;

/// <summary>
/// How a placed domain's host and devices were chosen: what its placement request asked for
/// besides the domain's settings (which the domain keeps as its request), and the device request
/// each chosen device answers. Kept for life, as the request is: a later hotplug or move does not
/// change it.
/// </summary>
public sealed record DomainPlacement(
    HostFilter Hosts, IReadOnlyList<DeviceWanted> Devices, bool SameNumaNode, PlacementStrategy Strategy, IReadOnlyList<ChosenDevice> Chosen)
{
    /// <summary>What <paramref name="request"/> asked for, with the devices chosen for it (none for a refused one).</summary>
    public static DomainPlacement Of(PlacementRequest request, IReadOnlyList<ChosenDevice> chosen) =>
        new(request.Hosts, request.Devices, request.SameNumaNode, request.Strategy, chosen);
}
