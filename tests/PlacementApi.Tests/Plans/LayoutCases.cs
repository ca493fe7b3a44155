using System.Text.Json.Nodes;

namespace Placement.Api.Tests.Plans;

/// <summary>
/// The layout scenarios (<c>tests/cases/layout-public.json</c> from the repository root): each a
/// host inventory, a plan request and the expected outcome.
/// </summary>
public static class LayoutCases
{
    public const string RelativePath = "tests/cases/layout-public.json";

    /// <summary>The second set: emulated devices, BARs, firmware pages, passthrough, and steps (create, hotplug, host update, reboot).</summary>
    public const string V2RelativePath = "tests/cases/layout-public-v2.json";

    private static readonly Lazy<IReadOnlyList<JsonObject>> All = new(() => Load(RelativePath));

    private static readonly Lazy<IReadOnlyList<JsonObject>> V2 = new(() => Load(V2RelativePath));

    /// <summary>The case names of the first set, in file order, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Names => NamesOf(All.Value);

    /// <summary>The case names of the second set, in file order, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> V2Names => NamesOf(V2.Value);

    /// <summary>A copy of the case named <paramref name="name"/>, of either set.</summary>
    public static JsonObject Get(string name) =>
        All.Value.Concat(V2.Value).Single(c => c["name"]!.GetValue<string>() == name).DeepClone().AsObject();

    private static TheoryData<string> NamesOf(IReadOnlyList<JsonObject> cases)
    {
        var names = new TheoryData<string>();
        foreach (var scenario in cases)
        {
            names.Add(scenario["name"]!.GetValue<string>());
        }

        return names;
    }

    private static List<JsonObject> Load(string relativePath)
    {
        var root = RepositoryRoot();
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The layout cases are missing: expected {path} ({relativePath} from the repository root {root}).", path);
        }

        var cases = JsonNode.Parse(File.ReadAllText(path))!.AsArray().Select(c => c!.AsObject()).ToList();
        if (cases.Count == 0 || cases.Any(c => c["name"] is null || c["host"] is null || c["request"] is null || c["expect"] is null))
        {
            throw new InvalidDataException($"{path}: expected a non-empty array of cases, each with name, host, request and expect.");
        }

        var duplicate = cases.GroupBy(c => c["name"]!.GetValue<string>()).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? cases : throw new InvalidDataException($"{path}: the case name '{duplicate.Key}' is used twice.");
    }

    /// <summary>The folder holding PlacementService.sln, found by walking up from the test binaries.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PlacementService.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No PlacementService.sln in {AppContext.BaseDirectory} or any folder above it.");
    }
}
