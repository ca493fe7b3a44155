namespace Placement.Domain.Imports;

/// <summary>
/// Splits text into lines at CRLF, LF or CR; the index plus one is the line's number. A final line
/// break ends the last line rather than starting an empty one.
/// </summary>
internal static class TextLines
{
    public static List<string> Split(string text)
    {
        var lines = text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None).ToList();
        if (lines.Count > 1 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }
}
