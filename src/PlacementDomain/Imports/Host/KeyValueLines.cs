namespace Placement.Domain.Imports.Host;

/// <summary>
/// The <c>key: value</c> lines of <c>/proc/meminfo</c>, <c>/proc/cpuinfo</c> and <c>xl info</c>
/// (the separator is the first colon; spaces and tabs around key and value are not part of them).
/// </summary>
internal static class KeyValueLines
{
    private static readonly char[] TrimmedChars = [' ', '\t', '\r'];

    /// <summary>The first line whose key is <paramref name="key"/>: its 1-based number and value, or null.</summary>
    public static (int Line, string Value)? Find(string text, string key)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && lines[i].AsSpan(0, colon).Trim(" \t").SequenceEqual(key))
            {
                return (i + 1, lines[i][(colon + 1)..].Trim(TrimmedChars));
            }
        }

        return null;
    }
}
