using System.Globalization;
using System.Text.RegularExpressions;

namespace Placement.Domain.Imports;

/// <summary>
/// One line of the hex dumps acpidump and iasl print: <c>    0010: 4B 42 4C 20 ...  KBL ....</c>.
/// At most 16 bytes, one space apart; two spaces end them, so the ASCII column is never read as
/// hex even where it looks like it (<c>TC-5C   ....</c>).
/// </summary>
internal static partial class HexDumpLine
{
    public const int MaxBytes = 16;

    [GeneratedRegex(@"^\s*(?<offset>[0-9A-Fa-f]{4,8}):(?<rest>.*)$")]
    private static partial Regex Shape();

    /// <summary>True when <paramref name="line"/> starts like a dump line (an offset and a colon).</summary>
    public static bool TryParse(string line, out long offset, out List<byte>? bytes)
    {
        bytes = null;
        offset = 0;
        var match = Shape().Match(line);
        if (!match.Success)
        {
            return false;
        }

        offset = long.Parse(match.Groups["offset"].ValueSpan, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        bytes = Bytes(match.Groups["rest"].Value);
        return true;
    }

    // Null when the text after the colon does not start with " HH".
    private static List<byte>? Bytes(string rest)
    {
        var bytes = new List<byte>(MaxBytes);
        var at = 0;
        while (bytes.Count < MaxBytes && at + 3 <= rest.Length && rest[at] == ' '
            && byte.TryParse(rest.AsSpan(at + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            && (at + 3 == rest.Length || rest[at + 3] == ' '))
        {
            bytes.Add(value);
            at += 3;
            if (at + 1 < rest.Length && rest[at + 1] == ' ')
            {
                break;
            }
        }

        return bytes.Count == 0 ? null : bytes;
    }
}
