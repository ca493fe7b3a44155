using System.Globalization;
using System.Text.RegularExpressions;

namespace Placement.Domain.Imports;

/// <summary>
/// One field line of an iasl disassembly, <c>[058h 0088   8]  Base Address : 000000008D4E1000</c>
/// (older iasl) or <c>[058h 0088 008h]</c> (newer): its offset, its value as the table's bytes,
/// and the comment after the value (<c>/* Incorrect checksum, should be D7 */</c>).
/// </summary>
internal sealed partial record IaslField(int Line, long Offset, string Name, byte[] Bytes, string Comment)
{
    [GeneratedRegex(@"^\s*\[(?<hex>[0-9A-Fa-f]{3,8})h\s+(?<dec>[0-9]{4,})\s+(?<len>[0-9A-Fa-f]{1,4}h|[0-9]{1,5})\]\s*(?<name>.*?)\s*:\s?(?<value>.*)$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^""(?<text>[^""]*)""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^(?<dev>[0-9A-Fa-f]{2}),(?<fn>[0-9A-Fa-f]{2})\b")]
    private static partial Regex PathPair();

    [GeneratedRegex(@"^(?:[0-9A-Fa-f]{2} )+[0-9A-Fa-f]{2}\b")]
    private static partial Regex ByteList();

    [GeneratedRegex(@"^[0-9A-Fa-f]+\b")]
    private static partial Regex Number();

    /// <summary>Null when the line is no field line (a comment, a heading, a decoded flag bit).</summary>
    public static IaslField? TryParse(string text, int line)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var offset = long.Parse(match.Groups["hex"].ValueSpan, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        var lengthText = match.Groups["len"].Value;
        var length = lengthText.EndsWith('h')
            ? int.Parse(lengthText.AsSpan(0, lengthText.Length - 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
            : int.Parse(lengthText, CultureInfo.InvariantCulture);
        var value = match.Groups["value"].Value.Trim();
        var bytes = Value(value, length)
            ?? throw ImportBuilder.AtLine(line, DmarCodes.IaslField, $"The value '{value}' of field '{match.Groups["name"].Value}' cannot be read.", $"{length} bytes in hex (a number, a byte list, a device,function pair or a quoted string)");
        var comment = value.IndexOf("/*", StringComparison.Ordinal) is var at and >= 0 ? value[at..] : "";
        return new IaslField(line, offset, match.Groups["name"].Value, bytes, comment);
    }

    public static byte[] LittleEndian(ulong value, int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length && i < 8; i++)
        {
            bytes[i] = unchecked((byte)(value >> (8 * i)));
        }

        return bytes;
    }

    private static byte[]? Value(string value, int length)
    {
        if (Quoted().Match(value) is { Success: true } quoted)
        {
            var text = quoted.Groups["text"].Value;
            return text.Length <= length && text.All(char.IsAscii) ? [.. text.Select(c => (byte)c), .. new byte[length - text.Length]] : null;
        }

        if (length == 2 && PathPair().Match(value) is { Success: true } pair)
        {
            return [Hex(pair.Groups["dev"].Value), Hex(pair.Groups["fn"].Value)];
        }

        if (length > 1 && ByteList().Match(value) is { Success: true } list && list.Value.Split(' ').Length == length)
        {
            return [.. list.Value.Split(' ').Select(Hex)];
        }

        return Number().Match(value) is { Success: true } number && number.Length <= 2 * Math.Min(length, 8) && length <= 8
            ? LittleEndian(ulong.Parse(number.Value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture), length)
            : null;
    }

    private static byte Hex(string text) => byte.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
