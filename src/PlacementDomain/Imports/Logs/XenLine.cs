using System.Text.RegularExpressions;

namespace Placement.Domain.Imports;

/// <summary>
/// Classifies one <c>xl dmesg</c> line after stripping what varies between Xen versions and builds:
/// <c>(XEN)</c>, a console timestamp, <c>[VT-D]</c> and a <c>file.c:line:</c> (dprintk) prefix.
/// </summary>
internal static partial class XenLine
{
    private static readonly (XenLineKind Kind, Regex Pattern)[] Patterns =
    [
        (XenLineKind.Header, Header()),
        (XenLineKind.Endpoint, Endpoint()),
        (XenLineKind.Bridge, Bridge()),
        // Before Range: both start "RMRR: [", only this one carries 0x and the trailing words.
        (XenLineKind.NotReservedLastPage, NotReservedLastPage()),
        (XenLineKind.NotReservedFrames, NotReservedFrames()),
        (XenLineKind.Range, Range()),
        (XenLineKind.NotReserved, NotReserved()),
        (XenLineKind.NonExistentDevice, NonExistentDevice()),
        (XenLineKind.Ignored, Ignored()),
        (XenLineKind.Incorrect, Incorrect()),
        (XenLineKind.Overlapping, Overlapping()),
        (XenLineKind.UserRmrr, UserRmrr()),
        (XenLineKind.SystemRam, SystemRam()),
    ];

    /// <summary>True for a line Xen's console starts; a line without it after one is a mail wrap.</summary>
    public static bool StartsEntry(string line) => line.StartsWith("(XEN)", StringComparison.Ordinal);

    public static (XenLineKind Kind, Match Match) Classify(string line)
    {
        var prefix = Prefix().Match(line);
        if (!prefix.Success)
        {
            return (XenLineKind.Other, Match.Empty);
        }

        var body = line[prefix.Length..].TrimEnd();
        foreach (var (kind, pattern) in Patterns)
        {
            var match = pattern.Match(body);
            if (match.Success)
            {
                return (kind, match);
            }
        }

        return (XenLineKind.Other, Match.Empty);
    }

    // Timestamps: [%5lu.%06lu], [YYYY-MM-DD hh:mm:ss(.mmm)], or raw [%016lx] (console.c).
    [GeneratedRegex(@"^\(XEN\) ?(?:\[[0-9 .:\-]+\]|\[[0-9a-f]{16}\])? *(?:\[VT-D\])? *(?:[\w/.\-]+\.c:\d+: *)?")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^found ACPI_DMAR_(?<kind>\w+?):?$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^endpoint: *(?<device>\S+)$")]
    private static partial Regex Endpoint();

    [GeneratedRegex(@"^bridge: *(?<device>\S+) +start=(?<start>\w+) +sec=(?<sec>\w+) +sub=(?<sub>\w+)")]
    private static partial Regex Bridge();

    [GeneratedRegex(@"^RMRR: \[0x(?<first>[0-9a-fA-F]+), *0x(?<last>[0-9a-fA-F]+)\] is not \(entirely\) in reserved memory")]
    private static partial Regex NotReservedLastPage();

    // "%#" PRI_mfn " ,%#" PRI_mfn: the blank before the comma tells frame numbers from addresses.
    [GeneratedRegex(@"^RMRR: \[0x(?<first>[0-9a-fA-F]+) ,0x(?<last>[0-9a-fA-F]+)\] is not \(entirely\) in reserved memory")]
    private static partial Regex NotReservedFrames();

    [GeneratedRegex(@"^RMRR(?: region: base_addr (?<first>[0-9a-fA-F]+) end_addr(?:ess)? (?<last>[0-9a-fA-F]+)|: \[(?<first>[0-9a-fA-F]+), *(?<last>[0-9a-fA-F]+)\])$")]
    private static partial Regex Range();

    [GeneratedRegex(@"^RMRR (?:address range (?<first>[0-9a-fA-F]+)\.\.(?<last>[0-9a-fA-F]+)|\[(?<first>[0-9a-fA-F]+), *(?<last>[0-9a-fA-F]+)\]|address range) not in reserved memory(?:.*base = (?<first>[0-9a-fA-F]+) end = (?<last>[0-9a-fA-F]+))?")]
    private static partial Regex NotReserved();

    [GeneratedRegex(@"^Non-existent device \((?<device>[^)]*)\) (?:is )?reported in RMRR [(\[](?<first>[0-9a-fA-F]+), *(?<last>[0-9a-fA-F]+)[)\]]")]
    private static partial Regex NonExistentDevice();

    [GeneratedRegex(@"^Ignore (?:the )?RMRR [(\[](?<first>[0-9a-fA-F]+), *(?<last>[0-9a-fA-F]+)[)\]]")]
    private static partial Regex Ignored();

    [GeneratedRegex(@"^RMRR [(\[](?<first>[0-9a-fA-F]+), *(?<last>[0-9a-fA-F]+)[)\]] is incorrect")]
    private static partial Regex Incorrect();

    [GeneratedRegex(@"^Overlapping RMRRs")]
    private static partial Regex Overlapping();

    [GeneratedRegex(@"^Adding RMRR for")]
    private static partial Regex UserRmrr();

    [GeneratedRegex(@"^System RAM: *\d+MB \((?<kib>\d+)kB\)")]
    private static partial Regex SystemRam();
}
