using System.Globalization;

namespace Placement.Domain.Memory;

/// <summary>
/// The notation of addresses and sizes everywhere in the service: lower-case hex with a
/// <c>0x</c> prefix, as Xen prints them.
/// </summary>
public static class HexNotation
{
    public static string Format(ulong value) => string.Create(CultureInfo.InvariantCulture, $"0x{value:x}");

    /// <summary>Writes <see cref="Format"/>'s text without allocating.</summary>
    public static bool TryFormat(ulong value, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (destination.Length < 3 || !value.TryFormat(destination[2..], out var digits, "x", CultureInfo.InvariantCulture))
        {
            return false;
        }

        destination[0] = '0';
        destination[1] = 'x';
        charsWritten = digits + 2;
        return true;
    }

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
