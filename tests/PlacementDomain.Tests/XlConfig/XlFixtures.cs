using Placement.Domain.XlConfig;

namespace Placement.Domain.Tests.XlConfig;

internal static class XlFixtures
{
    /// <summary>A file of tests/formats/xl-cfg, byte for byte (CR LF and a missing final newline kept).</summary>
    public static string Text(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.Formats("xl-cfg"), file));

    public static XlImport Imported(string text) => XlConfigImport.Read(text).ShouldBeOfType<XlImported>().Import;

    public static string[] Codes(this XlImport import) => [.. import.Notes.Select(n => $"{n.Line} {n.Code}")];
}
