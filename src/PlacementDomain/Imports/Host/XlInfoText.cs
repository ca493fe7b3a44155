using System.Globalization;

namespace Placement.Domain.Imports.Host;

/// <summary>Reads the output of <c>xl info</c> into <see cref="XlInfo"/>; <c>total_memory</c> (MiB) is required.</summary>
public static class XlInfoText
{
    public static HostFileReading<XlInfo> Read(string text) => HostFileReading<XlInfo>.Run(() =>
    {
        const string expected = "total_memory : <MiB>";
        if (KeyValueLines.Find(text, "total_memory") is not var (line, value))
        {
            throw ImportBuilder.AtLine(1, "xl-info-no-total-memory", "The text has no total_memory line: is it the output of xl info?", expected);
        }

        if (!ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var mib) || mib == 0)
        {
            throw ImportBuilder.AtLine(line, "xl-info-bad-total-memory", $"total_memory reads '{value}'.", expected + " with at least 1 MiB");
        }

        var machine = KeyValueLines.Find(text, "machine")?.Value;
        var caps = KeyValueLines.Find(text, "virt_caps")?.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return new XlInfo(mib, string.IsNullOrEmpty(machine) ? null : machine, caps.Contains("hvm_directio"));
    });
}
