using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Pci;

namespace Placement.Domain.Arm;

/// <summary>
/// What one device brings to an arm64 domain: it must be in the inventory and free; a device no
/// IOMMU protects goes only to a trusted direct-mapped domain (§8 security rule); when the domain
/// has a vPL011, its SPI equal to one of the device's SPIs is a warning (the guest console and the
/// device would share an interrupt). Arm has no RDM policy: every error refuses, so assignments
/// are recorded strict.
/// </summary>
public static class ArmDeviceChecks
{
    public static DeviceOutcome Check(HostInventory host, PciAddress address, ArmOptions options, Vpl011? console, HostUsage usage, Guid? domain = null)
    {
        var findings = new List<Finding>();
        var device = host.Devices.FirstOrDefault(d => d.Address == address);
        if (device is null)
        {
            findings.Add(DeviceChecks.Unknown(address));
            return Outcome(address, findings);
        }

        if (!host.Iommu || !device.IommuProtected)
        {
            findings.Add(options is { DirectMap: true, Trusted: true }
                ? Finding.Warning(FindingCodes.UnprotectedDeviceTrusted,
                    $"Device {address} is not protected by an IOMMU: the trusted direct-mapped domain gets it, and its DMA can reach all host memory.", device: address)
                : Finding.Error(FindingCodes.DeviceWithoutIommu,
                    $"Device {address} is not protected by an IOMMU: its DMA could reach all memory, so only a trusted direct-mapped domain may have it.", device: address));
        }

        if (DeviceChecks.Busy(device, usage, domain) is { } busy)
        {
            findings.Add(busy);
        }

        if (console is { } vpl011 && device.Spis.Contains(vpl011.Spi))
        {
            findings.Add(Finding.Warning(FindingCodes.Vpl011SpiConflict,
                $"Device {address} raises SPI {vpl011.Spi}, which is also the domain's vPL011 SPI: the console and the device would share an interrupt.", device: address));
        }

        return Outcome(address, findings);
    }

    private static DeviceOutcome Outcome(PciAddress address, List<Finding> findings) =>
        new(address, RdmPolicy.Strict, DeviceChecks.OutcomeOf(findings), findings);
}
