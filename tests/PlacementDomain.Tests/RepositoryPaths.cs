namespace Placement.Domain.Tests;

internal static class RepositoryPaths
{
    /// <summary>The folder holding PlacementService.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The layout scenario files (host, request, expected outcome), in tests/cases.</summary>
    public static string Cases => Path.Combine(Root, "tests", "cases");

    /// <summary>Files in the formats operators have (DMAR tables, logs, lspci, xl.cfg), written by the team: tests/formats/&lt;format&gt;.</summary>
    public static string Formats(string format) => Path.Combine(Root, "tests", "formats", format);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PlacementService.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PlacementService.sln above {AppContext.BaseDirectory}.");
    }
}
