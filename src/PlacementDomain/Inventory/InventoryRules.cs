using Placement.Domain.Arm;
using Placement.Domain.Memory;

namespace Placement.Domain.Inventory;

/// <summary>
/// The rules every stored inventory keeps. Limits on counts keep one inventory within what real
/// hardware has, so that a typo cannot make a host absurdly large.
/// </summary>
public static class InventoryRules
{
    public const int MinPhysAddressBits = 32;
    public const int MaxPhysAddressBits = 52;
    public const int MaxDevices = 4096;
    public const int MaxReservedRegions = 1024;
    public const int MaxLabels = 64;
    public const int MaxDescriptionLength = 256;

    /// <summary>The highest NUMA node a device may name: Linux numbers at most 1024 nodes (NODES_SHIFT 10).</summary>
    public const int MaxNumaNode = 1023;

    public static IReadOnlyList<InventoryViolation> Check(HostInventory inventory)
    {
        var violations = new List<InventoryViolation>();
        if (inventory.PhysAddressBits is < MinPhysAddressBits or > MaxPhysAddressBits)
        {
            violations.Add(new("physAddressBits", "out-of-range",
                $"physAddressBits must be between {MinPhysAddressBits} and {MaxPhysAddressBits}."));
            return violations;
        }

        var top = inventory.TopOfAddressSpace;
        if (inventory.Memory.Bytes == 0 || inventory.Memory > top - PhysicalAddress.Zero)
        {
            violations.Add(new("memoryMiB", "out-of-range",
                $"memoryMiB must be at least 1 and fit the {inventory.PhysAddressBits}-bit address space ({top - PhysicalAddress.Zero} bytes)."));
        }

        violations.AddRange(LabelRules.Check(inventory.Labels, "labels"));
        violations.AddRange(DeviceRules.Check(inventory.Devices, top));
        violations.AddRange(RegionRules.Check(inventory.ReservedRegions, inventory.Devices.Select(d => d.Address).ToHashSet(), top));
        violations.AddRange(ArmPlatformRules.Check(inventory));
        return violations;
    }

    internal static IEnumerable<InventoryViolation> Duplicates<T>(IReadOnlyList<T> items, Func<int, string> path, string what)
        where T : notnull
    {
        var firstIndex = new Dictionary<T, int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!firstIndex.TryAdd(items[i], i))
            {
                yield return new(path(i), "duplicate", $"{what} {items[i]} is listed twice (first at {path(firstIndex[items[i]])}).");
            }
        }
    }
}
