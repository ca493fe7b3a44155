namespace Placement.Domain.Tests.Imports.RealHosts;

/// <summary>
/// A test over files of real machines, which the repository does not carry (their licences vary):
/// it runs when PLACEMENT_REAL_HOSTS names a folder of them and is skipped, saying so, otherwise.
/// </summary>
public sealed class RealHostsFactAttribute : FactAttribute
{
    public const string Variable = "PLACEMENT_REAL_HOSTS";

    public RealHostsFactAttribute()
    {
        if (Folder is null)
        {
            Skip = $"{Variable} is not set: set it to a folder of real hosts' files (one folder per machine, with expected-public.jsonl) to run this check.";
        }
    }

    /// <summary>The folder; a relative path is taken from the repository's root (where the test command is run), not the test binaries'.</summary>
    public static string? Folder =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder ? Path.GetFullPath(folder, RepositoryPaths.Root) : null;
}
