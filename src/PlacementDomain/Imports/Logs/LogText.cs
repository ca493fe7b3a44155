using System.Globalization;
using System.Text.RegularExpressions;

namespace Placement.Domain.Imports;

/// <summary>
/// Undoes what mail and terminals do to a pasted log, keeping each line's original number:
/// CRLF, <c>&gt; </c> / <c>&gt;&gt;&gt;</c> quotes, quoted-printable (<c>=3D</c>, soft breaks),
/// hard wraps and blank lines.
/// </summary>
internal static partial class LogText
{
    /// <param name="startsEntry">
    /// True for a line the log itself starts (<c>(XEN)</c>, a timestamp). A line without that
    /// start right after one with it is a mail client's hard wrap and is joined to it with a space.
    /// Null when the format has no such start (sysfs): nothing is joined.
    /// </param>
    public static List<LogLine> Lines(string text, Func<string, bool>? startsEntry)
    {
        var physical = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var quotedPrintable = QuotedPrintableMark().IsMatch(text);
        var lines = new List<LogLine>(physical.Length);
        var joinable = false;
        for (var i = 0; i < physical.Length; i++)
        {
            var number = i + 1;
            var line = Unquote(physical[i]);
            // A soft break is '=' at the end of the encoded line: the next line continues it with no space.
            while (quotedPrintable && line.EndsWith('=') && i + 1 < physical.Length)
            {
                line = line[..^1] + Unquote(physical[++i]);
            }

            line = quotedPrintable ? DecodeQuotedPrintable(line) : line;
            if (string.IsNullOrWhiteSpace(line))
            {
                joinable = false;
                continue;
            }

            var starts = startsEntry?.Invoke(line) ?? false;
            if (joinable && !starts)
            {
                lines[^1] = lines[^1] with { Text = lines[^1].Text.TrimEnd() + " " + line.TrimStart() };
                continue;
            }

            lines.Add(new LogLine(number, line));
            joinable = starts;
        }

        return lines;
    }

    /// <summary>Strips every leading quote level: <c>&gt; </c>, <c>&gt;&gt;&gt;</c>, <c>&gt; &gt; </c>.</summary>
    private static string Unquote(string line)
    {
        var match = MailQuote().Match(line);
        return match.Success ? line[match.Length..] : line;
    }

    private static string DecodeQuotedPrintable(string line) =>
        line.Contains('=', StringComparison.Ordinal)
            ? EncodedByte().Replace(line, m => ((char)byte.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : line;

    // '=3D' (an encoded '=') or a line ending '=20' (an encoded trailing blank) mark quoted-printable
    // mail; a log prints neither ("rootdelay=20" mid-line is a kernel parameter, not an encoding).
    [GeneratedRegex("=3D|=20\r?$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex QuotedPrintableMark();

    [GeneratedRegex("=([0-9A-Fa-f]{2})")]
    private static partial Regex EncodedByte();

    [GeneratedRegex("^(?:> ?)+")]
    private static partial Regex MailQuote();
}
