using System.Globalization;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>
/// The rules of an arm64 host's platform (docs/xen-rules.md §8), checked with the rest of the
/// inventory by <see cref="InventoryRules"/>: an arm64 host describes its platform and an x86_64
/// host does not; the RAM banks add up to the host's memory; the direct-map pool is RAM that no
/// firmware region or RMRR claims; the GIC's and console's frames are MMIO, never RAM. Every
/// range is 4 KiB aligned (GICv3 frames 64 KiB) and inside the physical address space.
/// </summary>
public static class ArmPlatformRules
{
    /// <summary>Xen's NR_MEM_BANKS.</summary>
    public const int MaxMemoryBanks = 256;
    public const int MaxFirmwareRegions = 1024;
    public const int MaxPoolRanges = 1024;
    public const int MaxRedistributorRegions = 64;
    public const int MaxDeviceMmioRanges = 64;
    public const int MaxDeviceSpis = 64;

    /// <summary>SPIs are interrupt IDs 32 to 1019: 0-31 are SGIs and PPIs, 1020-1023 are special.</summary>
    public const int MinSpi = 32;
    public const int MaxSpi = 1019;

    public const string Arm64Only = "arm64-only";
    public const string MemoryBanksMismatch = "memory-banks-mismatch";
    public const string PoolOutsideRam = "pool-outside-ram";
    public const string PoolOverlapsReserved = "pool-overlaps-reserved";
    public const string OverlapsRam = "overlaps-ram";

    private static readonly ByteSize Page = ArmPlatform.PageSize;

    public static IReadOnlyList<InventoryViolation> Check(HostInventory host)
    {
        var violations = new List<InventoryViolation>();
        if (host.Architecture != CpuArchitecture.Arm64)
        {
            if (host.Arm is not null)
            {
                violations.Add(new("arm", Arm64Only, "Only an arm64 host has an arm section; this host is x86_64."));
            }

            violations.AddRange(DeviceArmRules.CheckAbsent(host.Devices));
            return violations;
        }

        var top = host.TopOfAddressSpace;
        if (host.Arm is not { } arm)
        {
            violations.Add(new("arm", "required", "An arm64 host describes its platform in arm: its RAM banks and its GIC at least."));
            violations.AddRange(DeviceArmRules.Check(host.Devices, new RamMap([]), top));
            return violations;
        }

        var ram = new RamMap(arm.MemoryBanks);
        violations.AddRange(CheckBanks(arm.MemoryBanks, host.Memory, top));
        violations.AddRange(CheckApart(arm.FirmwareReserved, "arm.firmwareReserved", MaxFirmwareRegions, "firmware regions", top));
        violations.AddRange(CheckPool(arm, host.ReservedRegions, ram, top));
        violations.AddRange(ArmFrameRules.Check(arm, ram, top));
        violations.AddRange(DeviceArmRules.Check(host.Devices, ram, top));
        return violations;
    }

    /// <summary>At most <paramref name="max"/> ranges, each not empty, 4 KiB aligned and inside the address space.</summary>
    internal static IEnumerable<InventoryViolation> CheckList(IReadOnlyList<AddressRange> ranges, string path, int max, string what, PhysicalAddress top)
    {
        if (ranges.Count > max)
        {
            return [new(path, "too-many", $"{path} lists at most {max} {what}.")];
        }

        return ranges.SelectMany((range, i) => RangeRules.Check(range, $"{path}[{i}]", Page, top));
    }

    /// <summary><see cref="CheckList"/>, and no two ranges of the list overlap.</summary>
    private static IEnumerable<InventoryViolation> CheckApart(IReadOnlyList<AddressRange> ranges, string path, int max, string what, PhysicalAddress top) =>
        ranges.Count > max
            ? CheckList(ranges, path, max, what, top)
            : CheckList(ranges, path, max, what, top).Concat(RangeRules.Overlaps(ranges, i => $"{path}[{i}]", $"{what} never overlap."));

    private static IEnumerable<InventoryViolation> CheckBanks(IReadOnlyList<AddressRange> banks, ByteSize memory, PhysicalAddress top)
    {
        const string path = "arm.memoryBanks";
        if (banks.Count == 0)
        {
            yield return new(path, "required", "An arm64 host lists at least one RAM bank.");
            yield break;
        }

        foreach (var violation in CheckApart(banks, path, MaxMemoryBanks, "RAM banks", top))
        {
            yield return violation;
        }

        if (banks.Count > MaxMemoryBanks)
        {
            yield break;
        }

        var sum = AddressRange.TotalBytes(banks);
        if (sum != memory.Bytes)
        {
            yield return new(path, MemoryBanksMismatch,
                $"The RAM banks add up to {MiB(sum)} MiB but memoryMiB is {MiB(memory.Bytes)}: the host's memory is the sum of its RAM banks.");
        }
    }

    private static IEnumerable<InventoryViolation> CheckPool(ArmPlatform arm, IReadOnlyList<ReservedRegion> rmrrs, RamMap ram, PhysicalAddress top)
    {
        const string path = "arm.directMapPool";
        var pool = arm.DirectMapPool;
        foreach (var violation in CheckApart(pool, path, MaxPoolRanges, "direct-map pool ranges", top))
        {
            yield return violation;
        }

        if (pool.Count > MaxPoolRanges)
        {
            yield break;
        }

        var reserved = arm.FirmwareReserved.Select((range, i) => (Range: range, Path: $"arm.firmwareReserved[{i}]"))
            .Concat(rmrrs.Select((region, i) => (region.Range, Path: $"reservedRegions[{i}]")))
            .ToList();
        for (var i = 0; i < pool.Count; i++)
        {
            var range = pool[i];
            if (range.IsEmpty)
            {
                continue;
            }

            if (!ram.Contains(range))
            {
                yield return new($"{path}[{i}]", PoolOutsideRam, $"{range} is not all RAM: the direct-map pool lies inside the RAM banks.");
            }

            if (reserved.FirstOrDefault(r => r.Range.Overlaps(range)) is { Path: { } hit } kept)
            {
                yield return new($"{path}[{i}]", PoolOverlapsReserved,
                    $"{range} overlaps {hit} {kept.Range}: memory the firmware or a device keeps is never given to a direct-mapped domain.");
            }
        }
    }

    private static string MiB(UInt128 bytes) => ((decimal)bytes / ByteSize.MiB).ToString("0.######", CultureInfo.InvariantCulture);
}
