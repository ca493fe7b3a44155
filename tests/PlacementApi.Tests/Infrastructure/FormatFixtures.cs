namespace Placement.Api.Tests.Infrastructure;

/// <summary>The team's files in the formats operators have: tests/formats/&lt;format&gt; of the repository.</summary>
public static class FormatFixtures
{
    public static string Folder(string format) => Path.Combine(Root, "tests", "formats", format);

    public static byte[] Read(string format, string file) => File.ReadAllBytes(Path.Combine(Folder(format), file));

    private static string Root { get; } = FindRoot();

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
