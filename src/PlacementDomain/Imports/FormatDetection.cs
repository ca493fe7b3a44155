using System.Text.RegularExpressions;

namespace Placement.Domain.Imports;

/// <summary>
/// Recognises a file's format from its content, for <c>format=auto</c>. Each format is known by a
/// line only it prints, looked for in the first <see cref="LinesRead"/> lines; the checks run from
/// the most to the least specific, since a boot log may quote a DMAR table's name and an acpidump
/// holds many tables.
/// </summary>
public static partial class FormatDetection
{
    /// <summary>How far into a file detection looks: a boot log's VT-d lines come within the first few thousand.</summary>
    public const int LinesRead = 20_000;

    public static ImportFormat? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("DMAR"u8) && content.Length >= 36 && content[..64.Clamp(content.Length)].ContainsAnyExcept(TextBytes))
        {
            return ImportFormat.AcpiDmar;
        }

        return Detect(ImportText.Decode(content));
    }

    public static ImportFormat? Detect(string text)
    {
        var lines = ImportText.Lines(text).Take(LinesRead).ToList();
        (ImportFormat Format, Regex Pattern)[] rules =
        [
            (ImportFormat.Acpidump, AcpidumpHeader()),
            (ImportFormat.AcpiDmarText, IaslField()),
            (ImportFormat.XenDmesg, XenLine()),
            (ImportFormat.SysfsReservedRegions, SysfsRegion()),
            (ImportFormat.Lspci, LspciHeader()),
            (ImportFormat.LinuxDmesg, LinuxDmarLine()),
        ];
        foreach (var (format, pattern) in rules)
        {
            if (lines.Exists(line => pattern.IsMatch(line)))
            {
                return format;
            }
        }

        return null;
    }

    private static int Clamp(this int value, int max) => Math.Min(value, max);

    // Printable ASCII, tab, CR and LF: a binary table's header has bytes outside it (length, checksum, widths).
    private static readonly System.Buffers.SearchValues<byte> TextBytes =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0x20, 0x5f).Select(b => (byte)b), (byte)'\t', (byte)'\r', (byte)'\n']);

    [GeneratedRegex(@"^\s*[A-Z0-9_]{4} @ 0x[0-9A-Fa-f]+\s*$")]
    private static partial Regex AcpidumpHeader();

    [GeneratedRegex(@"^\s*\[0*00h 0+ +(4|004h)\]\s+Signature\s*:\s*""DMAR""")]
    private static partial Regex IaslField();

    [GeneratedRegex(@"\(XEN\)")]
    private static partial Regex XenLine();

    [GeneratedRegex(@"^[>\s]*0x[0-9a-f]{16} 0x[0-9a-f]{16} [a-z-]+\s*$")]
    private static partial Regex SysfsRegion();

    [GeneratedRegex(@"(DMAR|dmar|IOMMU|DMAR-IR|Linux version|\] Memory: \d+K/\d+K)")]
    private static partial Regex LinuxDmarLine();

    [GeneratedRegex(@"^(?:[0-9a-f]{4,5}:)?[0-9a-f]{2}:[01][0-9a-f]\.[0-7] \S")]
    private static partial Regex LspciHeader();
}
