namespace Placement.Domain.Imports;

/// <summary>A file format the inventory import reads. Each has a stable wire name (<see cref="ImportFormats"/>).</summary>
public enum ImportFormat
{
    /// <summary>The binary ACPI DMAR table, as in <c>/sys/firmware/acpi/tables/DMAR</c>.</summary>
    AcpiDmar,

    /// <summary>iasl's text disassembly of the DMAR table (<c>iasl -d</c>).</summary>
    AcpiDmarText,

    /// <summary>acpidump's hex text; the DMAR table is found inside it.</summary>
    Acpidump,

    /// <summary>Xen's boot log (<c>xl dmesg</c>), booted with <c>iommu=verbose</c> for the RMRR lines.</summary>
    XenDmesg,

    /// <summary>Linux's kernel log (<c>dmesg</c>): its DMAR lines and total memory.</summary>
    LinuxDmesg,

    /// <summary>One <c>/sys/kernel/iommu_groups/N/reserved_regions</c> file.</summary>
    SysfsReservedRegions,

    /// <summary><c>lspci</c> output, <c>-v</c> to <c>-vvv</c>, with or without <c>-nn</c> and <c>-xxxx</c>.</summary>
    Lspci,
}
