using Placement.Domain.Inventory;
using Placement.Domain.Layout;

namespace Placement.Domain.Fleet;

/// <summary>
/// What the values of a placement request mean, checked before any host is read: the settings keep
/// the rules of a plan request (<see cref="RequestRules"/>), each device request has its own name
/// (the chosen devices are named after it), the host filter names each host once, labels keep the
/// rules of host labels. Paths as the request document names them (<c>deviceRequests[1].name</c>,
/// <c>hosts.names[0]</c>).
/// </summary>
public static class PlacementRules
{
    public static IReadOnlyList<InventoryViolation> Check(PlacementRequest request)
    {
        var violations = new List<InventoryViolation>(RequestRules.Check(request.Settings));
        violations.AddRange(InventoryRules.Duplicates(request.Devices.Select(d => d.Name).ToList(), i => $"deviceRequests[{i}].name", "Device request"));
        violations.AddRange(InventoryRules.Duplicates(request.Hosts.Names ?? [], i => $"hosts.names[{i}]", "Host"));
        violations.AddRange(LabelRules.Check(request.Hosts.Labels, "hosts.labels"));
        for (var i = 0; i < request.Devices.Count; i++)
        {
            violations.AddRange(LabelRules.Check(request.Devices[i].Labels, $"deviceRequests[{i}].labels"));
        }
        return violations;
    }
}
