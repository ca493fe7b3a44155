namespace Placement.Domain.Imports;

/// <summary>Splits text into lines at CRLF, LF or CR; the index plus one is the line's number.</summary>
internal static class TextLines
{
    public static List<string> Split(string text) => [.. text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None)];
}
