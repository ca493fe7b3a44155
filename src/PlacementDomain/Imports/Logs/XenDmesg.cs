namespace Placement.Domain.Imports;

/// <summary>
/// Reads Xen's boot log (<c>xl dmesg</c>, booted with <c>iommu=verbose</c>): the RMRRs with the
/// endpoints of their <c>found ACPI_DMAR_RMRR</c> block, in every shape Xen 4.0 to 4.22 prints, and
/// <c>System RAM</c>. Ranges are half-open (Xen prints inclusive ends). Rules: docs/formats/logs.md.
/// </summary>
public static class XenDmesg
{
    public static ImportOutcome Read(string text) =>
        ImportBuilder.Run(ImportFormat.XenDmesg, builder => new XenDmesgReader(builder).Read(text));
}
