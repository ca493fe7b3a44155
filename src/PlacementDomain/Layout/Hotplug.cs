using Placement.Domain.Inventory;
using Placement.Domain.Memory;
using Placement.Domain.Pci;

namespace Placement.Domain.Layout;

/// <summary>A domain that runs on a host: what a hotplug is checked against.</summary>
/// <param name="GlobalPolicy">The rdm policy the domain was created with, when it gave one.</param>
/// <param name="Devices">The devices assigned to it now.</param>
/// <param name="Passthrough">Whether it was created with passthrough enabled (§6 rule 1).</param>
/// <param name="Framebuffer">Where QEMU maps its VGA's video RAM (populated), if it has a VGA.</param>
public sealed record LiveDomain(
    Guid Id, RdmPolicy? GlobalPolicy, DomainLayout Layout, IReadOnlyList<PciAddress> Devices, bool Passthrough = true, AddressRange? Framebuffer = null);

/// <summary>
/// §6 rule 4: a device hotplugged into a live domain runs rules 2-3 against the domain's layout of
/// its last boot; nothing is recomputed, which is why strategy <c>host</c> exists. A device
/// without a policy of its own is strict: xl never passes the domain's policy on. A domain created
/// with passthrough disabled takes no device.
/// </summary>
public static class Hotplug
{
    public static DeviceOutcome Check(HostInventory host, LiveDomain domain, DeviceRequest request, HostUsage usage)
    {
        var policy = request.Policy ?? RdmPolicy.Strict;
        if (!domain.Passthrough)
        {
            return new DeviceOutcome(request.Address, policy, AssignmentOutcome.Refused,
            [
                Finding.Error(FindingCodes.PassthroughDisabled,
                    $"The domain was created with passthrough disabled (no devices, no passthrough setting), so it takes no device: {request.Address} is refused. " +
                    "Create it with passthrough enabled to hotplug devices later.", device: request.Address),
            ]);
        }

        var device = host.Devices.FirstOrDefault(d => d.Address == request.Address);
        var scopes = new DeviceScopes(host, [request]);
        var findings = DeviceChecks.Check(host, device, request, policy, scopes, usage, domain.Id);
        if (device is not null)
        {
            findings.AddRange(IdentityMaps.Check(domain, device.Address, scopes.RegionsOf(device.Address), policy));
        }

        return new DeviceOutcome(request.Address, policy, DeviceChecks.OutcomeOf(findings), findings)
        {
            IdentityMaps = IdentityMaps.Mapped(scopes.RegionsOf(request.Address), findings),
        };
    }
}
