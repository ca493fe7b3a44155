using Placement.Domain.Inventory;

namespace Placement.Domain.Layout;

/// <summary>
/// What one requested device brings to a plan on its own (§6 steps 1 and 3): it must be in the
/// inventory, behind an IOMMU and free; a shared RMRR is refused under strict and risky under
/// relaxed, and refused under either when another domain holds one of the devices sharing it.
/// </summary>
public static class DeviceChecks
{
    public static List<Finding> Check(HostInventory host, PciDevice? device, DeviceRequest request, RdmPolicy policy) =>
        Check(host, device, request, policy, new DeviceScopes(host, [request]), HostUsage.None);

    /// <param name="domain">The domain the device would join, when it exists already (hotplug); every other owner is another domain.</param>
    public static List<Finding> Check(
        HostInventory host, PciDevice? device, DeviceRequest request, RdmPolicy policy, DeviceScopes scopes, HostUsage usage, Guid? domain = null)
    {
        var findings = new List<Finding>();
        if (device is null)
        {
            findings.Add(Unknown(request.Address));
            return findings;
        }

        if (!host.Iommu || !device.IommuProtected)
        {
            findings.Add(Finding.Error(FindingCodes.DeviceWithoutIommu,
                $"Device {device.Address} is not protected by an IOMMU: its DMA could reach all memory.", device: device.Address));
        }

        if (Busy(device, usage, domain) is { } busy)
        {
            findings.Add(busy);
        }

        var regions = scopes.RegionsOf(device.Address);
        for (var r = 0; r < regions.Count; r++)
        {
            var region = regions[r];
            if (region.IsShared)
            {
                var verdict = policy == RdmPolicy.Strict ? "refused under the strict policy" : "assigning it is risky";
                findings.Add(Finding.ByPolicy(policy, FindingCodes.SharedRmrr,
                    $"RMRR {region.Range} of {device.Address} is shared with {Others(region, device)}: {verdict}.",
                    region.Range, device.Address));
            }

            for (var s = 0; s < region.Devices.Count; s++)
            {
                var sharer = region.Devices[s];
                if (sharer != device.Address && usage.OwnerOf(sharer) is { } holder && holder != domain)
                {
                    findings.Add(Finding.Error(FindingCodes.RmrrSharedWithOtherDomain,
                        $"RMRR {region.Range} of {device.Address} is shared with {sharer}, which domain {holder} holds: " +
                        "one RMRR identity-mapped into two guests breaks isolation.",
                        region.Range, device.Address));
                }
            }
        }

        return findings;
    }

    public static AssignmentOutcome OutcomeOf(List<Finding> findings) =>
        findings.Exists(f => f.Severity == Severity.Error) ? AssignmentOutcome.Refused
        : findings.Count > 0 ? AssignmentOutcome.AssignedWithWarnings
        : AssignmentOutcome.Assigned;

    internal static Finding Unknown(Pci.PciAddress address) =>
        Finding.Error(FindingCodes.DeviceUnknown, $"Device {address} is not in the host's inventory.", device: address);

    /// <summary>device-busy when some domain holds the device (<paramref name="domain"/> itself included: it cannot take it twice).</summary>
    internal static Finding? Busy(PciDevice device, HostUsage usage, Guid? domain) => usage.OwnerOf(device.Address) is { } owner
        ? Finding.Error(FindingCodes.DeviceBusy,
            owner == domain ? $"Device {device.Address} is already assigned to this domain." : $"Device {device.Address} is assigned to domain {owner}.",
            device: device.Address)
        : null;

    private static string Others(ReservedRegion region, PciDevice device) =>
        string.Join(", ", region.Devices.Where(d => d != device.Address));
}
