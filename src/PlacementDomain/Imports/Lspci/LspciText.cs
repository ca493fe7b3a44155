using System.Globalization;
using System.Text.RegularExpressions;
using Placement.Domain.Pci;

namespace Placement.Domain.Imports;

/// <summary>
/// Reads <c>lspci</c> output (plain, <c>-v</c> to <c>-vvv</c>, with or without <c>-n</c>/<c>-nn</c>,
/// <c>-D</c> and <c>-x</c> to <c>-xxxx</c>) into one <see cref="ImportedDevice"/> per function, with
/// its own memory and I/O BARs only. The rules, with the pciutils code each follows, are in
/// docs/formats/lspci.md.
/// </summary>
public static partial class LspciText
{
    private const string Expected = "a line starting with a PCI address ([DDDD:]BB:DD.F), as lspci prints each function";

    public static ImportOutcome Read(string text) => ImportBuilder.Run(ImportFormat.Lspci, builder => Read(text, builder));

    private static void Read(string text, ImportBuilder builder)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        var first = Array.FindIndex(lines, l => l.TrimEnd('\r').Trim().Length > 0);
        if (first < 0)
        {
            throw ImportBuilder.AtLine(1, "lspci-empty", "The text is empty.", Expected);
        }

        var seen = new HashSet<PciAddress>();
        LspciFunction? function = null;
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var number = i + 1;
            if (Header().Match(line) is { Success: true } header)
            {
                Finish(function, builder);
                function = Start(header, number, i == first, seen, builder);
            }
            else if (i == first)
            {
                throw ImportBuilder.AtLine(number, "lspci-no-function", NotAFunction(line, number), Expected);
            }
            else
            {
                LspciLine.Read(line, number, function, builder);
            }
        }

        Finish(function, builder);
    }

    private static LspciFunction? Start(Match header, int number, bool first, HashSet<PciAddress> seen, ImportBuilder builder)
    {
        var read = LspciHeader.TryRead(header.Groups["rest"].Value);
        if (read is null)
        {
            if (first)
            {
                throw ImportBuilder.AtLine(number, "lspci-no-function", NotAFunction(header.Value, number), Expected + ", then \"class: device\"");
            }

            builder.Warn("lspci-function-unreadable", $"Line {number} has a PCI address but not \"class: device\" after it: the function is skipped.", number);
            return null;
        }

        if (!TryAddress(header, out var address))
        {
            builder.Warn("lspci-address-out-of-range", $"Line {number}: {header.Groups["address"].Value} is not a PCI address Xen can pass through ({PciAddress.Rule}): the function is skipped.", number);
            return null;
        }

        if (!seen.Add(address))
        {
            builder.Warn("lspci-duplicate-function", $"Line {number}: {address} was already read above; this second block is skipped.", number);
            return null;
        }

        return new LspciFunction(address, read);
    }

    private static void Finish(LspciFunction? function, ImportBuilder builder)
    {
        if (function is not null)
        {
            builder.Devices.Add(function.ToDevice());
        }
    }

    /// <summary>A 5-digit VMD domain (<c>10000:e1:00.0</c>) or a device above 1f is no <see cref="PciAddress"/>.</summary>
    private static bool TryAddress(Match header, out PciAddress address)
    {
        var domain = header.Groups["domain"];
        address = default;
        return (!domain.Success || domain.Length <= 4) && PciAddress.TryParse(header.Groups["address"].Value, out address);
    }

    private static string NotAFunction(string line, int number)
    {
        // lspci -t draws every bus as "[dddd:bb]-" followed by its branches.
        var tree = line.Contains("]-", StringComparison.Ordinal);
        var shown = line.Length > 80 ? line[..80] + "..." : line;
        return string.Create(CultureInfo.InvariantCulture, $"Line {number} is not the first line of a PCI function: \"{shown}\".")
            + (tree ? " It looks like lspci -t (the bus tree), which has no BARs: send lspci -vv (or -vvv -nn) instead." : string.Empty);
    }

    [GeneratedRegex(@"^(?<address>(?:(?<domain>[0-9a-fA-F]{4,}):)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\.[0-7]) (?<rest>.*)$")]
    private static partial Regex Header();
}
