using System.Globalization;

namespace Placement.Domain.Imports.Host;

/// <summary>
/// Reads <c>/proc/meminfo</c>: <c>MemTotal</c>, which Linux prints in KiB (as <c>kB</c>), as whole
/// MiB rounded down. It is the RAM the running kernel manages, a little less than what is installed;
/// in a Xen dom0 it is only dom0's share, so a Xen host's memory comes from <see cref="XlInfoText"/>.
/// </summary>
public static class MeminfoText
{
    public static HostFileReading<ulong> Read(string text) => HostFileReading<ulong>.Run(() =>
    {
        const string expected = "MemTotal: <KiB> kB";
        if (KeyValueLines.Find(text, "MemTotal") is not var (line, value))
        {
            throw ImportBuilder.AtLine(1, "meminfo-no-total", "The file has no MemTotal line.", expected);
        }

        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || parts[1] != "kB" || !ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kib) || kib < 1024)
        {
            throw ImportBuilder.AtLine(line, "meminfo-bad-total", $"MemTotal reads '{value}'.", expected + " with at least 1024 KiB");
        }

        return kib / 1024;
    });
}
