namespace Placement.Agent;

/// <summary>
/// The files of a host under <see cref="Root"/> (<c>/</c> on the host itself, or a copied tree).
/// The only place the agent touches the file system for the host's facts.
/// </summary>
internal sealed class HostTree(string root)
{
    public string Root { get; } = root;

    /// <summary>The text of <paramref name="relative"/> (e.g. <c>proc/meminfo</c>), or null when it does not exist.</summary>
    public string? ReadText(string relative)
    {
        var path = PathOf(relative);
        return File.Exists(path) ? Read(path, File.ReadAllText) : null;
    }

    /// <summary>The bytes of <paramref name="relative"/>, or null when it does not exist.</summary>
    public byte[]? ReadBytes(string relative)
    {
        var path = PathOf(relative);
        return File.Exists(path) ? Read(path, File.ReadAllBytes) : null;
    }

    /// <summary>The names of the entries of folder <paramref name="relative"/>, sorted; empty when it does not exist.</summary>
    public IReadOnlyList<string> List(string relative)
    {
        var path = PathOf(relative);
        return Directory.Exists(path)
            ? Read(path, p => Directory.EnumerateFileSystemEntries(p).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList())
            : [];
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    // sysfs files can refuse a read (EIO, EACCES) although they exist: that is an unreadable input, not a crash.
    private static T Read<T>(string path, Func<string, T> read)
    {
        try
        {
            return read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AgentFailure(ExitCode.UnreadableInput, $"Cannot read {path}: {e.Message}");
        }
    }
}
