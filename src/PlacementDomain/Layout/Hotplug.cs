using Placement.Domain.Inventory;
using Placement.Domain.Pci;

namespace Placement.Domain.Layout;

/// <summary>A domain that runs on a host: what a hotplug is checked against.</summary>
/// <param name="GlobalPolicy">The rdm policy the domain was created with, when it gave one.</param>
/// <param name="Devices">The devices assigned to it now.</param>
public sealed record LiveDomain(Guid Id, RdmPolicy? GlobalPolicy, DomainLayout Layout, IReadOnlyList<PciAddress> Devices);

/// <summary>
/// §6 step 4: a device hotplugged into a live domain runs steps 1-3 against the domain's fixed
/// layout and RDM list; nothing is recomputed, which is why strategy <c>host</c> exists.
/// </summary>
public static class Hotplug
{
    public static DeviceOutcome Check(HostInventory host, LiveDomain domain, DeviceRequest request, HostUsage usage)
    {
        var policy = RdmPolicies.Of(request, domain.GlobalPolicy);
        var device = host.Devices.FirstOrDefault(d => d.Address == request.Address);
        var scopes = new DeviceScopes(host, [request]);
        var findings = DeviceChecks.Check(host, device, request, policy, scopes, usage, domain.Id);
        if (device is not null)
        {
            var held = new DeviceScopes(host, domain.Devices.Select(d => new DeviceRequest(d)).ToList());
            var existing = domain.Devices.SelectMany(held.RegionsOf).Select(r => r.Range).Distinct().ToList();
            findings.AddRange(IdentityMaps.Check(domain.Layout, device.Address, scopes.RegionsOf(device.Address), existing, policy));
        }

        return new DeviceOutcome(request.Address, policy, DeviceChecks.OutcomeOf(findings), findings);
    }
}
