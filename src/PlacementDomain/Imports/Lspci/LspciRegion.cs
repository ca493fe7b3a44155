using System.Globalization;
using System.Text.RegularExpressions;
using Placement.Domain.Inventory;
using Placement.Domain.Memory;

namespace Placement.Domain.Imports;

/// <summary>
/// One of a function's own BAR lines, as pciutils' <c>show_bases</c> prints it one tab deep:
/// <c>[Region N: ][[virtual] ]Memory at ADDR (TYPE, [non-]prefetchable)[ [virtual]][ [disabled]][ [enhanced]][ [size=S]]</c>
/// or the same with <c>I/O ports at ADDR</c> and no type. <c>Region N:</c> is printed from -vv on.
/// Exactly one of <see cref="Bar"/>, <see cref="Virtual"/> and <see cref="Problem"/> is set.
/// </summary>
internal sealed partial record LspciRegion(ImportedBar? Bar, bool Virtual = false, string? Problem = null)
{
    /// <summary>Null when the line is not a BAR line (an expansion ROM, a bridge window, anything else).</summary>
    public static LspciRegion? TryRead(string line)
    {
        if (!BarStart().IsMatch(line))
        {
            return null;
        }

        if (BarLine().Match(line) is not { Success: true } m)
        {
            return new LspciRegion(null, Problem: "it does not read as pciutils prints a BAR");
        }

        var memory = m.Groups["memory"].Success;
        var flags = Flags().Matches(m.Groups["flags"].Value).Select(f => f.Groups[1].Value).ToList();
        var isVirtual = m.Groups["virtual"].Success || flags.Remove("virtual");
        if (isVirtual)
        {
            return new LspciRegion(null, Virtual: true);
        }

        var disabled = flags.Remove("disabled");
        flags.Remove("enhanced");
        var sizes = flags.Where(f => f.StartsWith("size=", StringComparison.Ordinal)).ToList();
        if (flags.Count > sizes.Count || sizes.Count > 1 || (memory && !m.Groups["type"].Success) || (!memory && m.Groups["type"].Success))
        {
            return new LspciRegion(null, Problem: "it has a part pciutils does not print in a BAR line");
        }

        if (sizes.Count == 0)
        {
            return new LspciRegion(null, Problem: "it has no [size=...]: lspci could not read the BAR's size");
        }

        if (LspciSize.TryRead(sizes[0]["size=".Length..]) is not { } size)
        {
            return new LspciRegion(null, Problem: $"[{sizes[0]}] is not a size");
        }

        var address = m.Groups["address"].Value;
        PhysicalAddress? at = null;
        if (address is not ("<unassigned>" or "<ignored>"))
        {
            if (!ulong.TryParse(address, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                return new LspciRegion(null, Problem: $"its address {address} is not hex");
            }

            at = new PhysicalAddress(value);
        }

        int? index = m.Groups["index"].Success ? int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture) : null;
        var bar = new ImportedBar(
            index,
            memory ? BarKind.Memory : BarKind.Io,
            at,
            new ByteSize(size),
            m.Groups["type"].Value == "64-bit",
            memory && !m.Groups["non"].Success) { Disabled = disabled };
        return new LspciRegion(bar);
    }

    [GeneratedRegex(@"^(?:Region [0-9]+: )?(?:\[virtual\] |\[enhanced\] )*(?:Memory|I/O ports) at ")]
    private static partial Regex BarStart();

    [GeneratedRegex(@"^(?:Region (?<index>[0-5]): )?(?<virtual>\[virtual\] )?(?:\[enhanced\] )?(?:(?<memory>Memory)|I/O ports) at (?<address>[0-9a-fA-F]+|<unassigned>|<ignored>)(?: \((?<type>32-bit|64-bit|low-1M|type 3), (?<non>non-)?prefetchable\))?(?<flags>(?: \[[^\]]*\])*)$")]
    private static partial Regex BarLine();

    [GeneratedRegex(@" \[([^\]]*)\]")]
    private static partial Regex Flags();
}
