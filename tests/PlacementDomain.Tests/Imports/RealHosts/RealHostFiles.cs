using System.Text.Json.Nodes;

namespace Placement.Domain.Tests.Imports.RealHosts;

/// <summary>The folder named by PLACEMENT_REAL_HOSTS: one folder per machine, and expected-public.jsonl saying what some of them hold.</summary>
internal static class RealHostFiles
{
    /// <summary>Files that describe a folder rather than belong to the machine.</summary>
    private static readonly string[] NotData = ["source.md", "README.md", "expected-public.jsonl"];

    public static string Root => RealHostsFactAttribute.Folder ?? throw new InvalidOperationException($"{RealHostsFactAttribute.Variable} is not set.");

    /// <summary>Every machine's data file, as (folder name, file name, full path), in a stable order.</summary>
    public static IEnumerable<(string Folder, string File, string Path)> All() =>
        Directory.GetDirectories(Root).Order(StringComparer.Ordinal)
            .SelectMany(folder => Directory.GetFiles(folder).Order(StringComparer.Ordinal)
                .Where(file => !NotData.Contains(Path.GetFileName(file)))
                .Select(file => (Path.GetFileName(folder), Path.GetFileName(file), file)));

    /// <summary>The lines of expected-public.jsonl.</summary>
    public static IReadOnlyList<JsonObject> Expected() =>
        [.. File.ReadAllLines(Path.Combine(Root, "expected-public.jsonl")).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject())];
}
