using Placement.Domain.Inventory;

namespace Placement.Domain.Layout;

/// <summary>
/// What one requested device brings to a plan on its own: it must be in the inventory, behind an
/// IOMMU, and (§6 step 1) a shared RMRR is refused under strict and risky under relaxed.
/// </summary>
public static class DeviceChecks
{
    public static List<Finding> Check(HostInventory host, PciDevice? device, DeviceRequest request, RdmPolicy policy) =>
        Check(host, device, request, policy, new DeviceScopes(host, [request]));

    public static List<Finding> Check(HostInventory host, PciDevice? device, DeviceRequest request, RdmPolicy policy, DeviceScopes scopes)
    {
        var findings = new List<Finding>();
        if (device is null)
        {
            findings.Add(Finding.Error(FindingCodes.DeviceUnknown, $"Device {request.Address} is not in the host's inventory.", device: request.Address));
            return findings;
        }

        if (!host.Iommu || !device.IommuProtected)
        {
            findings.Add(Finding.Error(FindingCodes.DeviceWithoutIommu,
                $"Device {device.Address} is not protected by an IOMMU: its DMA could reach all memory.", device: device.Address));
        }

        foreach (var region in scopes.RegionsOf(device.Address))
        {
            if (region.IsShared)
            {
                var verdict = policy == RdmPolicy.Strict ? "refused under the strict policy" : "assigning it is risky";
                findings.Add(Finding.ByPolicy(policy, FindingCodes.SharedRmrr,
                    $"RMRR {region.Range} of {device.Address} is shared with {Others(region, device)}: {verdict}.",
                    region.Range, device.Address));
            }
        }

        return findings;
    }

    public static AssignmentOutcome OutcomeOf(List<Finding> findings) =>
        findings.Exists(f => f.Severity == Severity.Error) ? AssignmentOutcome.Refused
        : findings.Count > 0 ? AssignmentOutcome.AssignedWithWarnings
        : AssignmentOutcome.Assigned;

    private static string Others(ReservedRegion region, PciDevice device) =>
        string.Join(", ", region.Devices.Where(d => d != device.Address));
}
