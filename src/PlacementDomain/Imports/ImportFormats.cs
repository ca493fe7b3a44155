namespace Placement.Domain.Imports;

/// <summary>The wire names of <see cref="ImportFormat"/>: <c>acpi-dmar</c>, <c>lspci</c>, ...</summary>
public static class ImportFormats
{
    private static readonly (ImportFormat Format, string Name)[] Names =
    [
        (ImportFormat.AcpiDmar, "acpi-dmar"),
        (ImportFormat.AcpiDmarText, "acpi-dmar-text"),
        (ImportFormat.Acpidump, "acpidump"),
        (ImportFormat.XenDmesg, "xen-dmesg"),
        (ImportFormat.LinuxDmesg, "linux-dmesg"),
        (ImportFormat.SysfsReservedRegions, "sysfs-reserved-regions"),
        (ImportFormat.Lspci, "lspci"),
    ];

    /// <summary>Every wire name, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = Names.Select(n => n.Name).ToArray();

    public static string Name(this ImportFormat format) => Names.First(n => n.Format == format).Name;

    public static bool TryParse(string? name, out ImportFormat format)
    {
        foreach (var (candidate, wire) in Names)
        {
            if (string.Equals(wire, name, StringComparison.Ordinal))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }
}
