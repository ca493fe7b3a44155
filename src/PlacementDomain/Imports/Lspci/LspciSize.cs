using System.Globalization;

namespace Placement.Domain.Imports;

/// <summary>
/// The <c>N</c> of lspci's <c>[size=N]</c>, in bytes. pciutils' <c>show_size</c> has printed it three ways:
/// since 2009 a decimal count of the largest unit that divides it (<c>256</c>, <c>56K</c>, <c>16G</c>;
/// for two days in 2009 <c>KiB</c>/<c>MiB</c>/<c>GiB</c>); before, bytes below 1K, then K and M, and
/// sizes of 2 GiB and up as bare hex, at least 8 digits (<c>80000000</c>).
/// </summary>
internal static class LspciSize
{
    private static readonly (string Suffix, int Shift)[] Units =
        [("KiB", 10), ("MiB", 20), ("GiB", 30), ("TiB", 40), ("K", 10), ("M", 20), ("G", 30), ("T", 40)];

    public static ulong? TryRead(string text)
    {
        var shift = 0;
        foreach (var (suffix, bits) in Units)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text[..^suffix.Length];
                shift = bits;
                break;
            }
        }

        // A bare number of 8 digits or more, or with a hex letter, is old pciutils' hex (>= 2 GiB). A
        // power-of-two BAR printed by current pciutils without a unit is below 1024 bytes: 4 digits at most.
        var hex = shift == 0 && (text.Length >= 8 || text.Any(char.IsAsciiLetter));
        var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        if (text.Length == 0 || !ulong.TryParse(text, style, CultureInfo.InvariantCulture, out var count) || count == 0)
        {
            return null;
        }

        return count > ulong.MaxValue >> shift ? null : count << shift;
    }
}
