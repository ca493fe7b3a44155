namespace Placement.Domain.Imports;

/// <summary>
/// Reads one <c>/sys/kernel/iommu_groups/N/reserved_regions</c> file: lines
/// <c>0x%016llx 0x%016llx type</c> with inclusive ends, read half-open. <c>direct</c> and
/// <c>direct-relaxable</c> regions are RMRR candidates with no devices (the file names none),
/// flagged <see cref="ImportedRegionFlags.MayBeMerged"/>. Rules: docs/formats/logs.md.
/// </summary>
public static class SysfsReservedRegions
{
    public static ImportOutcome Read(string text) =>
        ImportBuilder.Run(ImportFormat.SysfsReservedRegions, builder => new SysfsReservedRegionsReader(builder).Read(text));
}
