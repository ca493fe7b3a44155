namespace Placement.Domain.Imports;

/// <summary>The flags an <see cref="ImportedRegion"/> may carry.</summary>
public static class ImportedRegionFlags
{
    /// <summary>Xen printed "Ignore the RMRR": no device of its scope was present, so Xen maps nothing for it.</summary>
    public const string IgnoredByXen = "ignored-by-xen";

    /// <summary>sysfs merges adjacent regions of one type: this range may be the union of several RMRRs.</summary>
    public const string MayBeMerged = "may-be-merged";

    /// <summary>sysfs type <c>direct-relaxable</c>: the kernel lets the mapping go once a domain owns the device.</summary>
    public const string Relaxable = "direct-relaxable";
}
