using Placement.Api.Plans;
using Placement.Domain.Fleet;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Pci;

namespace Placement.Api.Placements;

internal static class PlacementMapping
{
    public const int DefaultLimit = 10;

    /// <summary>
    /// The placement request of a body, read even when its shape is broken (as a plan's is, see
    /// <see cref="PlanMapping.ToRequestForRules"/>): unreadable values become the defaults, so the
    /// rules still see the rest. Null while the settings do not read at all.
    /// </summary>
    public static PlacementRequest? ToRequestForRules(this PlacementRequestBody body)
    {
        if (body.ToPlanBody().ToRequestForRules() is not X86Request settings)
        {
            return null;
        }

        var hosts = body.Hosts is { } filter
            ? new HostFilter(
                filter.Architecture is { } a && InventoryNames.Architectures.TryGetValue(a, out var architecture) ? architecture : CpuArchitecture.X64,
                filter.Labels ?? [],
                filter.Names?.Select(n => HostName.TryParse(n, out var name) ? name : (HostName?)null).OfType<HostName>().ToList())
            : HostFilter.Any;
        return new PlacementRequest(
            settings,
            hosts,
            (body.DeviceRequests ?? []).Select((d, i) => d is null ? DeviceWanted.Any($"device-{i}") : d.ToDeviceWanted(i)).ToList(),
            body.SameNumaNode ?? false,
            body.Strategy is { } s && FleetNames.Strategies.TryGetValue(s, out var strategy) ? strategy : PlacementStrategy.Spread,
            body.Limit is int limit and >= 1 and <= PlacementRequestValidator.MaxLimit ? limit : DefaultLimit,
            body.Name);
    }

    private static DeviceWanted ToDeviceWanted(this DeviceWantedBody body, int index) => new(
        body.Name ?? $"device-{index}",
        body.Count is int count and >= 1 and <= PlacementRequestValidator.MaxCount ? count : 1,
        PciIds.TryParseId(body.VendorId, out var vendor) ? vendor : null,
        PciIds.TryParseId(body.DeviceId, out var device) ? device : null,
        ClassCodePrefix.TryParse(body.ClassCode, out var prefix) ? prefix : null,
        body.Labels ?? [],
        body.RdmPolicy is { } p && LayoutNames.Policies.TryGetValue(p, out var policy) ? policy : null);
}
