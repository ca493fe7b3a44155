namespace Placement.Domain.Imports;

/// <summary>
/// Reads one file in a named format, or in the one <see cref="FormatDetection"/> recognises when
/// none is named. Text formats are decoded as UTF-8 (<see cref="ImportText"/>).
/// </summary>
public static class InventoryImport
{
    public const string RecognisedFormats =
        "a binary DMAR table, iasl's text of one, acpidump's hex text, an xl dmesg or Linux dmesg log, a sysfs reserved_regions file or lspci output";

    public static ImportOutcome Read(ImportFormat? format, ReadOnlySpan<byte> content)
    {
        if ((format ?? FormatDetection.Detect(content)) is not { } chosen)
        {
            return new Unreadable(new ImportFailure("format-not-recognised",
                "The file is in none of the formats this service reads. Name the format with format= if it is one of them.", RecognisedFormats, Line: 1));
        }

        return Read(chosen, content) switch
        {
            Unreadable unreadable => new Unreadable(unreadable.Failure with { Format = chosen }),
            var imported => imported,
        };
    }

    private static ImportOutcome Read(ImportFormat format, ReadOnlySpan<byte> content) => format switch
    {
        ImportFormat.AcpiDmar => DmarTable.Read(content),
        ImportFormat.AcpiDmarText => DmarText.Read(ImportText.Decode(content)),
        ImportFormat.Acpidump => AcpidumpText.Read(ImportText.Decode(content)),
        ImportFormat.XenDmesg => XenDmesg.Read(ImportText.Decode(content)),
        ImportFormat.LinuxDmesg => LinuxDmesg.Read(ImportText.Decode(content)),
        ImportFormat.SysfsReservedRegions => SysfsReservedRegions.Read(ImportText.Decode(content)),
        ImportFormat.Lspci => LspciText.Read(ImportText.Decode(content)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not an import format."),
    };
}
