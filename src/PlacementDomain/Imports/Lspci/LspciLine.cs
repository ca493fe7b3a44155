using System.Globalization;
using System.Text.RegularExpressions;

namespace Placement.Domain.Imports;

/// <summary>
/// Every line after a function's first: what it adds to the function, or a warning. Only lines one
/// tab deep are the function's own; two tabs deep are capability details, where the SR-IOV
/// capability prints its VF BARs as <c>Region N:</c> lines that are not this function's.
/// </summary>
internal static partial class LspciLine
{
    public static void Read(string line, int number, LspciFunction? function, ImportBuilder builder)
    {
        if (line.Trim().Length == 0 || function is null || line.StartsWith("\t\t", StringComparison.Ordinal)
            || line.StartsWith("WARNING: Cannot show hex-dump", StringComparison.Ordinal))
        {
            return;
        }

        if (HexDump().Match(line) is { Success: true } dump)
        {
            ReadDump(dump, function);
        }
        else if (line.StartsWith('\t'))
        {
            ReadProperty(line[1..], number, function, builder);
        }
        else if (line.StartsWith(" [size=", StringComparison.Ordinal))
        {
            builder.Warn("lspci-orphan-size", $"Line {number} is a size with no BAR: lspci's error output cut the line above in two; that BAR is skipped.", number);
        }
        else
        {
            builder.Warn("lspci-line-unrecognised", $"Line {number} is not a line lspci prints: skipped.", number);
        }
    }

    private static void ReadProperty(string text, int number, LspciFunction function, ImportBuilder builder)
    {
        if (NumaNode().Match(text) is { Success: true } numa)
        {
            if (int.TryParse(numa.Groups["node"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var node))
            {
                function.SetNumaNode(node);
            }

            return;
        }

        switch (LspciRegion.TryRead(text))
        {
            case { Bar: { } bar }:
                function.Add(bar);
                break;
            case { Problem: { } problem }:
                var stderr = text.Contains("pcilib:", StringComparison.Ordinal) ? " (lspci's error output is mixed into it)" : string.Empty;
                builder.Warn("lspci-bar-skipped", $"Line {number}, a BAR of {function.Address}, is skipped: {problem}{stderr}.", number);
                break;
        }
    }

    private static void ReadDump(Match dump, LspciFunction function)
    {
        var bytes = dump.Groups["bytes"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (dump.Groups["offset"].Value == "00" && bytes.Length == 16)
        {
            function.SetConfigHead(bytes.Select(b => byte.Parse(b, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)).ToArray());
        }
    }

    // show_hex_dump: "%02x:" then " %02x" per byte, 16 a line; offsets reach ff0 with -xxxx.
    [GeneratedRegex(@"^(?<offset>[0-9a-f]{2,3}):(?<bytes>(?: [0-9a-f]{2}){1,16})$")]
    private static partial Regex HexDump();

    // -vv prints "NUMA node: N" on its own line; -v appends ", NUMA node N" to the Flags line.
    [GeneratedRegex(@"^(?:NUMA node: (?<node>[0-9]+)$|Flags: .*, NUMA node (?<node>[0-9]+)(?:,|$))")]
    private static partial Regex NumaNode();
}
