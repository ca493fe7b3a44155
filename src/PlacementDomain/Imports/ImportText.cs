using System.Text;

namespace Placement.Domain.Imports;

/// <summary>Bytes to text for the text formats: UTF-8 (ASCII in practice), a byte-order mark dropped, lines split on LF with a CR before it removed.</summary>
public static class ImportText
{
    public static string Decode(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        return Encoding.UTF8.GetString(content);
    }

    /// <summary>The lines of <paramref name="text"/>, the first being line 1; a final newline ends the last line rather than starting an empty one.</summary>
    public static IEnumerable<string> Lines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var stop = end < 0 ? text.Length : end;
            yield return text[start..(stop > start && text[stop - 1] == '\r' ? stop - 1 : stop)];
            start = stop + 1;
        }
    }
}
