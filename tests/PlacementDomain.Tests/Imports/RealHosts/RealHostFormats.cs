using Placement.Domain.Imports;

namespace Placement.Domain.Tests.Imports.RealHosts;

/// <summary>Which format a real host's file is in, by the name its folder gives it; null for a file in none the service reads.</summary>
internal static class RealHostFormats
{
    public static ImportFormat? Of(string file) => file switch
    {
        "dmar.dat" => ImportFormat.AcpiDmar,
        "dmar.dsl" or "acpi_dmar_decoded.txt" => ImportFormat.AcpiDmarText,
        "acpidump_dmar.txt" => ImportFormat.Acpidump,
        _ when file.StartsWith("xl_dmesg", StringComparison.Ordinal) => ImportFormat.XenDmesg,
        _ when file.StartsWith("linux_dmesg", StringComparison.Ordinal) => ImportFormat.LinuxDmesg,
        _ when file.StartsWith("reserved_regions", StringComparison.Ordinal) || file.StartsWith("sysfs", StringComparison.Ordinal) =>
            ImportFormat.SysfsReservedRegions,
        _ when file.StartsWith("lspci_", StringComparison.Ordinal) && !file.StartsWith("lspci_tree", StringComparison.Ordinal) => ImportFormat.Lspci,
        _ => null,
    };

    public static bool IsXlConfig(string file) => file.StartsWith("xl_cfg", StringComparison.Ordinal);
}
