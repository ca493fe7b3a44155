using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Layout;

/// <summary>
/// What one requested device brings to a plan on its own: it must be in the inventory, behind an
/// IOMMU, and (§6 step 1) a shared RMRR is refused under strict and risky under relaxed.
/// </summary>
public static class DeviceChecks
{
    public static List<Finding> Check(HostInventory host, PciDevice? device, DeviceRequest request, RdmPolicy policy)
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

        foreach (var region in host.ReservedRegions)
        {
            if (region.IsShared && region.Devices.Contains(device.Address))
            {
                var others = string.Join(", ", region.Devices.Where(d => d != device.Address));
                findings.Add(Finding.ByPolicy(policy, FindingCodes.SharedRmrr,
                    policy == RdmPolicy.Strict
                        ? $"RMRR {region.Range} of {device.Address} is shared with {others}: refused under the strict policy."
                        : $"RMRR {region.Range} of {device.Address} is shared with {others}: assigning it is risky.",
                    region.Range, device.Address));
            }
        }

        return findings;
    }

    /// <summary>The RMRRs whose device scope lists <paramref name="device"/>.</summary>
    public static IEnumerable<AddressRange> RegionsOf(HostInventory host, PciDevice device) =>
        host.ReservedRegions.Where(r => r.Devices.Contains(device.Address)).Select(r => r.Range);

    public static AssignmentOutcome OutcomeOf(IReadOnlyCollection<Finding> findings) =>
        findings.Any(f => f.Severity == Severity.Error) ? AssignmentOutcome.Refused
        : findings.Count > 0 ? AssignmentOutcome.AssignedWithWarnings
        : AssignmentOutcome.Assigned;
}
