namespace Placement.Domain.Inventory;

/// <summary>
/// What a device's identity may hold: a class code of three bytes, a NUMA node Linux can number,
/// and labels that keep <see cref="LabelRules"/>, as a host's do. Vendor and device ids are 16 bits
/// by their type; every part may be absent.
/// </summary>
internal static class DeviceIdentityRules
{
    public static IEnumerable<InventoryViolation> Check(DeviceIdentity identity, string path)
    {
        if (identity.ClassCode > DeviceIdentity.MaxClassCode)
        {
            yield return new($"{path}.classCode", "out-of-range", "A class code is three bytes: class, subclass and programming interface.");
        }

        if (identity.NumaNode is < 0 or > InventoryRules.MaxNumaNode)
        {
            yield return new($"{path}.numaNode", "out-of-range",
                $"numaNode is 0 to {InventoryRules.MaxNumaNode}; a device attached to no node leaves it out.");
        }

        foreach (var violation in LabelRules.Check(identity.Labels, $"{path}.labels"))
        {
            yield return violation;
        }
    }
}
