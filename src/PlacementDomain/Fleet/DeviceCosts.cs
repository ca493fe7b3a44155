using Placement.Domain.Inventory;
using Placement.Domain.Layout;

namespace Placement.Domain.Fleet;

/// <summary>
/// What each device of one host would add to the plan of a placement's settings on its own: the
/// findings of the plan with that device alone less those of the plan without devices, plus
/// device-without-iommu. A device without reserved regions adds nothing else, so it needs no plan;
/// devices with the same regions (and policy) add the same, so their plan is made once, and only
/// when the device may rank before others (<see cref="DeviceOption.Floor"/>). The device's BARs
/// are not counted: their fate depends on the other devices chosen.
/// </summary>
internal sealed class DeviceCosts : IDeviceCosts
{
    private readonly CandidateHost host;
    private readonly X86Request settings;
    private readonly DeviceScopes scopes;
    private readonly Dictionary<(RdmPolicy, RegionSet), DeviceCost> byRegions = [];
    private DeviceCost? withoutDevices;

    public DeviceCosts(CandidateHost host, X86Request settings, IEnumerable<PciDevice> devices)
    {
        this.host = host;
        this.settings = settings;
        scopes = new DeviceScopes(host.Inventory, devices.Select(d => new DeviceRequest(d.Address)).ToList());
    }

    public DeviceOption Option(PciDevice device, RdmPolicy? policy)
    {
        var own = host.Inventory.Iommu && device.IommuProtected ? default : DeviceCost.WithoutIommu;
        var regions = scopes.RegionsOf(device.Address);
        if (regions.Count == 0)
        {
            return new DeviceOption(device, false, own, () => own);
        }

        // A device's regions add entries and checks, which add findings; only its policy can take
        // one away, relaxing an entry the strategy reserves strictly (and, in theory, a region
        // dropped under relaxed can bring the memory map back under its limit of entries).
        var request = new DeviceRequest(device.Address, policy);
        var relaxes = settings.Strategy != RdmStrategy.Ignore && settings.PolicyOf(request) == RdmPolicy.Relaxed && settings.EffectiveGlobalPolicy == RdmPolicy.Strict;
        return new DeviceOption(device, true, relaxes ? null : own, () => own + OfRegions(request, regions));
    }

    private DeviceCost OfRegions(DeviceRequest request, IReadOnlyList<ReservedRegion> regions)
    {
        var key = (settings.PolicyOf(request), new RegionSet(regions));
        if (!byRegions.TryGetValue(key, out var cost))
        {
            withoutDevices ??= DeviceCost.Of(LayoutPlanner.Plan(host.Inventory, settings with { Devices = [] }, host.Usage));
            cost = DeviceCost.Of(LayoutPlanner.Plan(host.Inventory, settings with { Devices = [request] }, host.Usage)) - withoutDevices.Value;
            byRegions.Add(key, cost);
        }

        return cost;
    }

    /// <summary>The reserved regions of a device, equal to another device's when they are the same regions in the same order.</summary>
    private readonly struct RegionSet(IReadOnlyList<ReservedRegion> regions) : IEquatable<RegionSet>
    {
        public bool Equals(RegionSet other) => regions.SequenceEqual(other.Regions);

        public override bool Equals(object? obj) => obj is RegionSet other && Equals(other);

        public override int GetHashCode()
        {
            var hash = default(HashCode);
            foreach (var region in regions)
            {
                hash.Add(region.Range);
            }

            return hash.ToHashCode();
        }

        private IReadOnlyList<ReservedRegion> Regions => regions;
    }
}
