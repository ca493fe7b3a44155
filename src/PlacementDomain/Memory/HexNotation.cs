using System.Globalization;

namespace Placement.Domain.Memory;

/// <summary>
/// The notation of addresses and sizes everywhere in the service: lower-case hex with a
/// <c>0x</c> prefix, as Xen prints them.
/// </summary>
public static class HexNotation
{
    public static string Format(ulong value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>0x</c> followed by 1 to 16 hex digits (either case); nothing else.</summary>
    public static bool TryParse(string? text, out ulong value)
    {
        value = 0;
        if (text is null || text.Length < 3 || text.Length > 18 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X'))
        {
            return false;
        }

        return ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }
}
