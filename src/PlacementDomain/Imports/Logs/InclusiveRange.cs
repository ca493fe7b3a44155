using System.Globalization;
using Placement.Domain.Memory;

namespace Placement.Domain.Imports;

/// <summary>
/// The half-open range of a log's inclusive <c>[first, last]</c> pair (end = last + 1), and the hex
/// numbers logs print with or without <c>0x</c>.
/// </summary>
internal static class InclusiveRange
{
    /// <summary>Null when <paramref name="last"/> lies before <paramref name="first"/> or is 2^64-1 (its end is not representable).</summary>
    public static AddressRange? From(ulong first, ulong last) =>
        last < first || last == ulong.MaxValue ? null : new AddressRange(new PhysicalAddress(first), new PhysicalAddress(last + 1));

    /// <summary>Reads hex digits with an optional <c>0x</c>; a number wider than 64 bits makes the file unreadable at <paramref name="line"/>.</summary>
    public static ulong Hex(string text, int line)
    {
        var digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        return ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ImportBuilder.AtLine(line, "address-too-wide", $"'{text}' is not a 64-bit hex address.", "a hex address of at most 16 digits");
    }
}
