using Placement.Domain.Arm;
using Placement.Domain.Memory;

namespace Placement.Domain.Inventory;

/// <summary>
/// What the devices of an arm64 host add: their MMIO ranges (mapped 1:1 into a direct-mapped
/// domain, so never RAM) and their SPIs. Devices of an x86_64 host have neither. Two devices'
/// MMIO may share a page (small register blocks do, once rounded to 4 KiB), so overlaps between
/// devices are not checked.
/// </summary>
internal static class DeviceArmRules
{
    public static IEnumerable<InventoryViolation> CheckAbsent(IReadOnlyList<PciDevice> devices)
    {
        for (var i = 0; i < Math.Min(devices.Count, InventoryRules.MaxDevices); i++)
        {
            if (devices[i].Mmio.Count > 0)
            {
                yield return new($"devices[{i}].mmio", ArmPlatformRules.Arm64Only, "Only devices of an arm64 host list MMIO ranges; an x86_64 device's memory is its BARs.");
            }

            if (devices[i].Spis.Count > 0)
            {
                yield return new($"devices[{i}].spis", ArmPlatformRules.Arm64Only, "Only devices of an arm64 host list SPIs.");
            }
        }
    }

    public static IEnumerable<InventoryViolation> Check(IReadOnlyList<PciDevice> devices, RamMap ram, PhysicalAddress top)
    {
        var violations = new List<InventoryViolation>();
        for (var i = 0; i < Math.Min(devices.Count, InventoryRules.MaxDevices); i++)
        {
            violations.AddRange(CheckMmio(devices[i].Mmio, $"devices[{i}].mmio", ram, top));
            violations.AddRange(CheckSpis(devices[i].Spis, $"devices[{i}].spis"));
        }

        return violations;
    }

    private static IEnumerable<InventoryViolation> CheckMmio(IReadOnlyList<AddressRange> mmio, string path, RamMap ram, PhysicalAddress top)
    {
        foreach (var violation in ArmPlatformRules.CheckList(mmio, path, ArmPlatformRules.MaxDeviceMmioRanges, "MMIO ranges", top))
        {
            yield return violation;
        }

        if (mmio.Count > ArmPlatformRules.MaxDeviceMmioRanges)
        {
            yield break;
        }

        for (var j = 0; j < mmio.Count; j++)
        {
            if (ram.Overlapping(mmio[j]) is { } stretch)
            {
                yield return new($"{path}[{j}]", ArmPlatformRules.OverlapsRam, $"{mmio[j]} overlaps RAM {stretch}: a device's MMIO is never RAM.");
            }
        }
    }

    private static IEnumerable<InventoryViolation> CheckSpis(IReadOnlyList<int> spis, string path)
    {
        if (spis.Count > ArmPlatformRules.MaxDeviceSpis)
        {
            yield return new(path, "too-many", $"A device raises at most {ArmPlatformRules.MaxDeviceSpis} SPIs.");
            yield break;
        }

        for (var j = 0; j < spis.Count; j++)
        {
            if (spis[j] is < ArmPlatformRules.MinSpi or > ArmPlatformRules.MaxSpi)
            {
                yield return new($"{path}[{j}]", "out-of-range", $"{spis[j]} is not an SPI: SPIs are {ArmPlatformRules.MinSpi} to {ArmPlatformRules.MaxSpi}.");
            }
        }

        foreach (var duplicate in InventoryRules.Duplicates(spis, j => $"{path}[{j}]", "SPI"))
        {
            yield return duplicate;
        }
    }
}
